import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DoseEntryInput } from '../domain/person-dose';
import { WorkEntryInput } from '../domain/person-work';
import { readRecords, removeRecord, writeRecord } from './person-records';

const work = WorkEntryInput.parse({ from: '2015-03-01', to: '2019-06-30', employer: '苏州某化工厂', work: '低压电工', years: '4.3' });
const dose = DoseEntryInput.parse({ from: '2025-01-01', to: '2025-03-31', dose: '0.125', org: '江苏省疾控中心' });

/** Exchanges the full state both ways (what sync does). */
function merge(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
}

describe('dossier records in the person doc', () => {
  it('round-trips a record keyed by its generated id, and deletes it', () => {
    const doc = new Y.Doc();
    writeRecord(doc, 'work', 'r1', work, 5);
    expect(readRecords(doc, 'work')).toEqual([{ ...work, id: 'r1', updatedAt: 5 }]);
    expect(writeRecord(doc, 'work', 'r1', work, 6)).toEqual([]); // nothing changed, nothing written
    removeRecord(doc, 'work', 'r1');
    expect(readRecords(doc, 'work')).toEqual([]);
  });

  it('keeps records added on two devices at once', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    writeRecord(a, 'doses', 'ra', dose, 1);
    writeRecord(b, 'doses', 'rb', { ...dose, from: '2025-04-01', to: '2025-06-30', dose: 0.5 }, 2);
    writeRecord(b, 'work', 'rw', work, 2);
    merge(a, b);
    expect(readRecords(a, 'doses').map((d) => [d.id, d.dose])).toEqual([['ra', 0.125], ['rb', 0.5]]);
    expect(readRecords(a, 'work')).toHaveLength(1);
    expect(readRecords(b, 'doses')).toEqual(readRecords(a, 'doses'));
  });

  it('merges concurrent edits of different fields of one record', () => {
    const a = new Y.Doc();
    writeRecord(a, 'work', 'r1', work, 1);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    // Each device saves its whole form, but only the field it changed is written.
    writeRecord(a, 'work', 'r1', { ...work, employer: '苏州某化工有限公司' }, 2, ['employer']);
    writeRecord(b, 'work', 'r1', { ...work, note: '持证上岗', to: undefined }, 3, ['note', 'to']);
    merge(a, b);
    const [r] = readRecords(a, 'work');
    expect(r).toMatchObject({ employer: '苏州某化工有限公司', note: '持证上岗', work: '低压电工', from: '2015-03-01' });
    expect(r!.to).toBeUndefined();
    expect(readRecords(b, 'work')).toEqual(readRecords(a, 'work'));
  });

  it('a stale full write would overwrite the other device, so edits name their fields', () => {
    const a = new Y.Doc();
    writeRecord(a, 'work', 'r1', work, 1);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    writeRecord(a, 'work', 'r1', { ...work, employer: 'X 厂' }, 2, ['employer']);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    // b's form was opened before a's edit arrived: with `only`, its note edit leaves a's employer alone.
    writeRecord(b, 'work', 'r1', { ...work, note: 'n' }, 3, ['note']);
    expect(readRecords(b, 'work')[0]).toMatchObject({ employer: 'X 厂', note: 'n' });
  });
});
