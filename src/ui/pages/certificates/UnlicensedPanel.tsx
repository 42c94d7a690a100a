import { createMemo, createSignal, For, Show, type Accessor } from 'solid-js';
import type { ComplianceView } from '../../../app/compliance-service';
import { UNLICENSED_REASON_KEYS } from '../../../domain/compliance/compliance-labels';
import { parseQualification } from '../../../domain/compliance/qualification';
import type { UnlicensedFinding } from '../../../domain/compliance/unlicensed';
import { t } from '../../i18n/i18n';
import type { Names } from './names';
import { NoticeForm } from './NoticeForm';
import { qualificationText } from './qualification-text';

const keyOf = (f: UnlicensedFinding) => `${f.personId}|${f.qualification}`;

/** The certificate behind a lapse reason: 证号 …，有效期至 … / 应于 … 前复审. */
function certNote(f: UnlicensedFinding): string {
  const c = f.certificate;
  if (!c) return '';
  if (f.reason === 'expired' && c.expiry) return t('compliance.cert.expired', { number: c.number, date: c.expiry });
  if (f.reason === 'review-overdue' && c.dueDate) return t('compliance.cert.reviewOverdue', { number: c.number, date: c.dueDate });
  return t('compliance.cert.plain', { number: c.number });
}

/** 无证上岗: who works on a post without a qualification it requires, by department; selected rows go into a notice. */
export function UnlicensedPanel(props: { view: Accessor<ComplianceView>; names: Names }) {
  const [dept, setDept] = createSignal<string | null>(null);
  const [selected, setSelected] = createSignal<ReadonlySet<string>>(new Set());
  const shown = createMemo(() => props.view().findings.filter((f) => dept() === null || f.departmentId === dept()));
  // Findings that disappear (a certificate was added) drop out of the selection by themselves.
  const chosen = createMemo(() => props.view().findings.filter((f) => selected().has(keyOf(f))));
  const toggle = (k: string, on: boolean) => setSelected((s) => { const n = new Set(s); if (on) n.add(k); else n.delete(k); return n; });
  const allOn = () => shown().length > 0 && shown().every((f) => selected().has(keyOf(f)));
  const setAll = (on: boolean) => setSelected((s) => { const n = new Set(s); for (const f of shown()) { if (on) n.add(keyOf(f)); else n.delete(keyOf(f)); } return n; });
  const deptName = (id: string) => props.names().dept(id) || t('compliance.noDept');
  const enforced = () => props.view().posts.some((p) => p.qualifications.some((q) => parseQualification(q).type !== 'legacy'));
  const legacyPosts = () => props.view().posts.filter((p) => p.qualifications.some((q) => parseQualification(q).type === 'legacy')).length;
  const people = () => new Set(props.view().findings.map((f) => f.personId)).size;

  return (
    <div class="unlicensed">
      <Show when={legacyPosts()}><p class="notice-warn">{t('compliance.unlicensed.legacy', { n: legacyPosts() })}</p></Show>
      <Show when={props.view().findings.length} fallback={
        <p class="card muted" data-testid="unlicensed-empty">{t(enforced() ? 'compliance.unlicensed.none' : 'compliance.unlicensed.noRequirements')}</p>
      }>
        <p class="summary" data-testid="unlicensed-summary">
          <strong>{t('compliance.unlicensed.summary', { people: people(), n: props.view().findings.length })}</strong>
        </p>
        <div class="dept-chips" role="group" aria-label={t('compliance.unlicensed.byDept')}>
          <button type="button" aria-pressed={dept() === null} onClick={() => setDept(null)}>{t('compliance.unlicensed.allDepts')}</button>
          <For each={props.view().byDepartment}>
            {(d) => (
              <button type="button" aria-pressed={dept() === d.departmentId} data-testid="dept-count"
                onClick={() => setDept(dept() === d.departmentId ? null : d.departmentId)}>
                {t('compliance.unlicensed.deptCount', { dept: deptName(d.departmentId), people: d.people })}
              </button>
            )}
          </For>
        </div>
        <table class="findings">
          <thead>
            <tr>
              <th class="c-select"><input type="checkbox" aria-label={t('compliance.selectAll')} checked={allOn()} onChange={(e) => setAll(e.currentTarget.checked)} /></th>
              <th>{t('people.col.workNo')}</th><th>{t('people.col.name')}</th><th>{t('people.col.dept')}</th>
              <th>{t('people.col.post')}</th><th>{t('compliance.col.missing')}</th><th>{t('compliance.col.reason')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={shown()}>
              {(f) => (
                <tr data-testid="finding-row" data-reason={f.reason} classList={{ chosen: selected().has(keyOf(f)) }}>
                  <td class="c-select">
                    <input type="checkbox" checked={selected().has(keyOf(f))} onChange={(e) => toggle(keyOf(f), e.currentTarget.checked)}
                      aria-label={t('compliance.selectRow', { name: f.name, qual: qualificationText(f.qualification) })} />
                  </td>
                  <td class="mono">{f.workNo}</td>
                  <td><a href={`#/people/${f.personId}`}>{f.name}</a></td>
                  <td>{deptName(f.departmentId)}</td>
                  <td>{f.postName}</td>
                  <td>{qualificationText(f.qualification)}</td>
                  <td>
                    <span class={`reason reason-${f.reason}`}>{t(UNLICENSED_REASON_KEYS[f.reason])}</span>
                    <Show when={certNote(f)}><div class="muted small">{certNote(f)}</div></Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
        <NoticeForm today={props.view().today} findings={chosen} names={props.names} />
      </Show>
    </div>
  );
}
