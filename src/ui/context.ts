import { createContext, useContext } from 'solid-js';
import type { Services } from '../app/services';

export type AppContext = { services: Services; update: { available: () => boolean; apply: () => void; dismiss: () => void } };

export const AppCtx = createContext<AppContext>();

/** The app services (and update state), provided by the composition root. */
export function useApp(): AppContext {
  const ctx = useContext(AppCtx);
  if (!ctx) throw new Error('useApp outside AppCtx');
  return ctx;
}
