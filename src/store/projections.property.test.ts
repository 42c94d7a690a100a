import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idCheckChar } from '../domain/id-number';
import type { DepartmentId, PersonId } from '../domain/ids';
import { PersonInput } from '../domain/person';
import { personDocId } from '../docs/doc-id';
import { compactDoc } from './compact-doc';
import { orgWrites } from './org-writes';
import { savePerson } from './people-writes';
import { rebuildProjections } from './rebuild-projections';
import { testWorkspace } from './test-db.testing';
import { verifyProjections } from './verify-projections';

const op = fc.oneof(
  fc.record({ t: fc.constant('create' as const), w: fc.integer({ min: 0, max: 12 }), name: fc.string({ maxLength: 8 }) }),
  fc.record({ t: fc.constant('edit' as const), who: fc.nat(), w: fc.integer({ min: 0, max: 12 }), status: fc.constantFrom('active', 'away', 'left'), dept: fc.nat() }),
  fc.record({ t: fc.constant('dept' as const), code: fc.constantFrom('AA', 'BB', 'CC', 'DD'), name: fc.constantFrom('生产部', '仓储部', '设备部') }),
  fc.record({ t: fc.constant('removeDept' as const), which: fc.nat() }),
  fc.record({ t: fc.constant('compact' as const), who: fc.nat() }),
);

/** Projections equal a rebuild from the docs after any sequence of edits, refusals and compactions. */
describe('projections', () => {
  it('equal a rebuild from the update log (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        const w = testWorkspace();
        const org = orgWrites(w.db, w.docs);
        const people: PersonId[] = [];
        const depts: DepartmentId[] = [];
        for (const o of ops) {
          try {
            if (o.t === 'create' || o.t === 'edit') {
              const id = o.t === 'edit' ? people[o.who % Math.max(1, people.length)] ?? null : null;
              const body = `320102198501${10 + o.w}${String(people.length).padStart(3, "0")}`;
              const input = PersonInput.parse({
                name: (o.t === 'create' ? o.name.replace(/[<>]/g, '') : '') || '某人',
                workNo: `N${o.w}`, idNumber: body + idCheckChar(body),
                status: o.t === 'edit' ? o.status : 'active',
                departmentId: o.t === 'edit' && depts.length ? depts[o.dept % depts.length] : '',
              });
              const pid = await savePerson(w.db, w.docs, id, input);
              if (!id) people.push(pid);
            } else if (o.t === 'dept') depts.push(await org.saveDepartment(null, { code: o.code, name: o.name }));
            else if (o.t === 'removeDept' && depts.length) await org.removeDepartment(depts[o.which % depts.length]!);
            else if (o.t === 'compact' && people.length) await compactDoc(w.db, personDocId(people[o.who % people.length]!));
          } catch (e) {
            // Refusals (duplicate 工号 or code, department in use) must leave the store consistent too.
            if (!(e as { reason?: string }).reason) throw e;
          }
        }
        expect(await verifyProjections(w.db)).toEqual([]);
        const before = await w.db.people.toArray();
        await rebuildProjections(w.db);
        expect(await w.db.people.toArray()).toEqual(before);
        w.close();
      }),
      { numRuns: 40, seed: 20261123 },
    );
  });
});
