import { createSignal } from 'solid-js';
import { en } from './en';
import { zhCN, type MessageKey } from './zh-CN';

export type Locale = 'zh-CN' | 'en';
export type { MessageKey };
const dictionaries: Record<Locale, Partial<Record<MessageKey, string>>> = { 'zh-CN': zhCN, en };
const STORAGE_KEY = 'safeledger.locale';

const initial = (): Locale => (globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN');
const [locale, setLocaleSignal] = createSignal<Locale>(initial());

/** The current UI language (zh-CN unless the user chose English). */
export { locale };

/** Switches language and remembers it on this device. */
export function setLocale(l: Locale): void {
  localStorage.setItem(STORAGE_KEY, l);
  document.documentElement.lang = l;
  setLocaleSignal(l);
}

/** Translates a key (falls back to zh-CN, then to the key itself) and fills `{params}`. Reactive on locale. */
export function t(key: string, params?: Record<string, string | number>): string {
  const k = key as MessageKey;
  const s = dictionaries[locale()][k] ?? zhCN[k] ?? key;
  return params ? s.replace(/\{(\w+)\}/g, (_, p: string) => String(params[p] ?? '')) : s;
}
