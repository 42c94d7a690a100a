import type { SyncServiceApi } from '../sync-types';

type Sub<T> = { subscribe(next: (v: T) => void): () => void };

/**
 * The sync service loaded as its own chunk after the app has painted (WebRTC, joining, sync files and the audit
 * view are not needed for first paint; initial JS stays in budget). Calls made before it loads wait for it.
 */
export function lazySyncService(load: () => Promise<SyncServiceApi>, icePresets: SyncServiceApi['icePresets']): SyncServiceApi {
  const ready = load();
  ready.catch((e) => console.error('sync service', e));
  const call = <K extends keyof SyncServiceApi>(k: K) =>
    ((...args: unknown[]) => ready.then((s) => (s[k] as (...a: unknown[]) => unknown)(...args))) as SyncServiceApi[K];
  const sub = <T>(pick: (s: SyncServiceApi) => Sub<T>): Sub<T> => ({
    subscribe(next) {
      let stop: (() => void) | null = null;
      let cancelled = false;
      void ready.then((s) => {
        if (!cancelled) stop = pick(s).subscribe(next);
      });
      return () => {
        cancelled = true;
        stop?.();
      };
    },
  });
  return {
    view: sub((s) => s.view),
    icePresets,
    renameDevice: call('renameDevice'),
    saveSettings: call('saveSettings'),
    createInvite: call('createInvite'),
    cancelInvite: call('cancelInvite'),
    approve: call('approve'),
    refuse: call('refuse'),
    removeDevice: call('removeDevice'),
    qrSvg: call('qrSvg'),
    startPairing: call('startPairing'),
    answerPairing: call('answerPairing'),
    exportSummary: call('exportSummary'),
    exportBundle: call('exportBundle'),
    importBundle: call('importBundle'),
    join: { state: sub((s) => s.join.state), viaSignaling: (t) => ready.then((s) => s.join.viaSignaling(t)) },
    audit: { rows: sub((s) => s.audit.rows), verify: () => ready.then((s) => s.audit.verify()) },
  };
}
