/** Usage and quota of this origin's storage, and whether it is persistent (not evicted under pressure). */
export type StorageStatus = { usage: number; quota: number; persisted: boolean; supported: boolean };

/** Asks the browser to keep our data (no prompt in Chromium for installed or engaged sites). */
export async function requestPersistence(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  return (await navigator.storage.persisted()) || navigator.storage.persist();
}

/** Reads usage, quota and persistence. */
export async function storageStatus(): Promise<StorageStatus> {
  if (!navigator.storage?.estimate) return { usage: 0, quota: 0, persisted: false, supported: false };
  const [e, persisted] = await Promise.all([navigator.storage.estimate(), navigator.storage.persisted?.() ?? false]);
  return { usage: e.usage ?? 0, quota: e.quota ?? 0, persisted, supported: true };
}
