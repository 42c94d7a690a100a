import { t } from '../i18n/i18n';

/** What an empty module will hold: never a blank page. */
export function ComingSoon(props: { module: 'certificates' | 'training' | 'health' | 'hazards' | 'stats' }) {
  return (
    <section class="page coming" aria-labelledby="coming-h">
      <h1 id="coming-h">{t('coming.title', { module: t(`nav.${props.module}`) })}</h1>
      <p>{t(`coming.${props.module}`)}</p>
      <p class="muted">{t('coming.meanwhile')}</p>
    </section>
  );
}
