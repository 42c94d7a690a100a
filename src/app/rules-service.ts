import type { Role } from '../domain/roles';
import { z } from 'zod';
import { AppError } from '../domain/app-error';
import { projectionRules } from '../domain/certificates/projection-rules';
import { RuleOverrideEntry } from '../domain/certificates/rule-override-entry';
import type { EffectiveRule } from '../domain/certificates/effective-rules';
import { formatDate } from '../domain/format-date';
import { newId } from '../domain/ids';
import { requiredText } from '../domain/text';
import type { SafeLedgerDb } from '../store/db';
import type { DocStore } from '../store/doc-store';
import { live } from '../store/live';
import { writeRuleOverride } from '../store/rule-writes';
import { deleteCertKind, saveCertKind } from '../store/cert-kind-writes';
import { certKindKey, OtherCertKindInput } from '../domain/certificates/other-cert-kind';
import { otherCertKinds } from '../store/queries/other-cert-kinds';
import { attempt, saveWith } from './form-result';

/** Who is acting on this device: the override log and the audit trail record it. */
/** Who acts on this device: its id, the person's display name and roles (signed members log). */
export type Actor = { deviceId: string; name: string; isAdmin: boolean; roles: Role[] };

/** A rule as 设置 › 规则 shows it: in force now, with its shipped value and the override history. */
export type RuleView = EffectiveRule & { shipped: number | string; history: RuleOverrideEntry[] };

const OverrideForm = z.object({ value: z.union([z.number(), z.string().trim().min(1).max(100)]), reason: requiredText(500) });
const ResetForm = z.object({ reason: requiredText(500) });

/** Today as YYYY-MM-DD on this device. */
const today = () => formatDate(Date.now());

/** Rule packs in force and the admin's overrides (kept in the synced `catalog` doc, audited). */
export function createRulesService(db: SafeLedgerDb, docs: DocStore, actor: () => Promise<Actor>) {
  const shippedPack = projectionRules([]).rules;
  /** Builds and checks an entry (admin only; refused if the fold would ignore it), then writes it. */
  async function append(ruleId: string, value: number | string | null, reason: string) {
    const me = await actor();
    if (!me.isAdmin) throw new AppError('rules.e.notAdmin');
    const entry = RuleOverrideEntry.parse({
      id: newId(), ruleId, value, by: me.name || me.deviceId.slice(0, 8), at: today(), ts: Date.now(), reason, device: me.deviceId,
    });
    const after = projectionRules([...(await db.ruleOverrides.toArray()), entry]).rules.get(ruleId);
    if (value !== null && after.value !== value) throw new AppError('rules.e.value', 'value');
    await writeRuleOverride(docs, entry);
  }
  return {
    /** Every rule in force, with its shipped value and override history (newest first). */
    view: live(async (): Promise<RuleView[]> => {
      const rows = await db.ruleOverrides.toArray();
      const inForce = projectionRules(rows).rules;
      const entries = rows.flatMap((r) => {
        const p = RuleOverrideEntry.safeParse(r);
        return p.success ? [p.data] : [];
      }).sort((a, b) => b.ts - a.ts);
      return inForce.all.map((r) => ({
        ...r, shipped: shippedPack.get(r.id).value, history: entries.filter((e) => e.ruleId === r.id),
      }));
    }),
    /** Overrides a rule's value (admin only; a reason is required). */
    override: (ruleId: string, values: unknown) => saveWith(OverrideForm, values, async (v) => {
      const numeric = typeof shippedPack.get(ruleId).value === 'number';
      const value = numeric ? Number(v.value) : String(v.value);
      if (numeric && !Number.isFinite(value)) throw new AppError('rules.e.value', 'value');
      await append(ruleId, value, v.reason);
    }),
    /** The enterprise's own certificate kinds (特种设备作业人员证 …) with their validity and reminder window. */
    kinds: live(() => otherCertKinds(db)),
    /** Adds (id null) or edits a kind (admin only); certificates of that name are re-dated. */
    saveKind: (id: string | null, values: unknown) => saveWith(OtherCertKindInput, values, async (v) => {
      if (!(await actor()).isAdmin) throw new AppError('rules.e.notAdmin');
      const clash = (await otherCertKinds(db)).find((k) => certKindKey(k.name) === certKindKey(v.name) && k.id !== id);
      if (clash) throw new AppError('rules.e.kindTaken', 'name');
      return saveCertKind(docs, id, v);
    }),
    removeKind: (id: string) => attempt(async () => {
      if (!(await actor()).isAdmin) throw new AppError('rules.e.notAdmin');
      await deleteCertKind(docs, id);
    }),
    /** Goes back to the shipped value (admin only; a reason is required). */
    reset: (ruleId: string, values: unknown) => saveWith(ResetForm, values, (v) => append(ruleId, null, v.reason)),
  };
}
