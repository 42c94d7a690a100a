import { afterEach, describe, expect, it } from 'vitest';
import { trainingWorkspace } from '../store/queries/training-query.testing';
import { createLedgerService } from './ledger-service';
import type { Live } from '../store/live';

let w: ReturnType<typeof trainingWorkspace>;
afterEach(() => w?.close());

/** The first value a live query delivers that meets `ok`. */
const first = <T>(l: Live<T>, ok: (v: T) => boolean = () => true) =>
  new Promise<T>((resolve, reject) => {
    const stop = l.subscribe((v) => {
      if (!ok(v)) return;
      setTimeout(() => stop());
      resolve(v);
    }, reject);
  });

describe('ledger service', () => {
  it('follows new attendance live, in the ledger of all and of one person', async () => {
    w = trainingWorkspace();
    const p = await w.person({ hireDate: '2015-01-01' });
    const year = new Date().getFullYear();
    const svc = createLedgerService(w.db);
    const before = await first(svc.hours(year));
    expect(before.shortfalls.map((e) => e.ledger.shortfall)).toEqual([8]);

    const all = svc.hours(year);
    const after = first(all, (v) => v.shortfalls.length === 0);
    const id = await w.session({ type: 'refresher', hours: 8, date: `${year}-01-02` }, { present: [p] });
    expect((await after).entries[0]?.ledger.lines[0]).toMatchObject({ kind: 'annual', counted: 8, met: true });
    expect((await first(svc.person(p, year)))?.ledger.met).toBe(true);
    expect((await first(svc.metrics(year))).total.held).toBe(1);
    expect(await svc.time(year)).toMatchObject({ people: 1, short: 0 });
    expect(await first(svc.history(p))).toEqual([
      { sessionId: id, date: `${year}-01-02`, type: 'refresher', mark: 'present', hours: 8, passed: true, name: '测试培训', archiveNumber: '', state: 'draft' },
    ]);
    expect(await first(svc.awaiting())).toEqual([]);
    await w.submitAt(id, Date.now());
    expect((await first(svc.awaiting(), (v) => v.length > 0)).map((r) => [r.id, r.state])).toEqual([[id, 'submitted']]);
  });

  it('refuses a year outside 2000–2100 with a reason that is an i18n key', async () => {
    w = trainingWorkspace();
    const svc = createLedgerService(w.db);
    for (const y of [1999, 2101, 2025.5, Number.NaN]) {
      expect(() => svc.hours(y)).toThrow(expect.objectContaining({ reason: 'ledger.e.year' }));
      expect(() => svc.metrics(y)).toThrow(expect.objectContaining({ reason: 'ledger.e.year' }));
    }
  });
});
