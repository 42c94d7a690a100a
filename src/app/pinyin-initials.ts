/**
 * Pinyin initials of names (张三 → zs), for search. pinyin-pro (≈140 KB gzip with its dictionary) is loaded on
 * demand the first time someone types latin letters, then names are cached.
 */
export function createPinyinInitials() {
  const cache = new Map<string, string>();
  let lib: Promise<typeof import('pinyin-pro')> | null = null;
  let ready: typeof import('pinyin-pro') | null = null;
  return {
    /** Loads the library (once). */
    async load(): Promise<void> {
      lib ??= import('pinyin-pro');
      ready = await lib;
    },
    /** Initials of a name, or undefined until `load` finished. */
    of(name: string): string | undefined {
      if (!ready) return undefined;
      let v = cache.get(name);
      if (v === undefined) {
        v = ready.pinyin(name, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase();
        cache.set(name, v);
      }
      return v;
    },
  };
}
