/**
 * A typed error: `reason` is a machine reason that is also the i18n key of the user's message
 * (e.g. 'v.workNo.taken', 'e.backup.corrupt'); `field` names the form field it belongs to.
 */
export class AppError extends Error {
  constructor(
    readonly reason: string,
    readonly field?: string,
    readonly params?: Record<string, string | number>,
  ) {
    super(reason);
    this.name = 'AppError';
  }
}

/** True for an AppError (also across realms, where instanceof fails). */
export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError || (typeof e === 'object' && e !== null && (e as { name?: string }).name === 'AppError');
}
