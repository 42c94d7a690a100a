import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { zhCN } from './zh-CN';
import { en } from './en';
import { loadRulePack } from '../../domain/certificates/load-rule-pack';
import { zhCN_trainingModule } from './zh-CN.training-module';
import { en_trainingModule } from './en.training-module';

const zhAll: Record<string, string> = { ...zhCN, ...zhCN_trainingModule };
/** Rule ids (e.g. 'training.manager.high_risk.annual_hours') look like message keys but are data ids. */
const RULE_IDS = new Set(loadRulePack().map((r) => r.id));

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
    const missing = [...used].filter((k) => !(k in zhAll) && !RULE_IDS.has(k) && !/\.$/.test(k));
    expect(missing).toEqual([]);
  });

  it('English keys all exist in zh-CN', () => {
    expect(Object.keys({ ...en, ...en_trainingModule }).filter((k) => !(k in zhAll))).toEqual([]);
  });
});
