import type { FieldEdit } from './person-doc';

/** A field edit as the dossier's 修改记录 shows it. */
export type EditView = FieldEdit & {
  /** The value this edit wrote lost to a concurrent edit from another device (nobody replaced it knowingly). */
  overwritten: boolean;
};

/**
 * Marks edits that lost to a concurrent edit of the same field. Each edit records the value it replaced (`was`):
 * an edit replaced knowingly has a successor whose `was` is its value; one that is not the current value and
 * has no such successor was overwritten by an edit made at the same time elsewhere (Yjs keeps one winner per
 * field, the same on every device). Newest first.
 */
export function editHistory(edits: readonly FieldEdit[], current: Record<string, unknown>): EditView[] {
  return edits
    .map((e) => ({
      ...e,
      overwritten: !same(e.v, current[e.f]) && !edits.some((o) => o !== e && o.f === e.f && same(o.was, e.v) && o.at >= e.at),
    }))
    .sort((a, b) => b.at - a.at);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
