import { afterEach, describe, expect, it } from 'vitest';
import { removeCalendarOverride, writeCalendarOverride } from '../docs/calendar-overrides-doc';
import { CATALOG_DOC_ID } from '../docs/doc-id';
import { testWorkspace } from './test-db.testing';
import { workCalendar } from './work-calendar';

let ws: ReturnType<typeof testWorkspace>;
afterEach(() => ws?.close());

describe('workCalendar(db)', () => {
  it('is the shipped calendar until an override is committed, then follows the catalog doc (cache dropped)', async () => {
    ws = testWorkspace();
    await ws.db.open(); // opening a new database reports every table as changed
    const first = await workCalendar(ws.db);
    expect(await workCalendar(ws.db)).toBe(first); // cached
    expect(first.deadline('2026-12-30', 3)).toMatchObject({ due: '2027-01-04', estimated: true });

    await ws.docs.change(CATALOG_DOC_ID, (doc) => writeCalendarOverride(doc, { date: '2027-01-01', kind: 'holiday', note: '2027 年元旦', at: 1, by: '张安全' }));
    await expect.poll(async () => (await workCalendar(ws.db)).deadline('2026-12-30', 3)).toMatchObject({ due: '2027-01-05', estimated: false });
    expect((await workCalendar(ws.db)).version).toBe('2026.1+local');

    await ws.docs.change(CATALOG_DOC_ID, (doc) => removeCalendarOverride(doc, '2027-01-01'));
    await expect.poll(async () => (await workCalendar(ws.db)).version).toBe('2026.1');
  });

  it('leaves out an invalid entry a peer sent instead of failing every deadline', async () => {
    ws = testWorkspace();
    await ws.docs.change(CATALOG_DOC_ID, (doc) => {
      doc.getMap('calendar').set('2025-02-30', { kind: 'holiday', note: '', at: 1, by: 'x' });
      doc.getMap('calendar').set('2025-06-03', { kind: 'rest', note: '', at: 2, by: 'x' });
      writeCalendarOverride(doc, { date: '2025-06-04', kind: 'holiday', note: '停电检修', at: 3, by: '张安全' });
    });
    const cal = await workCalendar(ws.db);
    expect(cal.isWorkday('2025-06-03')).toBe(true);
    expect(cal.isWorkday('2025-06-04')).toBe(false);
  });
});
