import { Show } from 'solid-js';
import { CORE_ELEMENTS, type Completeness } from '../../../../domain/training/completeness';
import { MIN_PHOTOS } from '../../../../domain/training/training-types';
import { t } from '../../../i18n/i18n';

/**
 * 完整性 (T3, T6), live: the 12 elements with what is missing named, the type's mandatory documents still missing,
 * photos n/3 and attendees without a signature. `c` is computed from the form as typed, so it follows the keyboard.
 */
export function CompletenessPanel(props: { c: Completeness; attended: number }) {
  const have = () => CORE_ELEMENTS.length - props.c.missing.length;
  const list = (keys: readonly string[], prefix: string) => keys.map((k) => t(`${prefix}${k}`)).join('、');
  return (
    <section class="card ts-complete" aria-labelledby="ts-c-h" data-testid="completeness" data-complete={props.c.complete ? 'true' : 'false'}>
      <h2 id="ts-c-h">
        {t('session.c.head', { have: have(), total: CORE_ELEMENTS.length })}
        <Show when={props.c.standard}><span class="ts-tag ts-ok">{t('session.c.standard')}</span></Show>
      </h2>
      <meter min={0} max={CORE_ELEMENTS.length} value={have()} aria-hidden="true" />
      <ul class="ts-checks">
        <li classList={{ 'ts-miss': !props.c.complete }}>
          <Show when={!props.c.complete} fallback={t('session.c.complete')}>
            {t('session.c.missing', { list: list(props.c.missing, 'training.element.') })}
          </Show>
        </li>
        <li classList={{ 'ts-miss': props.c.missingDocuments.length > 0 }}>
          <Show when={props.c.missingDocuments.length} fallback={t('session.c.docsOk')}>
            {t('session.c.docs', { list: list(props.c.missingDocuments, 'training.attachment.') })}
          </Show>
        </li>
        <li classList={{ 'ts-miss': props.c.photos < MIN_PHOTOS }}>{t('session.c.photos', { n: props.c.photos, min: MIN_PHOTOS })}</li>
        <Show when={props.attended}>
          <li classList={{ 'ts-miss': props.c.unsigned > 0 }}>
            <Show when={props.c.unsigned} fallback={t('session.c.allSigned')}>{t('session.c.unsigned', { n: props.c.unsigned })}</Show>
          </li>
        </Show>
        <Show when={!props.c.allMarked}><li class="ts-miss">{t('training.e.unmarked')}</li></Show>
      </ul>
    </section>
  );
}
