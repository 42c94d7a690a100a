import { createResource, createSignal, For, Show, type JSX } from 'solid-js';
import type { CertificateRow, FieldError } from '../../../../app/services';
import { BlobImage } from '../../../components/BlobImage';
import { FormError } from '../../../components/FormError';
import { useApp } from '../../../context';
import { t } from '../../../i18n/i18n';
import { dossierService } from '../dossier/dossier-service';

type Scan = NonNullable<CertificateRow['scans']>[number];

/** A link that opens a stored blob (full picture or PDF) in a new tab. */
function BlobLink(props: { id: string; label: string; children: JSX.Element }) {
  const { services } = useApp();
  const [href] = createResource(() => props.id, (id) => services.blobs.url(id).catch(() => ''));
  return <a href={href() || undefined} target="_blank" rel="noopener" aria-label={props.label}>{props.children}</a>;
}

/** 扫描件 of a certificate: thumbnails of pictures and links to PDFs; attach (picture or PDF) and remove. */
export function CertScans(props: { personId: string; cert: CertificateRow }) {
  const { services } = useApp();
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<FieldError>();
  const scans = () => props.cert.scans ?? [];
  const label = (i: number) => t('person.scan.label', { n: i + 1 });

  async function run(op: (svc: Awaited<ReturnType<typeof dossierService>>) => Promise<{ ok: boolean; errors?: Record<string, FieldError> }>) {
    setBusy(true);
    const r = await op(await dossierService(services));
    setBusy(false);
    setError(r.ok ? undefined : Object.values(r.errors ?? {})[0]);
  }
  function pick(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (file) void run((s) => s.addScan(props.personId as never, props.cert.id, file));
  }
  function remove(s: Scan) {
    if (confirm(t('person.deleteConfirm'))) void run((svc) => svc.removeScan(props.personId as never, props.cert.id, s.blobId));
  }

  return (
    <div class="scans" data-testid="cert-scans">
      <For each={scans()}>
        {(s, i) => (
          <span class="scan">
            <BlobLink id={s.blobId} label={`${label(i())} ${s.name ?? ''}`}>
              <Show when={s.mime.startsWith('image/')} fallback={<span class="scan-pdf">PDF <span class="small">{s.name ?? ''}</span></span>}>
                <BlobImage id={s.blobId} alt={label(i())} class="scan-thumb" />
              </Show>
            </BlobLink>
            <button type="button" class="link danger" aria-label={`${t('common.delete')} ${label(i())}`} onClick={() => remove(s)}>×</button>
          </span>
        )}
      </For>
      <label class="button scan-add">
        {busy() ? t('common.saving') : t('person.scan.add')}
        <input type="file" accept="image/*,application/pdf,.pdf" class="visually-hidden" aria-label={`${t('person.scan.add')} ${props.cert.number}`}
          disabled={busy()} onChange={(e) => pick(e.currentTarget)} />
      </label>
      <FormError error={error()} />
    </div>
  );
}
