import { FormError } from '../../../components/FormError';
import { t } from '../../../i18n/i18n';
import { createExcelAction } from './excel-action';

/** 下载导入模板: the people and certificates templates (.xlsx with a 说明 sheet), built on demand. */
export function TemplateLinks() {
  const action = createExcelAction();
  return (
    <section class="card" aria-labelledby="ir-tpl">
      <h2 id="ir-tpl">{t('excel.templates')}</h2>
      <p class="muted">{t('excel.templatesHint')}</p>
      <div class="row">
        <button type="button" disabled={action.busy()} onClick={() => void action.run((x) => x.peopleTemplate(), t('excel.file.peopleTemplate'))}>
          {t('excel.template.people')}
        </button>
        <button type="button" disabled={action.busy()} onClick={() => void action.run((x) => x.certificatesTemplate(), t('excel.file.certTemplate'))}>
          {t('excel.template.certificates')}
        </button>
      </div>
      <FormError error={action.error()} />
    </section>
  );
}
