import { toBase64Url } from '../crypto/base64url';
import { signCompact } from '../crypto/compact-envelope';
import { AppError } from '../domain/app-error';
import { CertCard, cardToWire, maskCertNumber } from '../domain/cert-card';
import { findCatalogItem } from '../domain/certificates/catalog';
import { certificateSchedule } from '../domain/certificates/schedule';
import { formatDate } from '../domain/format-date';
import { maskIdNumber } from '../domain/mask';
import { MEMBERS_DOC_ID } from '../docs/doc-id';
import { foldMembers, readMemberEntries, type MembersState } from '../docs/members-doc';
import { rulesInForce } from '../store/projection-context';
import type { SafeLedgerDb } from '../store/db';
import { loadOrCreateDeviceIdentity } from '../store/device-identity';
import type { DocStore } from '../store/doc-store';
import { getWorkspace, type WorkspaceInfo } from '../store/workspace-meta';
import { verifyCard, type LocalCert, type VerifyResult } from './verify-card';

export type { VerifyResult, VerifyKind, VerifyReason, LocalCert } from './verify-card';

/** 作业类别 and 准操项目 names of a special-operations card (when its codes are in the catalog). */
export type Names = { categoryName?: string; itemName?: string };

/** One card to print: the signed fields, the catalog's names for the operation, and the QR code's text. */
export type CardItem = Names & { certificateId: string; personId: string; card: CertCard; qrText: string };

/** The object without its undefined fields (a signed card has absent fields, not undefined ones). */
const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

function names(card: CertCard | undefined): Names {
  const hit = card?.category && card.item ? findCatalogItem(card.category, card.item) : undefined;
  return hit ? { categoryName: hit.categoryName, itemName: hit.itemName } : {};
}

/**
 * The tag a card carries for a workspace or device id: base64url of the id's last 8 bytes, the random part of a
 * UUID v7 (enough to tell workspaces and devices apart; the signature is what proves a card).
 */
export function cardTag(id: string): string {
  const hex = id.replace(/-/g, '');
  const bytes = /^[0-9a-f]{32}$/i.test(hex)
    ? Uint8Array.from(hex.slice(16).match(/../g)!, (h) => parseInt(h, 16))
    : new TextEncoder().encode(id).slice(0, 16);
  return toBase64Url(bytes);
}

/** Certificate cards (PRODUCT C5): issues signed QR payloads and verifies scanned ones, offline. */
export function createCardService(db: SafeLedgerDb, docs: DocStore) {
  /** The rules in force (shipped pack, overrides, configured kinds), read per call: cards are issued rarely. */
  const currentRules = async () => (await rulesInForce(db)).rules;
  const members = async (ws: WorkspaceInfo): Promise<MembersState | null> =>
    ws.rootDeviceId ? foldMembers(readMemberEntries(await docs.open(MEMBERS_DOC_ID)), ws.rootDeviceId) : null;

  /** This device's record of the certificate a card names: same kind, holder name and (masked) number. */
  async function findLocal(card: CertCard, today: string): Promise<LocalCert | undefined> {
    const rules = await currentRules();
    const rows = await db.certificates.where('kind').equals(card.kind).toArray();
    for (const r of rows.filter((r) => r.number.length === card.number.length)) {
      const person = await db.people.get(r.personId);
      if (!person || person.name !== card.name || maskCertNumber(r.number, person.idNumber) !== card.number) continue;
      const s = certificateSchedule(r, today, rules);
      return { certificateId: r.id, personId: r.personId, state: s.state, expiry: s.expiry };
    }
    return undefined;
  }

  return {
    /**
     * Builds and signs the cards of these certificates with this device's key. Refuses (AppError with a Chinese
     * message key) without a workspace, on a device that is not a member of it, or for an unknown or cancelled
     * certificate.
     */
    async issue(certificateIds: string[], today = formatDate(Date.now())): Promise<CardItem[]> {
      const ws = await getWorkspace(db);
      if (!ws) throw new AppError('card.e.noWorkspace');
      const me = await loadOrCreateDeviceIdentity(db);
      const mine = (await members(ws))?.devices.get(me.deviceId);
      if (!mine || mine.removed) throw new AppError('card.e.notMember');
      const enterprise = (await db.org.get('org'))?.name ?? ws.name;
      const rules = await currentRules();
      const out: CardItem[] = [];
      for (const id of certificateIds) {
        const row = await db.certificates.get(id);
        const person = row && (await db.people.get(row.personId));
        if (!row || !person) throw new AppError('card.e.notFound');
        if (row.cancelled) throw new AppError('card.e.cancelled', undefined, { number: row.number });
        const card = CertCard.parse(defined({
          version: 1, workspace: cardTag(ws.id), name: person.name, maskedId: maskIdNumber(person.idNumber) || undefined,
          number: maskCertNumber(row.number, person.idNumber), kind: row.kind, kindName: row.kindName,
          category: row.category, item: row.item, validFrom: row.validFrom ?? row.firstIssueDate,
          validTo: certificateSchedule(row, today, rules).expiry ?? undefined, enterprise, device: cardTag(me.deviceId), issued: today,
        }));
        const qrText = await signCompact(me.keys.sign.privateKey, cardToWire(card));
        out.push({ certificateId: row.id, personId: row.personId, card, qrText, ...names(card) });
      }
      return out;
    },

    /** Verifies a scanned card against this workspace's members log (no network). */
    async verify(text: string, today = formatDate(Date.now())): Promise<VerifyResult & Names> {
      const ws = await getWorkspace(db);
      const state = ws && (await members(ws));
      if (!ws || !state) return { kind: 'unknown', reason: 'other-workspace' };
      const byTag = new Map([...state.devices.values()].map((d) => [cardTag(d.id), d]));
      const r = await verifyCard(text, today, {
        workspaceTag: cardTag(ws.id), deviceByTag: (t) => byTag.get(t), findLocal: (c) => findLocal(c, today),
      });
      return { ...r, ...names(r.card) };
    },
  };
}

export type CardService = ReturnType<typeof createCardService>;
