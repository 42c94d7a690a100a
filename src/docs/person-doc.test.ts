import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { PersonId } from '../domain/ids';
import { PersonInput } from '../domain/person';
import { editHistory } from './edit-history';
import { readEdits, readHistory, readPerson, writePerson, writePersonNote } from './person-doc';

const id = '0190a000-0000-7000-8000-000000000001' as PersonId;
const base = PersonInput.parse({ name: '张三', workNo: 'A1', idNumber: '11010519491231002X', status: 'active' });
const at = Date.UTC(2026, 0, 5);

describe('person doc', () => {
  it('records employment changes in the history, with date and reason', () => {
    const doc = new Y.Doc();
    writePerson(doc, id, base, at);
    writePerson(doc, id, { ...base, name: '张三丰' }, at);
    writePerson(doc, id, { ...base, status: 'left', statusDate: '2026-03-01', statusReason: '辞职' }, at);
    expect(readHistory(doc)).toEqual([
      { date: '2026-01-05', status: 'active' },
      { date: '2026-03-01', status: 'left', reason: '辞职' },
    ]);
    expect(readPerson(doc)).toMatchObject({ birthDate: '1949-12-31', sex: 'F', status: 'left' });
  });

  it('merges concurrent edits of different fields and keeps both history entries', () => {
    const a = new Y.Doc();
    writePerson(a, id, base, at);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    writePerson(a, id, { ...base, phone: '13800138000' }, at, ['phone']);
    writePerson(b, id, { ...base, status: 'away', statusReason: '病假' }, at, ['status', 'statusReason']);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readPerson(a)).toEqual(readPerson(b));
    expect(readPerson(a)).toMatchObject({ phone: '13800138000', status: 'away' });
    expect(readHistory(a)).toHaveLength(2);
  });

  it('logs note edits, and flags a note lost to a concurrent edit elsewhere', () => {
    const a = new Y.Doc();
    writePerson(a, id, base, at);
    expect(writePersonNote(a, '第一行\n第二行', at + 1)).toBe(true);
    expect(writePersonNote(a, '第一行\n第二行', at + 2)).toBe(false);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    writePersonNote(a, 'A 的备注', at + 3);
    writePersonNote(b, 'B 的备注', at + 4);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const note = readPerson(a)!.note;
    expect(readPerson(b)!.note).toBe(note);
    const views = editHistory(readEdits(a), readPerson(a)!).filter((e) => e.f === 'note');
    expect(views.map((e) => e.v).sort()).toEqual(['A 的备注', 'B 的备注', '第一行\n第二行']);
    expect(views.filter((e) => e.overwritten).map((e) => e.v)).toEqual([note === 'A 的备注' ? 'B 的备注' : 'A 的备注']);
    writePersonNote(a, undefined, at + 5);
    expect(readPerson(a)!.note).toBeUndefined();
  });
});
