import * as Y from 'yjs';

type Where = { sub: string | null; parent: string | Y.ID | Y.AbstractType<unknown> | null };

/** Keys every edit touches (the change time, the per-field edit log): not what the user changed. */
const BOOKKEEPING = new Set(['updatedAt', 'edits']);

/**
 * The fields a Yjs update touches, generic over doc kinds: the map key (`parentSub`) of every item it inserts or
 * deletes, or, for items of a root array (e.g. a push onto `history`), the root type's name. Items inside nested
 * arrays or texts name their nearest map key when it can be found. Sorted, without duplicates.
 *
 * An update omits the parent of an item that has an origin (a map value overwriting an older one, an array
 * insert after another) and records deletions only as id ranges, so such items are resolved through `doc`, the
 * doc the update was applied to. Without it only self-describing items are named (see {@link updateNeedsDoc}).
 */
export function changedFields(update: Uint8Array, doc?: Y.Doc): string[] {
  const { structs, ds } = Y.decodeUpdate(update);
  const out = new Set<string>();
  const own = new Map<number, Y.Item[]>();
  for (const s of structs) if (s instanceof Y.Item) (own.get(s.id.client) ?? own.set(s.id.client, []).get(s.id.client)!).push(s);

  const find = (id: Y.ID): Y.Item | null => {
    const mine = own.get(id.client)?.find((s) => s.id.clock <= id.clock && id.clock < s.id.clock + s.length);
    if (mine) return mine;
    const list = doc?.store.clients.get(id.client);
    if (!list || !list.length || id.clock >= list.at(-1)!.id.clock + list.at(-1)!.length) return null;
    const s = list[Y.findIndexSS(list, id.clock)];
    return s instanceof Y.Item ? s : null;
  };
  // Follows origins until an item states where it lives (bounded: origin chains are finite but may be long).
  const where = (item: Y.Item): Where | null => {
    let it: Y.Item | null = item;
    for (let n = 0; it && n < 10_000; n++) {
      if (it.parentSub != null || it.parent != null) return { sub: it.parentSub, parent: it.parent as Where['parent'] };
      const next: Y.ID | null = it.origin ?? it.rightOrigin;
      it = next ? find(next) : null;
    }
    return null;
  };
  const name = (item: Y.Item) => {
    const w = where(item);
    if (!w) return;
    if (w.sub != null) out.add(w.sub);
    else if (typeof w.parent === 'string') out.add(w.parent);
    else if (w.parent instanceof Y.AbstractType) {
      const key = w.parent._item ? w.parent._item.parentSub : rootName(w.parent);
      if (key) out.add(key);
    } else if (w.parent) {
      const p = find(w.parent as Y.ID);
      if (p) name(p);
    }
  };

  for (const s of structs) if (s instanceof Y.Item) name(s);
  for (const [client, ranges] of ds.clients) {
    const list = doc?.store.clients.get(client);
    if (!list) continue;
    for (const { clock, len } of ranges) {
      const last = list.at(-1)!;
      if (clock >= last.id.clock + last.length) continue;
      for (let i = Y.findIndexSS(list, clock); i < list.length && list[i]!.id.clock < clock + len; i++) {
        const s = list[i]!;
        if (s instanceof Y.Item) name(s);
      }
    }
  }
  return [...out].filter((f) => !BOOKKEEPING.has(f)).sort();
}

/** True if {@link changedFields} needs the doc to name everything the update touches (overwrites, deletions). */
export function updateNeedsDoc(update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  return ds.clients.size > 0 || structs.some((s) => s instanceof Y.Item && s.parent == null && s.parentSub == null);
}

function rootName(type: Y.AbstractType<unknown>): string | null {
  for (const [key, t] of type.doc?.share ?? []) if (t === type) return key;
  return null;
}
