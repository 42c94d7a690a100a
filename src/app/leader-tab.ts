import { createSignal, type Accessor } from 'solid-js';

/**
 * Elects one leader tab per workspace with Web Locks: the lock is held until the tab closes, then the next
 * waiting tab takes over. The leader runs sync and compaction; every tab reads and writes.
 */
export function electLeader(name: string): Accessor<boolean> {
  const [isLeader, setLeader] = createSignal(false);
  if (!navigator.locks) {
    setLeader(true);
    return isLeader;
  }
  void navigator.locks.request(`safeledger-leader:${name}`, () => {
    setLeader(true);
    return new Promise<never>(() => {});
  });
  return isLeader;
}
