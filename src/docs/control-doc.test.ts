import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { isApproved, readDestroyOrders, writeDestroyApproval, writeDestroyRequest } from './control-doc';

const order = { id: 'o1', docIds: ['training/x'], titles: [], reason: '保管期满', requestedBy: '张安全', requestedDevice: 'dev-a', requestedAt: 1 };
const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
};

describe('isApproved', () => {
  const a = (device: string, by: string, at = 1) => ({ device, by, at });
  it('needs two different people on two different devices', () => {
    expect(isApproved({ approvals: [] })).toBe(false);
    expect(isApproved({ approvals: [a('d1', '张安全')] })).toBe(false);
    expect(isApproved({ approvals: [a('d1', '张安全'), a('d2', '张安全 ')] })).toBe(false);
    expect(isApproved({ approvals: [a('d1', '张安全'), a('d1', '李主任')] })).toBe(false);
    expect(isApproved({ approvals: [a('d1', '张安全'), a('d2', '')] })).toBe(false);
    expect(isApproved({ approvals: [a('d1', '张安全'), a('d2', '李主任')] })).toBe(true);
    expect(isApproved({ approvals: [a('d1', '张安全'), a('d1', '李主任'), a('d2', '李主任')] })).toBe(true);
  });
});

describe('control doc', () => {
  it('stores a request with the requester as first approver, and reads it back', () => {
    const doc = new Y.Doc();
    writeDestroyRequest(doc, order, { device: 'dev-a', by: '张安全', at: 5 });
    const [o] = readDestroyOrders(doc);
    expect(o).toMatchObject({ ...order, approvals: [{ device: 'dev-a', by: '张安全', at: 5 }] });
    expect(isApproved(o!)).toBe(false);
    expect(writeDestroyApproval(doc, 'nope', { device: 'dev-b', by: '李主任', at: 6 })).toBe(false);
  });

  it('keeps both approvals made at once on two devices', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    writeDestroyRequest(a, order);
    sync(a, b);
    writeDestroyApproval(a, 'o1', { device: 'dev-a', by: '张安全', at: 5 });
    writeDestroyApproval(b, 'o1', { device: 'dev-b', by: '李主任', at: 6 });
    sync(a, b);
    for (const d of [a, b]) {
      const [o] = readDestroyOrders(d);
      expect(o!.approvals.map((x) => x.by)).toEqual(['张安全', '李主任']);
      expect(isApproved(o!)).toBe(true);
    }
  });

  it('leaves out malformed orders a peer might send', () => {
    const doc = new Y.Doc();
    const m = new Y.Map<unknown>();
    doc.getMap('destroyOrders').set('bad', m);
    m.set('docIds', 'training/x');
    writeDestroyRequest(doc, order);
    expect(readDestroyOrders(doc).map((o) => o.id)).toEqual(['o1']);
  });
});
