/**
 * The dossier's sections below identity and employment — certificates (with scans), 操作项目, 作业经历, 个人剂量,
 * 备注, 修改记录 — and its section index: one module loaded with the first dossier (kept out of the initial bundle).
 */
import './dossier.css';

export { CertificatesSection } from '../certs/CertificatesSection';
export { EditHistory } from '../EditHistory';
export { DossierNav } from './DossierNav';
export { DosesSection } from './DosesSection';
export { NotesSection } from './NotesSection';
export { OperationsSection } from './OperationsSection';
export { WorkHistorySection } from './WorkHistorySection';
