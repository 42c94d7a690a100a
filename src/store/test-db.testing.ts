import { idCheckChar } from '../domain/id-number';
import { PersonInput } from '../domain/person';
import { openDb, type SafeLedgerDb } from './db';
import { createDocStore } from './doc-store';

let n = 0;
/** A fresh database on fake-indexeddb with its doc store, for unit tests. */
export function testWorkspace(name = `t${Date.now()}-${n++}`) {
  const db: SafeLedgerDb = openDb(name);
  const docs = createDocStore(db);
  return { db, docs, name, close: () => (docs.destroy(), db.close()) };
}

/** A valid person input (工号 and ID number vary with `i`). */
export function personInput(i: number, over: Record<string, unknown> = {}): PersonInput {
  const body = `1101011990${String(101 + (i % 28)).padStart(4, '0')}${String(i % 1000).padStart(3, '0')}`;
  return PersonInput.parse({ name: `测试${i}`, workNo: `W${i}`, idNumber: body + idCheckChar(body), status: 'active', ...over });
}
