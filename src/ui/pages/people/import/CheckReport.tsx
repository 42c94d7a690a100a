import { For, Show } from 'solid-js';
import type { ImportCheck } from '../../../../app/services';
import { t } from '../../../i18n/i18n';

/** Row numbers as runs: 4、5、6、9 → 4–6、9. */
function runs(rows: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j]! + 1) j++;
    out.push(j - i >= 2 ? `${rows[i]}–${rows[j]}` : rows.slice(i, j + 1).join('、'));
    i = j + 1;
  }
  return out.join('、');
}

/** 预检 result: '共 N 行，M 行有错误', what will be created, and every error with its row and column, in Chinese. */
export function CheckReport(props: { check: ImportCheck }) {
  const c = () => props.check;
  return (
    <div class="import-check" aria-live="polite">
      <p data-testid="import-summary" classList={{ ok: c().errors.length === 0 }}>
        {t('import.summary', { total: c().total, errors: c().errorRows })}
      </p>
      <Show when={c().newDepartments.length + c().newPosts.length > 0}>
        <p>{t('import.willCreate', { depts: c().newDepartments.length, posts: c().newPosts.length })}</p>
      </Show>
      <Show when={c().ignoredRows.length > 0}>
        <p class="muted">{t('import.ignored', { rows: runs(c().ignoredRows) })}</p>
      </Show>
      <Show when={c().errors.length > 0}>
        {/* A long list scrolls in place, so step 4 stays close by. */}
        <div style={{ 'max-height': '28rem', overflow: 'auto' }}>
          <table class="audit-table import-errors">
            <caption>{t('import.errors')}</caption>
            <thead>
              <tr><th scope="col">{t('import.col.row')}</th><th scope="col">{t('import.col.col')}</th><th scope="col">{t('import.col.msg')}</th></tr>
            </thead>
            <tbody>
              <For each={c().errors}>
                {(e) => (
                  <tr data-testid="import-error" data-key={e.key}>
                    <td>{e.row}</td><td>{e.column}</td><td>{t(e.key, e.params)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </div>
  );
}
