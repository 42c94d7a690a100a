import { zhCN_training } from './zh-CN.training';
import { zhCN_session } from './zh-CN.session';
import { zhCN_plan } from './zh-CN.plan';
import { zhCN_tpdf } from './zh-CN.tpdf';
import { zhCN_retention } from './zh-CN.retention';
import { zhCN_ledger } from './zh-CN.ledger';
import { zhCN_workflow } from './zh-CN.workflow';

/**
 * zh-CN messages of the training module (records, sign-in, plans, PDFs, retention, ledger, workflow and calendar).
 * Loaded with the pages that use them (i18n.ts loadTrainingMessages), not in the initial bundle.
 */
export const zhCN_trainingModule: Record<string, string> = {
  ...zhCN_training,
  ...zhCN_session,
  ...zhCN_plan,
  ...zhCN_tpdf,
  ...zhCN_retention,
  ...zhCN_ledger,
  ...zhCN_workflow,
};
