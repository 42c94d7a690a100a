import type { Accessor } from 'solid-js';
import { CERT_STATE_LABEL_KEYS, HAZCHEM_COLOUR_LABEL_KEYS } from '../../../domain/certificates/cert-state-labels';
import type { LedgerRow } from '../../../domain/compliance/certificate-ledger';
import { ExportButton } from '../../components/ExportButton';
import { t } from '../../i18n/i18n';
import { itemParts, kindLabel } from './ledger-labels';
import type { Names } from './names';

const HEADERS = [
  'people.col.workNo', 'people.col.name', 'people.col.dept', 'people.col.post', 'cert.kind', 'cert.category', 'cert.item', 'cert.number',
  'cert.authority', 'cert.firstIssue', 'cert.expiry', 'people.col.status', 'certlist.col.due', 'certlist.col.days',
];
/** Columns stored as text (工号, 证号, dates) so Excel keeps leading zeros and does not reinterpret them. */
const TEXT = new Set(['people.col.workNo', 'cert.number', 'cert.firstIssue', 'cert.expiry', 'certlist.col.due']);

/** 导出 Excel of the rows shown, in list order (the spreadsheet library loads on the first click). */
export function LedgerExport(props: { rows: Accessor<LedgerRow[]>; names: Names; today: string }) {
  const state = (r: LedgerRow) =>
    t(CERT_STATE_LABEL_KEYS[r.state]) + (r.colour && r.colour !== 'green' ? ` · ${t(HAZCHEM_COLOUR_LABEL_KEYS[r.colour])}` : '');
  const sheet = () => {
    const n = props.names();
    return {
      sheetName: t('certlist.tab.ledger'),
      columns: HEADERS.map((k) => ({ header: t(k), ...(TEXT.has(k) ? { text: true } : {}) })),
      rows: props.rows().map((r) => [
        r.workNo, r.name, n.dept(r.departmentId), n.post(r.postId), kindLabel(r), itemParts(r).category, itemParts(r).item, r.number, r.authority,
        r.firstIssueDate, r.expiry ?? '', state(r), r.dueDate ?? '', r.state === 'cancelled' ? null : r.daysLeft,
      ]),
    };
  };
  return <ExportButton sheet={sheet} filename={() => `${t('certlist.tab.ledger')}-${props.today}.xlsx`} disabled={!props.rows().length} />;
}
