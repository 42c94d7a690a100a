import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { changedFields, updateNeedsDoc } from './changed-fields';

/** The update one edit of `doc` produces. */
function capture(doc: Y.Doc, edit: () => void): Uint8Array {
  let u: Uint8Array | null = null;
  const h = (x: Uint8Array) => (u = x);
  doc.on('update', h);
  doc.transact(edit);
  doc.off('update', h);
  return u!;
}

describe('changedFields', () => {
  it('names the keys of a new record without the doc', () => {
    const doc = new Y.Doc();
    const m = doc.getMap('person');
    const u = capture(doc, () => (m.set('name', '张三'), m.set('workNo', 'W1')));
    expect(updateNeedsDoc(u)).toBe(false);
    expect(changedFields(u)).toEqual(['name', 'workNo']);
  });

  it('names an overwritten key through the doc, and not the keys left alone', () => {
    const doc = new Y.Doc();
    const m = doc.getMap('person');
    capture(doc, () => (m.set('name', '张三'), m.set('workNo', 'W1')));
    const u = capture(doc, () => m.set('name', '李四'));
    expect(updateNeedsDoc(u)).toBe(true);
    expect(changedFields(u, doc)).toEqual(['name']);
  });

  it('names root arrays pushed to and keys of nested maps', () => {
    const doc = new Y.Doc();
    const nested = new Y.Map<unknown>();
    capture(doc, () => doc.getMap('records').set('r1', nested));
    capture(doc, () => doc.getArray('history').push([{ status: 'hired' }]));
    const u = capture(doc, () => {
      doc.getArray('history').push([{ status: 'active' }]);
      nested.set('score', 90);
    });
    expect(changedFields(u, doc)).toEqual(['history', 'score']);
  });

  it('names deleted keys when given the doc', () => {
    const doc = new Y.Doc();
    const m = doc.getMap('person');
    capture(doc, () => (m.set('photoBlobId', 'b1'), m.set('name', '王五')));
    const u = capture(doc, () => m.delete('photoBlobId'));
    expect(changedFields(u)).toEqual([]);
    expect(changedFields(u, doc)).toEqual(['photoBlobId']);
  });

  it('resolves a merged commit of several edits in a doc that received it from elsewhere', () => {
    const a = new Y.Doc();
    const org = a.getMap('org');
    const first = capture(a, () => org.set('name', '甲'));
    const u = Y.mergeUpdates([capture(a, () => org.set('name', '乙')), capture(a, () => org.set('uscc', 'x'))]);
    const b = new Y.Doc();
    Y.applyUpdate(b, first);
    Y.applyUpdate(b, u);
    expect(changedFields(u, b)).toEqual(['name', 'uscc']);
  });
});
