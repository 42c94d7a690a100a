import type { MembersState } from '../../docs/members-doc';
import { verifyAuditChain } from '../../docs/verify-audit-chain';
import type { SafeLedgerDb } from '../../store/db';
import { live } from '../../store/live';
import type { AuditRowViewData } from '../sync-types';

const SHOWN = 2000;

/** 设置 › 审计: the newest audit rows with readable names, and verification of every device's chain. */
export function createAuditView(db: SafeLedgerDb, members: () => MembersState) {
  return {
    rows: live(async (): Promise<AuditRowViewData[]> => {
      const rows = await db.audit.orderBy('at').reverse().limit(SHOWN).toArray();
      const personIds = [...new Set(rows.flatMap((r) => r.targets.filter((t) => t.startsWith('person/')).map((t) => t.slice(7))))];
      const names = new Map((await db.people.bulkGet(personIds)).filter((p) => p).map((p) => [p!.id as string, p!.name]));
      // Rule overrides: the catalog doc's fields are entry ids; show the rule each entry set.
      const entryIds = [...new Set(rows.flatMap((r) => r.docs.filter((d) => d.doc === 'catalog').flatMap((d) => d.fields)))];
      const ruleOf = new Map((await db.ruleOverrides.bulkGet(entryIds)).filter((e) => e).map((e) => [e!.id, String(e!.ruleId)]));
      const m = members();
      return rows.map((r) => ({
        id: r.id, at: r.at, deviceName: m.devices.get(r.deviceId)?.name ?? r.deviceId.slice(0, 8), personId: r.personId, personName: r.personName,
        targets: r.docs.map((d) => ({
          doc: d.doc, fields: d.doc === 'catalog' ? d.fields.map((f) => `rules.name.${ruleOf.get(f) ?? f}`) : d.fields,
          label: d.doc.startsWith('person/') ? (names.get(d.doc.slice(7)) ?? d.doc) : d.doc,
        })),
      }));
    }),
    /** Verifies every entry (all devices, all months): a chain is only checkable whole. */
    async verify() {
      const rows = await db.audit.toArray();
      const m = members();
      const verdicts = await verifyAuditChain(rows.map((r) => r.entry), (id) => m.devices.get(id)?.signPublic);
      return new Map(rows.map((r, i) => [r.id, verdicts[i]!]));
    },
  };
}
