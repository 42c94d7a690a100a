import { CATALOG, findCatalogItem } from '../certificates/catalog';

/** Certificate kinds a post may require by kind alone (special operations are required by catalog entry). */
export const REQUIRABLE_KINDS = ['hazchem-principal', 'hazchem-manager'] as const;
export type RequirableKind = (typeof REQUIRABLE_KINDS)[number];

/**
 * A post's required qualification, parsed from its stored code:
 * - `so:<category>` — any item of a special-operations category (e.g. `so:11`, 其他作业);
 * - `so:<category>:<item>` — one catalog item; item = its code (`so:1:1.2`) or, for code-less items, its name
 *   (`so:1:电力电缆作业`); category 11 takes any item name;
 * - `kind:hazchem-principal`, `kind:hazchem-manager` — a 危化品 principal / safety-manager certificate;
 * - `kind:other:<name>` — an 'other' certificate whose name is `<name>`;
 * - anything else is `legacy`: free text typed before codes existed, shown as is and never enforced.
 */
export type Qualification =
  | { type: 'so'; category: string; item?: string }
  | { type: 'kind'; kind: RequirableKind }
  | { type: 'other'; name: string }
  | { type: 'legacy'; text: string };

/** Names of 'other' certificates compare trimmed, with inner spaces collapsed, case-insensitively. */
export function normalizeCertName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Parses a stored qualification code; unknown or malformed codes (and old free text) are `legacy`. */
export function parseQualification(code: string): Qualification {
  const legacy: Qualification = { type: 'legacy', text: code };
  const so = /^so:([0-9]+)(?::(.+))?$/.exec(code);
  if (so) {
    const category = so[1]!;
    const item = so[2]?.trim();
    if (!CATALOG.categories.some((c) => c.code === category)) return legacy;
    if (item === undefined) return { type: 'so', category };
    return findCatalogItem(category, item) ? { type: 'so', category, item } : legacy;
  }
  const kind = /^kind:(.+)$/.exec(code)?.[1];
  if (kind === undefined) return legacy;
  if ((REQUIRABLE_KINDS as readonly string[]).includes(kind)) return { type: 'kind', kind: kind as RequirableKind };
  const other = /^other:(.+)$/.exec(kind)?.[1]?.trim();
  return other ? { type: 'other', name: other } : legacy;
}

/** The stored code of a qualification (inverse of parseQualification). */
export function qualificationCode(q: Qualification): string {
  switch (q.type) {
    case 'so':
      return q.item === undefined ? `so:${q.category}` : `so:${q.category}:${q.item}`;
    case 'kind':
      return `kind:${q.kind}`;
    case 'other':
      return `kind:other:${q.name.trim()}`;
    case 'legacy':
      return q.text;
  }
}
