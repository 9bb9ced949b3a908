/**
 * The one error type the widgets report. It is never thrown into the host page: elements catch it,
 * show `message` in their error part and put it in the `reader-error` event's detail.
 */
export type ReaderErrorCode = 'invalid-json' | 'invalid-shape' | 'too-large' | 'fetch-failed' | 'http' | 'timeout' | 'unsupported-format';

export class ReaderInputError extends Error {
  override name = 'ReaderInputError';
  constructor(
    message: string,
    readonly code: ReaderErrorCode,
    /** HTTP status for `http` errors. */
    readonly status?: number,
  ) {
    super(message);
  }
}

/** A computation that either produced a value (maybe with warnings about what it dropped) or an error. */
export type Result<T> = { ok: true; value: T; warnings: string[] } | { ok: false; error: ReaderInputError };

export const ok = <T>(value: T, warnings: string[] = []): Result<T> => ({ ok: true, value, warnings });
export const fail = <T>(message: string, code: ReaderErrorCode = 'invalid-shape', status?: number): Result<T> => ({
  ok: false,
  error: new ReaderInputError(message, code, status),
});
