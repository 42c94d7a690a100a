import { AppError, isAppError } from '../domain/app-error';

/** Turns IndexedDB failures into typed errors with a user message; AppErrors pass through. */
export function mapStorageError(e: unknown): unknown {
  if (isAppError(e)) return e;
  const name = (e as { name?: string; inner?: { name?: string } })?.name ?? '';
  const inner = (e as { inner?: { name?: string } })?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return new AppError('e.quota');
  return e;
}
