import type { Actor } from './rules-service';
import type { SyncServiceApi, SyncView } from './sync-types';

/** How long to wait for the members log to load before answering with what is known. */
const WAIT_MS = 3000;

/** The person acting on this device (roles from the signed members log), for writes that record who made them. */
export function currentActor(sync: SyncServiceApi): () => Promise<Actor> {
  return () => new Promise<Actor>((resolve) => {
    let last: SyncView | undefined;
    let off: (() => void) | undefined;
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      queueMicrotask(() => off?.());
      const self = last?.devices.find((d) => d.self);
      resolve({ deviceId: last?.deviceId ?? '', name: self?.personName || last?.deviceName || '', isAdmin: !!last?.isAdmin, roles: last?.roles ?? [] });
    };
    off = sync.view.subscribe((v) => {
      last = v;
      if (v.roles.length) finish();
    });
    setTimeout(finish, WAIT_MS);
  });
}
