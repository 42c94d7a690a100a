import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskPhone } from './mask';

describe('masking', () => {
  it('hides the middle of ID and phone numbers', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
    expect(maskPhone('13800138000')).toBe('138****8000');
    expect(maskPhone('051268001234')).toBe('********1234');
  });
});
