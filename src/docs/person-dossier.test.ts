import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { PersonId } from '../domain/ids';
import { PersonInput } from '../domain/person';
import { DoseEntryInput } from '../domain/person-dose';
import { OperationInput, toOperationRecord } from '../domain/person-operation';
import { WorkEntryInput } from '../domain/person-work';
import { personDocId } from './doc-id';
import { projectDoc, type ProjectionContext } from './project-doc';
import { writePerson } from './person-doc';
import { writeRecord } from './person-records';

const id = '0190a000-0000-7000-8000-000000000001' as PersonId;
const ctx = { certificateDue: () => ({ due: '', dueEvent: '' }) } as unknown as ProjectionContext;
const op = (category: string, item: string) => toOperationRecord(OperationInput.parse({ category, item }));

describe('person projection of the dossier records', () => {
  it('carries work history, operation items and doses, sorted as the dossier shows them', () => {
    const doc = new Y.Doc();
    writePerson(doc, id, PersonInput.parse({ name: '王工', workNo: 'W1', idNumber: '11010519491231002X', status: 'active' }), 1);
    writeRecord(doc, 'work', 'w2', WorkEntryInput.parse({ from: '2020-01-01', employer: '乙厂', work: '焊工' }), 1);
    writeRecord(doc, 'work', 'w1', WorkEntryInput.parse({ from: '2010-05-01', to: '2019-12-31', employer: '甲厂', work: '电工' }), 1);
    writeRecord(doc, 'ops', 'o1', op('9', '9.10'), 1);
    writeRecord(doc, 'ops', 'o2', op('9', '9.9'), 1);
    writeRecord(doc, 'ops', 'o3', op('1', '电力电缆作业'), 1);
    writeRecord(doc, 'doses', 'd1', DoseEntryInput.parse({ from: '2025-04-01', to: '2025-06-30', dose: '1.5' }), 1);
    writeRecord(doc, 'doses', 'd2', DoseEntryInput.parse({ from: '2025-01-01', to: '2025-03-31', dose: '0.25' }), 1);
    const [row] = projectDoc(personDocId(id), doc, ctx).people!;
    expect(row!.workHistory.map((w) => w.employer)).toEqual(['甲厂', '乙厂']);
    expect(row!.operations.map((o) => `${o.item} ${o.itemName}`)).toEqual(['电力电缆作业 电力电缆作业', '9.9 重氮化工艺作业', '9.10 氧化工艺作业']);
    expect(row!.operations[1]).toMatchObject({ categoryName: '危险化学品安全作业', catalogVersion: expect.stringMatching(/^\d{4}\./) });
    expect(row!.doses.map((d) => d.id)).toEqual(['d2', 'd1']);
  });

  it('projects empty lists for a dossier without records, and nothing for an empty doc', () => {
    const doc = new Y.Doc();
    expect(projectDoc(personDocId(id), doc, ctx).people).toEqual([]);
    writePerson(doc, id, PersonInput.parse({ name: '王工', workNo: 'W1', idNumber: '11010519491231002X', status: 'active' }), 1);
    expect(projectDoc(personDocId(id), doc, ctx).people![0]).toMatchObject({ workHistory: [], operations: [], doses: [] });
  });
});
