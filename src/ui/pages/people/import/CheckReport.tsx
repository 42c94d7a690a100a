import { For, Show } from 'solid-js';
import type { ImportCheck } from '../../../../app/services';
import { t } from '../../../i18n/i18n';

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
        <p class="hint">{t('import.ignored', { rows: c().ignoredRows.join('、') })}</p>
      </Show>
      <Show when={c().errors.length > 0}>
        <table class="import-errors">
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
      </Show>
    </div>
  );
}
