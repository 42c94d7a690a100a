import { createFramedLink, type FramedLink } from './framed-link';
import type { Link } from './link';
import { startSession, type SessionState, type SyncSession } from './session';
import type { SyncHost } from './sync-host';

/** One line of the sync log (shown in 设置 › 同步; reasons are i18n keys). */
export type SyncLogEntry = { at: number; reason: string; detail?: string; session?: string };

const LOG_MAX = 200;

/**
 * Runs one sync session per link handed to it, whatever the transport, and keeps what the sync page shows:
 * the sessions' states and a bounded log of refusals and errors.
 */
export function createSyncEngine(host: SyncHost) {
  const sessions = new Map<string, { session: SyncSession; state: SessionState }>();
  const log: SyncLogEntry[] = [];
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());

  /** Starts a session on a new link from any transport. */
  function connect(link: Link): SyncSession {
    return connectFramed(createFramedLink(link));
  }

  /** Starts a session on a link already carrying messages (after the join exchange). */
  function connectFramed(link: FramedLink): SyncSession {
    let id = '';
    let latest: SessionState | null = null;
    let session: SyncSession | undefined;
    session = startSession(link, host, {
      change(s) {
        id = s.id;
        latest = s;
        // The first change is told while startSession runs, before `session` exists.
        if (session) sessions.set(s.id, { session, state: s });
        notify();
      },
      log(reason, detail) {
        log.push({ at: Date.now(), reason, detail, session: id });
        if (log.length > LOG_MAX) log.shift();
        notify();
      },
    });
    if (latest) sessions.set(id, { session, state: latest });
    return session;
  }

  return {
    connect,
    connectFramed,
    /** Every session seen, newest state (closed ones stay until `forget`). */
    sessions: () => [...sessions.values()].map((s) => s.state),
    log: () => [...log],
    /** True when every open session has finished its inventory and applied what it asked for. */
    idle: () => [...sessions.values()].every((s) => s.state.phase === 'synced' || s.state.phase === 'closed'),
    subscribe(l: () => void): () => void {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    resyncAll: () => Promise.all([...sessions.values()].map((s) => s.session.resync())),
    forgetClosed() {
      for (const [id, s] of sessions) if (s.state.phase === 'closed') sessions.delete(id);
      notify();
    },
    stop() {
      sessions.forEach((s) => s.session.close('stopped'));
      listeners.clear();
    },
  };
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;
