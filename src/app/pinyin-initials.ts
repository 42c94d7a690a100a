import type { NamePinyin } from '../store/queries/filter-people';

/**
 * Pinyin of names for search: initials (张三 → zs) and full syllables (zhangsan; ü as v, surnames read as surnames:
 * 单 → shan). pinyin-pro (≈140 KB gzip with its dictionary) is loaded on demand the first time someone types latin
 * letters, then names are cached.
 */
export function createPinyinInitials() {
  const cache = new Map<string, NamePinyin>();
  let lib: Promise<typeof import('pinyin-pro')> | null = null;
  let ready: typeof import('pinyin-pro') | null = null;
  const keys = (name: string): NamePinyin | undefined => {
    if (!ready) return undefined;
    let v = cache.get(name);
    if (v === undefined) {
      const syllables = ready.pinyin(name, { toneType: 'none', type: 'array', surname: 'head', v: true }).map((s) => s.toLowerCase());
      v = { initials: syllables.map((s) => s[0] ?? '').join(''), full: syllables.join('') };
      cache.set(name, v);
    }
    return v;
  };
  return {
    /** Loads the library (once). */
    async load(): Promise<void> {
      lib ??= import('pinyin-pro');
      ready = await lib;
    },
    /** Initials and full pinyin of a name, or undefined until `load` finished. */
    keys,
    /** Initials of a name, or undefined until `load` finished. */
    of: (name: string) => keys(name)?.initials,
  };
}
