import { describe, expect, it } from 'vitest';
import { isAppError } from './app-error';
import { newId } from './ids';
import { encodeBadge, parseBadge } from './person-badge';

const personId = '0192f3a4-5b6c-7d8e-9f01-23456789abcd';

describe('person badge payload', () => {
  it('encodes SLB1.<personId>.<workNo> and parses it back', () => {
    const text = encodeBadge({ personId, workNo: 'E-001' });
    expect(text).toBe(`SLB1.${personId}.E-001`);
    expect(parseBadge(text)).toEqual({ personId, workNo: 'E-001' });
    const id = newId();
    expect(parseBadge(encodeBadge({ personId: id, workNo: 'a_9' }))).toEqual({ personId: id, workNo: 'a_9' });
  });

  it('tolerates surrounding whitespace and an upper-case id (a pasted or re-typed text)', () => {
    expect(parseBadge(`  SLB1.${personId.toUpperCase()}.A1\n`)).toEqual({ personId, workNo: 'A1' });
  });

  it('carries no name or ID number', () => {
    expect(encodeBadge({ personId, workNo: 'E001' })).toMatch(/^SLB1\.[0-9a-f-]{36}\.E001$/);
  });

  it.each([
    ['empty', ''],
    ['other prefix', `SLC1.${personId}.E001`],
    ['future version', `SLB2.${personId}.E001`],
    ['lower-case prefix', `slb1.${personId}.E001`],
    ['missing workNo', `SLB1.${personId}`],
    ['empty workNo', `SLB1.${personId}.`],
    ['extra part', `SLB1.${personId}.E001.x`],
    ['workNo too long', `SLB1.${personId}.${'9'.repeat(21)}`],
    ['workNo with space', `SLB1.${personId}.E 01`],
    ['workNo in Chinese', `SLB1.${personId}.工号1`],
    ['id not a UUID', 'SLB1.12345.E001'],
    ['id with bad hex', `SLB1.${personId.replace('a', 'g')}.E001`],
    ['a certificate card', 'SLC1.eyJ4IjoxfQ.c2ln'],
    ['a URL', 'https://example.com/SLB1'],
    ['an ID number', '11010519491231002X'],
    ['very long text', `SLB1.${personId}.E001`.padEnd(200, 'x')],
  ])('rejects %s', (_why, text) => {
    expect(parseBadge(text)).toBeNull();
  });

  it('rejects non-string input without throwing', () => {
    expect(parseBadge(undefined as unknown as string)).toBeNull();
    expect(parseBadge(42 as unknown as string)).toBeNull();
  });

  it('refuses to encode a bad id or 工号, naming the field', () => {
    const reasonOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isAppError(e) ? `${e.reason}@${e.field}` : String(e);
      }
      return 'no error';
    };
    expect(reasonOf(() => encodeBadge({ personId: 'x', workNo: 'E001' }))).toBe('badge.e.personId@personId');
    expect(reasonOf(() => encodeBadge({ personId, workNo: 'E.001' }))).toBe('badge.e.workNo@workNo');
    expect(reasonOf(() => encodeBadge({ personId, workNo: '' }))).toBe('badge.e.workNo@workNo');
  });
});
