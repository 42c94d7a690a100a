import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { idCheckChar } from '../domain/id-number';
import { PersonInput } from '../domain/person';
import type { PersonId } from '../domain/ids';
import { editHistory } from './edit-history';

const body = '11010519900101001';
const personInput = (_i: number, over: object = {}) =>
  PersonInput.parse({ name: '王某', workNo: 'W1', idNumber: body + idCheckChar(body), status: 'active', ...over });
import { readEdits, readPerson, writePerson } from './person-doc';

describe('concurrent edits of one dossier', () => {
  it('different fields merge; the same field converges and the losing value stays visible', () => {
    const id = '01900000-0000-7000-8000-000000000001' as PersonId;
    const a = new Y.Doc();
    writePerson(a, id, personInput(1), 1000);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    // Offline on both devices: A renames and sets a phone, B renames differently and changes the status.
    writePerson(a, id, personInput(1, { name: '王甲', phone: '13900000001' }), 2000, ['name', 'phone']);
    writePerson(b, id, personInput(1, { name: '王乙', status: 'away' }), 2001, ['name', 'status']);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const pa = readPerson(a)!;
    expect(readPerson(b)).toEqual(pa);
    expect(pa.phone).toBe('13900000001');
    expect(pa.status).toBe('away');
    expect(['王甲', '王乙']).toContain(pa.name);
    const h = editHistory(readEdits(a), pa as unknown as Record<string, unknown>);
    const names = h.filter((e) => e.f === 'name');
    expect(names.map((e) => e.v).sort()).toEqual(['王甲', '王乙'].sort());
    expect(names.filter((e) => e.overwritten).map((e) => e.v)).toEqual([pa.name === '王甲' ? '王乙' : '王甲']);
    expect(h.filter((e) => e.f !== 'name').every((e) => !e.overwritten)).toBe(true);
    // A later edit made after seeing the merged value replaces it knowingly: no new conflict.
    writePerson(a, id, personInput(1, { name: '王丙' }), 3000, ['name']);
    const later = editHistory(readEdits(a), readPerson(a) as unknown as Record<string, unknown>).filter((e) => e.f === 'name');
    expect(later.filter((e) => e.overwritten)).toHaveLength(1);
  });
});
