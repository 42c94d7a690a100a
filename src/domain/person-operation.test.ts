import { describe, expect, it } from 'vitest';
import { OperationInput, toOperationRecord } from './person-operation';

describe('special-operations item of a person', () => {
  it('takes a catalog item by code (or by name when the catalog has no code) and adds names and version', () => {
    expect(toOperationRecord(OperationInput.parse({ category: '1', item: '1.2', since: '' }))).toMatchObject({
      category: '1', item: '1.2', categoryName: '电工作业', itemName: '低压电工作业', catalogVersion: '2025.1',
    });
    expect(toOperationRecord(OperationInput.parse({ category: '1', item: '电力电缆作业' })).itemName).toBe('电力电缆作业');
  });
  it('refuses a pair that is not in the catalog', () => {
    const r = OperationInput.safeParse({ category: '2', item: '1.2' });
    expect(r.success ? null : r.error.issues[0]).toMatchObject({ path: ['item'], message: 'v.cert.catalog' });
  });
});
