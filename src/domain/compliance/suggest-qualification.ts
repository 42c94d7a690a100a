import { CATALOG } from '../certificates/catalog';
import type { Qualification } from './qualification';

/**
 * A code for a requirement typed as free text before codes existed, when the text names one unambiguously:
 * a catalog item by code and/or name ('1.2 低压电工作业', '电气试验作业'), or a 危化品 principal / safety-manager
 * certificate. Undefined otherwise (e.g. '特种设备-叉车': which certificate name is meant is the user's call).
 */
export function suggestQualification(text: string, catalog = CATALOG): Qualification | undefined {
  const s = text.trim().replace(/\s+/g, ' ');
  const m = /^(\d+\.\d+)\s*(.*)$/.exec(s);
  const code = m?.[1];
  const name = (m ? m[2]! : s).trim();
  for (const cat of catalog.categories) {
    for (const item of cat.items ?? []) {
      const byCode = code !== undefined && item.code === code && (name === '' || name === item.name);
      const byName = code === undefined && name === item.name;
      if (byCode || byName) return { type: 'so', category: cat.code, item: item.code ?? item.name };
    }
  }
  if (/危险化学品|危化品/.test(s)) {
    if (/主要负责人/.test(s)) return { type: 'kind', kind: 'hazchem-principal' };
    if (/安全(生产)?管理人员/.test(s)) return { type: 'kind', kind: 'hazchem-manager' };
  }
  return undefined;
}
