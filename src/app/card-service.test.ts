import { describe, expect, it } from 'vitest';
import { toBase64 } from '../crypto/base64';
import { fromBase64Url, toBase64Url } from '../crypto/base64url';
import { signCompact } from '../crypto/compact-envelope';
import { cardToWire, type CertCard } from '../domain/cert-card';
import { CertificateInput } from '../domain/certificates/certificate';
import type { PersonId } from '../domain/ids';
import { OrgProfileInput } from '../domain/org';
import { saveCertificate } from '../store/certificate-writes';
import { loadOrCreateDeviceIdentity, type DeviceIdentity } from '../store/device-identity';
import { orgWrites } from '../store/org-writes';
import { savePerson } from '../store/people-writes';
import { personInput, testWorkspace } from '../store/test-db.testing';
import { newWorkspaceInfo, putWorkspace } from '../store/workspace-meta';
import { cardTag, createCardService } from './card-service';
import { createMembership } from './sync/membership';

const TODAY = '2025-06-01';
const CERT = {
  kind: 'special-operations', number: 'T', category: '1', item: '1.2', authority: '苏州市应急管理局', firstIssueDate: '2024-03-01',
};

/** A workspace founded on its own device, with one person holding one certificate. */
async function workspace(company = '苏州测试化工有限公司') {
  const w = testWorkspace();
  await putWorkspace(w.db, newWorkspaceInfo(company));
  await orgWrites(w.db, w.docs).saveProfile(OrgProfileInput.parse({ name: company, industry: 'hazchem', highRisk: true }));
  const me = await loadOrCreateDeviceIdentity(w.db);
  const membership = await createMembership(w.db, w.docs, me, () => undefined);
  const ws = (await membership.bootstrap())!;
  const person = personInput(1, { name: '孙电工' });
  const personId = await savePerson(w.db, w.docs, null, person);
  const certId = await saveCertificate(w.docs, personId, null, CertificateInput.parse({ ...CERT, number: `T${person.idNumber}` }));
  return { ...w, ws, me, membership, person, personId, certId, cards: createCardService(w.db, w.docs) };
}

/** The card text with its signed JSON edited (and re-encoded), signature kept. */
function alter(text: string, edit: (json: string) => string): string {
  const [p, body, sig] = text.split('.');
  const json = new TextDecoder().decode(fromBase64Url(body!));
  return `${p}.${toBase64Url(new TextEncoder().encode(edit(json)))}.${sig}`;
}

const recordOf = (d: DeviceIdentity) => ({
  id: d.deviceId, name: d.name, signPublic: toBase64(d.keys.signPublic), agreePublic: toBase64(d.keys.agreePublic),
});

describe('certificate cards', () => {
  it('issues a signed card that verifies offline; altered or foreign cards are refused', async () => {
    const a = await workspace();
    const [item] = await a.cards.issue([a.certId], TODAY);
    expect(item!.card).toMatchObject({
      name: '孙电工', maskedId: `${a.person.idNumber.slice(0, 4)}**********${a.person.idNumber.slice(-4)}`, kind: 'special-operations',
      validFrom: '2024-03-01', validTo: '2030-03-01', enterprise: '苏州测试化工有限公司', device: cardTag(a.me.deviceId), issued: TODAY,
    });
    expect(item!.card.number).toBe(`T${item!.card.maskedId}`); // the ID inside the number is masked too
    expect(item!.qrText).not.toContain(a.person.idNumber);
    expect(item!.qrText.length).toBeLessThan(350);
    expect(item).toMatchObject({ categoryName: '电工作业', itemName: '低压电工作业' });

    const ok = await a.cards.verify(item!.qrText, TODAY);
    expect(ok).toMatchObject({ kind: 'valid', card: item!.card, local: { certificateId: a.certId, state: 'valid' } });
    expect(ok.signer).toContain(a.me.name);

    // Expired: after the card's validity end.
    expect(await a.cards.verify(item!.qrText, '2030-03-02')).toMatchObject({ kind: 'expired', card: item!.card });

    // Altered name, altered signature: invalid.
    const renamed = alter(item!.qrText, (j) => j.replace('孙电工', '孙电士'));
    expect(await a.cards.verify(renamed, TODAY)).toMatchObject({ kind: 'invalid', reason: 'bad-signature', card: { name: '孙电士' } });
    const longer = alter(item!.qrText, (j) => j.replace('2030-03-01', '2039-03-01'));
    expect(await a.cards.verify(longer, TODAY)).toMatchObject({ kind: 'invalid', reason: 'bad-signature' });
    const sig = fromBase64Url(item!.qrText.split('.')[2]!);
    sig[40] = sig[40]! ^ 0x80;
    const badSig = `${item!.qrText.split('.').slice(0, 2).join('.')}.${toBase64Url(sig)}`;
    expect(await a.cards.verify(badSig, TODAY)).toMatchObject({ kind: 'invalid', reason: 'bad-signature' });

    // A member's device id signed with another key: invalid. A device the workspace never had: unknown.
    const stranger = await loadOrCreateDeviceIdentity(testWorkspace().db);
    const forged = await signCompact(stranger.keys.sign.privateKey, cardToWire(item!.card));
    expect(await a.cards.verify(forged, TODAY)).toMatchObject({ kind: 'invalid', reason: 'bad-signature' });
    const ownCard: CertCard = { ...item!.card, device: cardTag(stranger.deviceId) };
    const foreignKey = await signCompact(stranger.keys.sign.privateKey, cardToWire(ownCard));
    expect(await a.cards.verify(foreignKey, TODAY)).toMatchObject({ kind: 'unknown', reason: 'unknown-device' });

    // Garbage, and another workspace's genuine card: unknown.
    for (const junk of ['', 'hello', 'https://example.com/card', 'SLC1.abc.def', alter(item!.qrText, () => '[1,2,3]')]) {
      expect((await a.cards.verify(junk, TODAY)).kind).toBe('unknown');
    }
    const b = await workspace('无锡另一家有限公司');
    const [other] = await b.cards.issue([b.certId], TODAY);
    expect(await a.cards.verify(other!.qrText, TODAY)).toMatchObject({ kind: 'unknown', reason: 'other-workspace' });
    [a, b].forEach((w) => w.close());
  });

  it('shows the local state of a certificate cancelled after printing, and refuses cards of removed devices', async () => {
    const a = await workspace();
    const [item] = await a.cards.issue([a.certId], TODAY);
    const cert = CertificateInput.parse({ ...CERT, number: `T${a.person.idNumber}`, cancelled: true });
    await saveCertificate(a.docs, a.personId as PersonId, a.certId, cert);
    expect(await a.cards.verify(item!.qrText, TODAY)).toMatchObject({ kind: 'valid', local: { state: 'cancelled' } });
    await expect(a.cards.issue([a.certId], TODAY)).rejects.toMatchObject({ reason: 'card.e.cancelled' });

    // A second device of the workspace issues a card; once that device is removed its cards are refused.
    const c = testWorkspace();
    const meC = await loadOrCreateDeviceIdentity(c.db);
    await a.membership.approve(recordOf(meC), ['safety']);
    const fromC = await signCompact(meC.keys.sign.privateKey, cardToWire({ ...item!.card, device: cardTag(meC.deviceId) }));
    expect((await a.cards.verify(fromC, TODAY)).kind).toBe('valid');
    await a.membership.remove(meC.deviceId);
    expect(await a.cards.verify(fromC, TODAY)).toMatchObject({ kind: 'invalid', reason: 'device-removed' });
    [a, c].forEach((w) => w.close());
  });

  it('refuses to issue without a workspace, or on a device not in its members log', async () => {
    const empty = testWorkspace();
    await expect(createCardService(empty.db, empty.docs).issue(['x'])).rejects.toMatchObject({ reason: 'card.e.noWorkspace' });
    await putWorkspace(empty.db, newWorkspaceInfo('新公司'));
    await expect(createCardService(empty.db, empty.docs).issue(['x'])).rejects.toMatchObject({ reason: 'card.e.notMember' });
    const a = await workspace();
    await expect(a.cards.issue(['no-such-cert'])).rejects.toMatchObject({ reason: 'card.e.notFound' });
    [empty, a].forEach((w) => w.close());
  });
});
