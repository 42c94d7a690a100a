import { createSignal, Show, type Accessor } from 'solid-js';
import { addDays } from '../../../domain/certificates/date-math';
import { managersNoticeLine, unlicensedNoticeLines, type ManagersNoticeLine, type UnlicensedNoticeLine } from '../../../domain/compliance/notice-lines';
import type { HazchemManagersResult } from '../../../domain/compliance/hazchem-managers';
import type { UnlicensedFinding } from '../../../domain/compliance/unlicensed';
import { useApp } from '../../context';
import { t } from '../../i18n/i18n';
import type { Names } from './names';

type NoticeLine = UnlicensedNoticeLine | ManagersNoticeLine;

/**
 * 生成整改通知书: the deadline (today + 7 days by default) and an optional requirement, then the PDF of the selected
 * 无证上岗 findings (or of the safety-manager shortfall).
 */
export function NoticeForm(props: {
  today: string;
  findings?: Accessor<UnlicensedFinding[]>;
  managers?: HazchemManagersResult;
  names: Names;
  label?: string;
}) {
  const { services } = useApp();
  const [deadline, setDeadline] = createSignal(addDays(props.today, 7));
  const [requirement, setRequirement] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal('');
  const lines = () => {
    const out: NoticeLine[] = props.findings ? unlicensedNoticeLines(props.findings(), (id) => props.names().dept(id)) : [];
    const m = props.managers && managersNoticeLine(props.managers);
    return m ? [...out, m] : out;
  };

  async function generate() {
    if (!lines().length) return setMessage(t('compliance.noticeNone'));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(deadline()) || deadline() < props.today) return setMessage(t('compliance.deadlineInvalid'));
    setMessage('');
    setBusy(true);
    try {
      const pdf = await services.pdf.load();
      const blob = await pdf.rectificationNotice(lines(), { deadline: deadline(), ...(requirement().trim() ? { requirement: requirement().trim() } : {}) });
      await pdf.download(blob, `${t('compliance.noticeFile')}-${props.today}.pdf`);
    } catch (e) {
      // The PDF service reports bad input and font problems as AppErrors whose reason is a message key.
      const reason = (e as { reason?: unknown })?.reason;
      setMessage(t('compliance.noticeFailed', { why: typeof reason === 'string' ? t(reason) : String((e as Error)?.message ?? e) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="notice-form" role="group" aria-label={props.label ?? t('compliance.notice')}>
      <Show when={props.findings}>{(f) => <span class="muted" data-testid="selected-count">{t('compliance.selected', { n: f()().length })}</span>}</Show>
      <label>
        {t('compliance.deadline')}
        <input value={deadline()} placeholder="YYYY-MM-DD" inputmode="numeric" size={11} onInput={(e) => setDeadline(e.currentTarget.value.trim())} />
      </label>
      <label class="grow">
        {t('compliance.requirement')}
        <input value={requirement()} maxLength={500} placeholder={t('compliance.requirementHint')} onInput={(e) => setRequirement(e.currentTarget.value)} />
      </label>
      <button type="button" class="primary" disabled={busy() || !lines().length} onClick={generate}>
        {busy() ? t('compliance.noticeBusy') : props.label ?? t('compliance.notice')}
      </button>
      <Show when={message()}><p class="notice-msg" role="status">{message()}</p></Show>
    </div>
  );
}
