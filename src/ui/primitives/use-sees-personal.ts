import type { Accessor } from 'solid-js';
import { maySeePersonal } from '../../domain/roles';
import { useApp } from '../context';
import { createLive } from './create-live';

/** Whether this device's roles may see ID and phone numbers in full (false until the members log is read). */
export function useSeesPersonal(): Accessor<boolean> {
  const { services } = useApp();
  const sync = createLive(services.sync.view);
  return () => maySeePersonal(sync()?.roles ?? []);
}
