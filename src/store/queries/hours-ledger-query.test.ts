import { afterEach, describe, expect, it } from 'vitest';
import { hoursLedgerAll } from './hours-ledger-query';
import { trainingWorkspace } from './training-query.testing';

let w: ReturnType<typeof trainingWorkspace>;
afterEach(() => w?.close());

const lines = (e: { ledger: { lines: { kind: string; required: number; counted: number; shortfall: number }[] } } | undefined) =>
  e?.ledger.lines.map((l) => [l.kind, l.required, l.counted, l.shortfall]);

describe('hoursLedgerAll', () => {
  it('holds each employed person to the rule of their role, from one year of attendance', async () => {
    w = trainingWorkspace();
    await w.profile('hazchem');
    const managerPost = await w.post('安全管理员', ['kind:hazchem-manager']);
    const worker = await w.person({ hireDate: '2019-05-01' });
    const certHolder = await w.person({ hireDate: '2018-01-01' });
    const postHolder = await w.person({ hireDate: '2018-01-01', postId: managerPost });
    const newcomer = await w.person({ hireDate: '2025-02-01' });
    const operator = await w.person({ hireDate: '2015-01-01' });
    const left = await w.person({ hireDate: '2015-01-01' });
    await w.person({ hireDate: '2025-09-01' }); // hired after "today": not employed yet
    await w.cert(certHolder, { kind: 'hazchem-manager', firstIssueDate: '2023-04-01' });
    await w.cert(operator, { kind: 'special-operations', category: '1', item: '1.2', firstIssueDate: '2022-03-10' }); // review due 2025-03-10

    await w.session({ type: 'refresher', hours: 8, date: '2025-03-01' }, { present: [worker, certHolder], absent: [postHolder] });
    await w.session({ type: 'manager-annual', hours: 12, date: '2025-04-01' }, { present: [certHolder, postHolder] });
    await w.session({ type: 'level-company', hours: 24, date: '2025-02-10' }, { present: [newcomer] });
    await w.session({ type: 'so-review', hours: 8, date: '2025-02-20' }, { failed: [operator] });
    await w.session({ type: 'refresher', hours: 20, date: '2024-12-31' }, { present: [worker, left] }); // last year
    await w.leave(left, '2025-01-31');

    const r = await hoursLedgerAll(w.db, 2025, '2025-06-30');
    const by = new Map(r.entries.map((e) => [e.person.id, e]));
    expect(r.org).toEqual({ industry: 'hazchem', highRisk: false });
    expect(r.entries.map((e) => e.person.workNo)).toEqual(['W1', 'W2', 'W3', 'W4', 'W5']);
    expect(by.has(left)).toBe(false);

    // Worker in a hazchem unit: 20 h a year; 8 attended this year, last year's 20 h do not count.
    expect(by.get(worker)?.person).toMatchObject({ role: 'worker', roleBasis: 'none', startDate: '2019-05-01' });
    expect(lines(by.get(worker))).toEqual([['annual', 20, 8, 12]]);
    // Managers (card or post): 16 h; the card holder has 8 + 12, the post holder was absent from the refresher.
    expect(by.get(certHolder)?.person).toMatchObject({ role: 'manager', roleBasis: 'certificate' });
    expect(lines(by.get(certHolder))).toEqual([['annual', 16, 20, 0]]);
    expect(by.get(postHolder)?.person).toMatchObject({ role: 'manager', roleBasis: 'post' });
    expect(lines(by.get(postHolder))).toEqual([['annual', 16, 12, 4]]);
    // Hired this year: initial training, 72 h in a high-risk industry.
    expect(lines(by.get(newcomer))).toEqual([['initial', 72, 24, 48]]);
    // A special-operations review due this year: failed review training does not count.
    expect(lines(by.get(operator))).toEqual([['annual', 20, 0, 20], ['review', 8, 0, 8]]);
    expect(by.get(operator)?.ledger.lines[1]?.failedHours).toBe(8);

    expect(r.shortfalls.map((e) => [e.person.workNo, e.ledger.shortfall])).toEqual([['W4', 48], ['W5', 28], ['W1', 12], ['W3', 4]]);

    // One person (the dossier): the same entry, read by person.
    const one = await hoursLedgerAll(w.db, 2025, '2025-06-30', operator);
    expect(one.entries).toEqual([by.get(operator)]);
    expect((await hoursLedgerAll(w.db, 2025, '2025-06-30', left)).entries).toEqual([]);
  });

  it('a year without attendance: everyone short by the full requirement; no organisation profile = a general unit', async () => {
    w = trainingWorkspace();
    await w.person({ hireDate: '2010-01-01' });
    const r = await hoursLedgerAll(w.db, 2026, '2026-01-05');
    expect(r.org).toEqual({ industry: 'manufacturing', highRisk: false });
    expect(r.shortfalls.map((e) => [e.person.workNo, e.ledger.shortfall, e.ledger.status])).toEqual([['W1', 8, 'contradictory']]);
  });
});
