import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { zhCN } from './zh-CN';
import { en } from './en';

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));

describe('i18n', () => {
  it('has a zh-CN message for every key the code uses', () => {
    const used = new Set<string>();
    for (const f of walk('src').filter((f) => /\.(ts|tsx)$/.test(f) && !f.endsWith('.test.ts'))) {
      for (const m of readFileSync(f, 'utf8').matchAll(/['"`]((?:v|e|nav|common|person|people|field|settings|welcome|workbench|backup|storage|org|dept|post|update|shell|status|sex|edu|industry|lang|about|coming|sync|audit|device|invite|pair|bundle|role|join|cert|import|pdf|verify|card|excel|certlist|compliance|query|rules|reminder|certKind|training|session|plan|tpdf|retention|destroy|ledger|metrics|workflow|archive|signin|badge|calendar)\.[\w.-]+)['"`]/g)) {
        used.add(m[1]!);
      }
    }
    const missing = [...used].filter((k) => !(k in zhCN) && !/\.$/.test(k));
    expect(missing).toEqual([]);
  });

  it('English keys all exist in zh-CN', () => {
    expect(Object.keys(en).filter((k) => !(k in zhCN))).toEqual([]);
  });
});
