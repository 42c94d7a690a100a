import { createSignal } from 'solid-js';
import { zhCN, type MessageKey } from './zh-CN';

export type Locale = 'zh-CN' | 'en';
export type { MessageKey };
type Dictionary = Partial<Record<MessageKey, string>>;
const dictionaries: Record<Locale, Dictionary> = { 'zh-CN': zhCN, en: {} };
const STORAGE_KEY = 'safeledger.locale';

const initial = (): Locale => (globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN');
const [locale, setLocaleSignal] = createSignal<Locale>(initial());
/** Bumped when a dictionary arrives, so text re-renders in it. */
const [loaded, setLoaded] = createSignal(0);

/**
 * English is loaded on demand (zh-CN is the default and the fallback, so it ships in the initial bundle; the English
 * dictionary would only weigh on first paint for everyone).
 */
function ensure(l: Locale): void {
  if (l !== 'en' || Object.keys(dictionaries.en).length) return;
  void import('./en').then((m) => {
    dictionaries.en = m.en;
    setLoaded((n) => n + 1);
  });
}
ensure(initial());

/** Messages of modules loaded with their pages (the training module's ~20 KB of text stays out of first paint). */
const modules: Record<Locale, Record<string, string>> = { 'zh-CN': {}, en: {} };
let trainingMessages: Promise<void> | undefined;

/** Loads the training module's messages (both languages); pages that use them load it with their code. */
export function loadTrainingMessages(): Promise<void> {
  trainingMessages ??= Promise.all([import('./zh-CN.training-module'), import('./en.training-module')]).then(([z, e]) => {
    Object.assign(modules['zh-CN'], z.zhCN_trainingModule);
    Object.assign(modules.en, e.en_trainingModule);
    setLoaded((n) => n + 1);
  });
  trainingMessages.catch(() => (trainingMessages = undefined));
  return trainingMessages;
}

/** A page's lazy import together with the module messages it shows (for `lazy()`). */
export function withTrainingMessages<T>(page: Promise<T>): Promise<T> {
  return Promise.all([page, loadTrainingMessages()]).then(([m]) => m);
}

/** The current UI language (zh-CN unless the user chose English). */
export { locale };

/** Switches language and remembers it on this device. */
export function setLocale(l: Locale): void {
  localStorage.setItem(STORAGE_KEY, l);
  document.documentElement.lang = l;
  ensure(l);
  setLocaleSignal(l);
}

/** Translates a key (falls back to zh-CN, then to the key itself) and fills `{params}`. Reactive on locale. */
export function t(key: string, params?: Record<string, string | number>): string {
  const k = key as MessageKey;
  loaded();
  const l = locale();
  const s = dictionaries[l][k] ?? modules[l][key] ?? zhCN[k] ?? modules['zh-CN'][key] ?? key;
  return params ? s.replace(/\{(\w+)\}/g, (_, p: string) => String(params[p] ?? '')) : s;
}
