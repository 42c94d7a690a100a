import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PlanItemInput } from '../domain/training/plan';
import { approvePlan, createPlan, planDigest, readPlan, removePlanItem, writePlanItem } from './plan-doc';

const item = PlanItemInput.parse({ title: '焊工年度复训', type: 'refresher', hours: 8, month: 3, departmentId: 'd1', targetPostIds: ['p1'] });
const drill = PlanItemInput.parse({ title: '消防应急演练', type: 'drill', special: true, hours: 2, month: 6, departmentId: 'd2' });
const approval = { by: '张安全', at: 1_740_000_000_000, device: 'dev-a' };

function merge(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
}

function planOf(year = 2025) {
  const doc = new Y.Doc();
  createPlan(doc, year, '2025年度安全培训计划', 1);
  return doc;
}

describe('plan doc', () => {
  it('is null until created; creating twice keeps the first title', () => {
    const doc = new Y.Doc();
    expect(readPlan(doc)).toBeNull();
    createPlan(doc, 2025, '甲', 1);
    createPlan(doc, 2025, '乙', 2);
    expect(readPlan(doc)).toEqual({ year: 2025, title: '甲', items: [], changedSinceApproval: false });
  });

  it('round-trips items in month order, writes only changed fields, deletes', () => {
    const doc = planOf();
    writePlanItem(doc, 'b', drill, 5);
    writePlanItem(doc, 'a', item, 6);
    expect(readPlan(doc)!.items.map((i) => [i.id, i.month, i.title])).toEqual([['a', 3, '焊工年度复训'], ['b', 6, '消防应急演练']]);
    expect(readPlan(doc)!.items[0]).toMatchObject({ ...item, id: 'a', createdAt: 6, updatedAt: 6 });
    expect(writePlanItem(doc, 'a', item, 7)).toEqual([]);
    expect(writePlanItem(doc, 'a', { ...item, hours: 12, title: '改名' }, 8, ['hours'])).toEqual(['hours']);
    expect(readPlan(doc)!.items[0]).toMatchObject({ title: '焊工年度复训', hours: 12, updatedAt: 8 });
    removePlanItem(doc, 'a');
    expect(readPlan(doc)!.items.map((i) => i.id)).toEqual(['b']);
  });

  it('keeps items added on two devices and merges concurrent edits of different fields', () => {
    const a = planOf();
    writePlanItem(a, 'x', item, 1);
    const b = new Y.Doc();
    merge(a, b);
    writePlanItem(a, 'x', { ...item, hours: 16 }, 2, ['hours']);
    writePlanItem(b, 'x', { ...item, month: 4 }, 2, ['month']);
    writePlanItem(b, 'y', drill, 2);
    merge(a, b);
    expect(readPlan(a)).toEqual(readPlan(b));
    expect(readPlan(a)!.items.map((i) => [i.id, i.hours, i.month])).toEqual([['x', 16, 4], ['y', 2, 6]]);
  });

  it('keeps the approval after an edit but reads as changed since approval, until approved again', () => {
    const doc = planOf();
    writePlanItem(doc, 'x', item, 1);
    approvePlan(doc, approval);
    expect(readPlan(doc)).toMatchObject({ approval: { ...approval }, changedSinceApproval: false });
    writePlanItem(doc, 'x', item, 2); // no change
    expect(readPlan(doc)!.changedSinceApproval).toBe(false);
    writePlanItem(doc, 'x', { ...item, hours: 9 }, 3);
    expect(readPlan(doc)).toMatchObject({ approval: { by: '张安全' }, changedSinceApproval: true });
    writePlanItem(doc, 'x', item, 4); // back to what was approved
    expect(readPlan(doc)!.changedSinceApproval).toBe(false);
    removePlanItem(doc, 'x');
    expect(readPlan(doc)!.changedSinceApproval).toBe(true);
    approvePlan(doc, { ...approval, at: approval.at + 1 });
    expect(readPlan(doc)).toMatchObject({ approval: { at: approval.at + 1 }, changedSinceApproval: false });
  });

  it('flags an item added on another device while this one approved offline', () => {
    const a = planOf();
    writePlanItem(a, 'x', item, 1);
    const b = new Y.Doc();
    merge(a, b);
    approvePlan(a, approval);
    writePlanItem(b, 'y', drill, 2);
    merge(a, b);
    expect(readPlan(a)!.changedSinceApproval).toBe(true);
    expect(readPlan(b)!.changedSinceApproval).toBe(true);
  });

  it('digests content only, whatever the order of items and keys', () => {
    const one = { ...item, id: 'x', updatedAt: 1 };
    const two = { ...drill, id: 'y' };
    const reordered = Object.fromEntries(Object.entries(one).reverse()) as typeof one;
    expect(planDigest([one, two])).toBe(planDigest([two, { ...reordered, updatedAt: 99 }]));
    expect(planDigest([one, two])).not.toBe(planDigest([{ ...one, hours: 8.5 }, two]));
    expect(planDigest([one])).not.toBe(planDigest([one, two]));
  });
});
