import { describe, expect, it } from 'vitest';
import { CertCardWire, cardToWire, maskCertNumber, type CertCard } from './cert-card';

const card: CertCard = {
  version: 1, workspace: 'AbCdEfGhIjK', name: '孙电工', maskedId: '1101**********002X', number: 'T1101**********002X',
  kind: 'special-operations', category: '1', item: '1.2', validFrom: '2024-01-01', validTo: '2030-01-01',
  enterprise: '苏州测试化工有限公司', device: 'ZyXwVuTsRqP', issued: '2025-01-01',
};

describe('certificate card payload', () => {
  it('round-trips through its compact wire form', () => {
    const wire = cardToWire(card);
    expect(wire[5]).toBe('so');
    expect(wire[6]).toBe(''); // no kindName
    expect(CertCardWire.parse(JSON.parse(JSON.stringify(wire)))).toEqual(card);
    const other: CertCard = { ...card, kind: 'other', kindName: '特种设备作业人员证', category: undefined, item: undefined, validTo: undefined };
    expect(CertCardWire.parse(cardToWire(other))).toEqual(
      Object.fromEntries(Object.entries(other).filter(([, v]) => v !== undefined)),
    );
  });

  it('keeps a typical card small enough for a version ≤ 15 QR code with its signature', () => {
    const json = new TextEncoder().encode(JSON.stringify(cardToWire(card))).length;
    const text = 'SLC1.'.length + Math.ceil((json * 4) / 3) + 1 + 86;
    expect(text).toBeLessThan(350);
  });

  it('refuses a wrong shape, an unknown kind, a bad date or an extra field', () => {
    const wire = cardToWire(card);
    const bad = (i: number, v: unknown) => wire.map((x, j) => (j === i ? v : x));
    expect(CertCardWire.safeParse(wire.slice(1)).success).toBe(false);
    expect(CertCardWire.safeParse([...wire, 'x']).success).toBe(false);
    expect(CertCardWire.safeParse(bad(0, 2)).success).toBe(false); // another version
    expect(CertCardWire.safeParse(bad(5, 'zz')).success).toBe(false);
    expect(CertCardWire.safeParse(bad(9, '2024-02-30')).success).toBe(false);
    expect(CertCardWire.safeParse(bad(2, '')).success).toBe(false); // no name
    expect(CertCardWire.safeParse(bad(12, 'a/b')).success).toBe(false);
    expect(CertCardWire.safeParse({ ...wire }).success).toBe(false);
  });

  it('masks the ID number inside a certificate number', () => {
    expect(maskCertNumber('T11010519491231002X', '11010519491231002X')).toBe('T1101**********002X');
    expect(maskCertNumber('t11010519491231002x', '11010519491231002X')).toBe('t1101**********002X');
    expect(maskCertNumber('(苏)危化安〔2024〕0012', '11010519491231002X')).toBe('(苏)危化安〔2024〕0012');
    expect(maskCertNumber('T123', '')).toBe('T123');
  });
});
