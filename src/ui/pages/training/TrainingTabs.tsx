import { For } from 'solid-js';
import { t } from '../../i18n/i18n';
import { path } from '../../router';

const TABS = [
  ['/training', 'training.tab.records'],
  ['/training/plans', 'training.tab.plans'],
  ['/training/ledger', 'training.tab.ledger'],
  ['/training/metrics', 'training.tab.metrics'],
  ['/training/retention', 'training.tab.retention'],
] as const;

/** The training module's sections (记录 / 计划 / 学时台账 / 质量统计 / 档案保管), on top of each of its pages. */
export function TrainingTabs() {
  return (
    <nav class="tabs training-tabs" aria-label={t('nav.training')}>
      <For each={TABS}>
        {([to, key]) => (
          <a href={`#${to}`} class="tab" aria-current={path() === to ? 'page' : undefined}>{t(key)}</a>
        )}
      </For>
    </nav>
  );
}
