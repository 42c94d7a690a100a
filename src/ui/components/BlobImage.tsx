import { createResource, Show } from 'solid-js';
import { useApp } from '../context';

/** Shows a stored (encrypted) picture by blob id. */
export function BlobImage(props: { id: string; alt: string; class?: string }) {
  const { services } = useApp();
  const [src] = createResource(() => props.id, (id) => services.blobs.url(id).catch(() => ''));
  return (
    <Show when={src()}>
      <img src={src()} alt={props.alt} class={props.class} />
    </Show>
  );
}
