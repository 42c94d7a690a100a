import { describe, expect, it } from 'vitest';
import { SavedPeopleQuery } from './people-query';
import { isDefaultPeopleQuery, needsCertFacts, peopleQueryFromParams, peopleQueryToParams } from './people-query-params';

describe('people query', () => {
  it('reads URL parameters, keeping valid ones and dropping the rest', () => {
    expect(peopleQueryFromParams({ dept: 'd1', state: 'expired', q: ' 张 ', foo: 'x' })).toEqual({ dept: 'd1', state: 'expired', q: '张' });
    expect(peopleQueryFromParams({ state: 'bogus', status: 'fired', kind: 'x', cat: '  ' })).toEqual({});
    expect(peopleQueryFromParams({ status: 'active' })).toEqual({}); // the default view
    expect(peopleQueryFromParams({ status: 'all', item: '1.2', cat: '1' })).toEqual({ status: 'all', cat: '1', item: '1.2' });
    expect(peopleQueryFromParams({ q: 'x'.repeat(51) })).toEqual({});
    expect(peopleQueryFromParams({ dept: 'd'.repeat(50) })).toEqual({ dept: 'd'.repeat(50) });
  });

  it('writes parameters in a fixed order and round-trips', () => {
    const q = { state: 'none', dept: 'd1', q: '王', status: 'left' } as const;
    expect(Object.keys(peopleQueryToParams(q))).toEqual(['q', 'dept', 'status', 'state']);
    expect(peopleQueryFromParams(peopleQueryToParams(q))).toEqual(q);
    expect(peopleQueryToParams({ status: 'active', dept: '' })).toEqual({});
  });

  it('knows the default view and certificate conditions', () => {
    expect(isDefaultPeopleQuery({})).toBe(true);
    expect(isDefaultPeopleQuery({ status: 'active' })).toBe(true);
    expect(isDefaultPeopleQuery({ status: 'all' })).toBe(false);
    expect(isDefaultPeopleQuery({ q: 'a' })).toBe(false);
    expect(needsCertFacts({ dept: 'd', q: 'x' })).toBe(false);
    expect(needsCertFacts({ item: '1.1' })).toBe(true);
    expect(needsCertFacts({ state: 'none' })).toBe(true);
  });

  it('validates a saved query: name required and short, query checked', () => {
    const ok = { id: 'a', name: ' 电工逾期 ', query: { cat: '1', state: 'review-overdue' }, createdAt: 1 };
    expect(SavedPeopleQuery.parse(ok).name).toBe('电工逾期');
    expect(SavedPeopleQuery.safeParse({ ...ok, name: '' }).success).toBe(false);
    expect(SavedPeopleQuery.safeParse({ ...ok, name: '长'.repeat(21) }).success).toBe(false);
    expect(SavedPeopleQuery.safeParse({ ...ok, query: { state: 'lost' } }).success).toBe(false);
    expect(SavedPeopleQuery.safeParse({ ...ok, createdAt: 'yesterday' }).success).toBe(false);
    expect(SavedPeopleQuery.safeParse(null).success).toBe(false);
  });
});
