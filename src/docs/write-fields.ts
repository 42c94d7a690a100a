import type * as Y from 'yjs';

/**
 * Writes only the fields whose value changed, so that concurrent edits of other fields merge
 * (each field is its own Y.Map entry). `undefined` deletes the field.
 */
export function writeFields(map: Y.Map<unknown>, fields: Record<string, unknown>): string[] {
  const changed: string[] = [];
  for (const [k, v] of Object.entries(fields)) {
    const cur = map.get(k);
    if (v === undefined) {
      if (map.has(k)) {
        map.delete(k);
        changed.push(k);
      }
    } else if (JSON.stringify(cur) !== JSON.stringify(v)) {
      map.set(k, v);
      changed.push(k);
    }
  }
  return changed;
}
