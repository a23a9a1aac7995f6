/**
 * The one shape of every answer that may fail, engine and shells alike: the value, or why not.
 * `error` is whatever the caller needs to explain it (a diagnostic, a message, field errors).
 */
export type Result<T, E = string> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const success = <T>(value: T): { readonly ok: true; readonly value: T } => ({ ok: true, value });
export const failure = <E>(error: E): { readonly ok: false; readonly error: E } => ({ ok: false, error });
