import { describe, expect, it } from 'vitest';
import { decodeMessage, encodeMessage } from './messages';

describe('sync messages', () => {
  it('round-trip with their binary parts', () => {
    const cases = [
      encodeMessage('hello', { v: 1, workspaceId: 'w', deviceId: 'd' }, [new Uint8Array(16)]),
      encodeMessage('buckets', {}, [new Uint8Array(2048)]),
      encodeMessage('list', { buckets: [1, 2], entries: [['org', '0123456789abcdef']] }),
      encodeMessage('blobs', { ids: [] }),
      encodeMessage('step1', { docId: 'org' }, [new Uint8Array([0])]),
    ];
    for (const c of cases) expect(decodeMessage(c)).not.toBeNull();
    expect(decodeMessage(cases[4]!)).toMatchObject({ t: 'step1', docId: 'org' });
  });

  it('refuse malformed input: bad doc ids, wrong part counts, trailing bytes, garbage', () => {
    expect(decodeMessage(encodeMessage('step1', { docId: 'person/../x' as never }, [new Uint8Array(1)]))).toBeNull();
    expect(decodeMessage(encodeMessage('step1', { docId: 'org' }, []))).toBeNull();
    const ok = encodeMessage('blobs', { ids: [] });
    expect(decodeMessage(new Uint8Array([...ok, 0]))).toBeNull();
    expect(decodeMessage(new Uint8Array([200, 1, 2]))).toBeNull();
    expect(decodeMessage(new Uint8Array([]))).toBeNull();
  });
});
