import { For } from 'solid-js';
import { t } from '../../../i18n/i18n';

/** Sections of the dossier: [heading id, label key]. */
const SECTIONS = [
  ['d-id', 'person.section.identity'],
  ['d-emp', 'person.section.employment'],
  ['d-cert', 'person.section.certificates'],
  ['d-ops', 'person.section.operations'],
  ['d-work', 'person.section.work'],
  ['d-dose', 'person.section.doses'],
  ['d-note', 'field.note'],
  ['d-edits', 'person.edits'],
] as const;

/**
 * The dossier's section index. Links keep the dossier's own route as href (the router lives in the URL hash) and
 * scroll to the section's heading.
 */
export function DossierNav(props: { personId: string }) {
  const go = (e: MouseEvent, id: string) => {
    e.preventDefault();
    document.getElementById(id)?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  };
  return (
    <nav class="dossier-nav" aria-label={t('person.nav')}>
      <For each={SECTIONS}>
        {([id, key]) => <a href={`#/people/${props.personId}`} onClick={(e) => go(e, id)}>{t(key)}</a>}
      </For>
    </nav>
  );
}
