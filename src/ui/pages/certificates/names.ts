import { createMemo, type Accessor } from 'solid-js';
import type { ComplianceView } from '../../../app/compliance-service';

/** Department and post names by id (from the loaded view). */
export type Names = Accessor<{ dept: (id: string) => string; post: (id: string) => string }>;

/** Name lookups rebuilt when the view changes. */
export function createNames(view: Accessor<ComplianceView | undefined>): Names {
  return createMemo(() => {
    const v = view();
    const d = new Map((v?.departments ?? []).map((x) => [x.id as string, x.name]));
    const p = new Map((v?.posts ?? []).map((x) => [x.id as string, x.name]));
    return { dept: (id: string) => d.get(id) ?? '', post: (id: string) => p.get(id) ?? '' };
  });
}
