import { en_training } from './en.training';
import { en_session } from './en.session';
import { en_plan } from './en.plan';
import { en_tpdf } from './en.tpdf';
import { en_retention } from './en.retention';
import { en_ledger } from './en.ledger';
import { en_workflow } from './en.workflow';

/** English messages of the training module (loaded with its pages, see zh-CN.training-module.ts). */
export const en_trainingModule: Record<string, string> = {
  ...en_training,
  ...en_session,
  ...en_plan,
  ...en_tpdf,
  ...en_retention,
  ...en_ledger,
  ...en_workflow,
};
