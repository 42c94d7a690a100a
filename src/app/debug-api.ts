import { verifyProjections } from '../store/verify-projections';
import { PROJECTION_TABLES } from '../docs/rows';
import type { Services } from './services';

/**
 * `window.__safeledger`: a small diagnostics surface used by the browser tests and `npm run bench`
 * (read-only dumps, consistency check, bulk write). It holds no secrets beyond what the page can already read.
 */
export function installDebugApi(s: Services) {
  const api = {
    version: __APP_VERSION__,
    /** Projection tables sorted by id. */
    dump: async () => Object.fromEntries(await Promise.all(PROJECTION_TABLES.map(async (t) => [t, await s.db.table(t).orderBy('id').toArray()]))),
    /** Row counts of the log and projection tables. */
    counts: async () => Object.fromEntries(await Promise.all(['updates', 'docs', 'blobs', ...PROJECTION_TABLES].map(async (t) => [t, await s.db.table(t).count()]))),
    /** Docs per kind (person, org, members, audit, …). */
    docKinds: async () => {
      const out: Record<string, number> = {};
      await s.db.docs.each((d) => void (out[d.kind] = (out[d.kind] ?? 0) + 1));
      return out;
    },
    /** Tables whose rows differ from a rebuild from the docs ([] = consistent). */
    verifyProjections: () => verifyProjections(s.db),
    /** Replaces the workspace with a backup file's bytes (then reload the page). */
    restore: async (bytes: Uint8Array) => {
      const r = await s.backup.restore(bytes);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      return r.value;
    },
    /** The backup file of this workspace as bytes. */
    exportBytes: async () => new Uint8Array(await (await s.backup.export()).blob.arrayBuffer()),
    /** The sync page's current view (peers, devices, requests) as plain data. */
    syncView: () => new Promise<unknown>((resolve) => {
      let done = false;
      const stop = s.sync.view.subscribe((v) => {
        if (done) return;
        done = true;
        resolve(JSON.parse(JSON.stringify(v)));
      });
      setTimeout(stop, 0);
    }),
    /** Sync actions for the bench (the browser tests use the UI): signaling, invite, approve, join. */
    sync: {
      setSignaling: (urls: string[]) => s.sync.saveSettings({ signalingUrls: urls, iceServers: [] }),
      invite: async () => {
        const r = await s.sync.createInvite();
        if (!r.ok) throw new Error(JSON.stringify(r.errors));
        return r.value.link;
      },
      approve: (requestId: string) => s.sync.approve(requestId, ['admin', 'safety']),
      join: (text: string) => s.sync.join.viaSignaling(text),
    },
    /** Issues a certificate card on this device; returns its QR text (the verify test scans it). */
    issueCard: async (certId: string) => (await (await s.cards.load()).issue([certId]))[0]!.qrText,
    /** One person's current name from the projection (null if absent). */
    /** Times a 50-card certificate PDF (font loaded and cached first); for the bench. */
    pdfCards50: async (): Promise<{ ms: number; bytes: number }> => (await s.pdf.load()).timeCards(50),
    /** Times a 50-attendee training record PDF, every attendee with a pad-sized signature (bench `pdf_training_50_ms`). */
    pdfTraining50: async (): Promise<{ ms: number; bytes: number }> => (await s.pdf.load()).timeTraining(50, await sampleSignature()),
    /** Times the hours ledger of all people for `year` (bench `hours_ledger_R_ms`). */
    hoursLedger: async (year: number) => (await s.ledger.load()).time(year),
    personName: async (id: string) => (await s.db.people.get(id))?.name ?? null,
    /** Renames a person (the bench's "one edit"). */
    rename: async (id: string, name: string) => {
      const row = await s.db.people.get(id);
      if (!row) throw new Error('no such person');
      const r = await s.people.save(id as never, { ...(row as unknown as Record<string, unknown>), name } as never, ["name"]);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
    },
    /** Creates `n` people `batch` per transaction (工号 `${prefix}-<i>`); for the crash test. */
    createPeople: (n: number, batch: number, prefix: string) =>
      s.people.createMany(
        Array.from({ length: n }, (_, i) => ({ name: `批量${i}`, workNo: `${prefix}-${i}`, idNumber: '11010519491231002X', status: 'active' })),
        batch,
      ),
    /** Imports an .xlsx roster end to end (read → map → 预检, missing departments created → write); for the bench. */
    importRoster: async (bytes: Uint8Array) => (await s.imports.load()).importBytes(bytes),
    /** How many stored certificates are in each state today (valid, review-due, …), as the app computes it. */
    certificateStates: async () => {
      const c = await s.certificates.load();
      const out: Record<string, number> = {};
      for (const row of await s.db.certificates.toArray()) {
        const { state } = c.schedule(row);
        out[state] = (out[state] ?? 0) + 1;
      }
      return out;
    },
  };
  (globalThis as unknown as { __safeledger: typeof api }).__safeledger = api;
  return api;
}

/** A 600×200 PNG with a handwritten-looking stroke, like the signature pad's output. */
async function sampleSignature(): Promise<{ bytes: Uint8Array; mime: string }> {
  const c = new OffscreenCanvas(600, 200);
  const g = c.getContext('2d')!;
  g.lineWidth = 4;
  g.beginPath();
  for (let x = 20; x < 580; x += 6) g.lineTo(x, 100 + Math.sin(x / 23) * 60 + Math.cos(x / 7) * 15);
  g.stroke();
  const blob = await c.convertToBlob({ type: 'image/png' });
  return { bytes: new Uint8Array(await blob.arrayBuffer()), mime: 'image/png' };
}
