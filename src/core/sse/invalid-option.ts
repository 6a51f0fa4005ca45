import { RipenError } from '../errors/ripen-error.js';

/** A short, safe description of a received value for `invalid-option` messages (≤ 60 characters). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') {
    const text = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    return `'${text.slice(1, -1)}'`;
  }
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  const keys = Object.keys(value as object).slice(0, 4);
  return keys.length === 0 ? '{}' : `{ ${keys.join(', ')}${Object.keys(value as object).length > 4 ? ', …' : ''} }`;
}

/**
 * The `invalid-option` error: `"<path> must be <allowed>; got <value>"`, e.g.
 * `select must be 'auto' | 'content' | { tool } | { toolIndex } | { choice } | a function; got 'all'`.
 *
 * @param path - the option's path (`retry.initialDelay`)
 * @param allowed - what is accepted, in words
 * @param got - the value received
 */
export function invalidOption(path: string, allowed: string, got: unknown): RipenError {
  return new RipenError('invalid-option', `${path} must be ${allowed}; got ${describeValue(got)}.`);
}

/** Option checks shared by the create calls; each throws {@link invalidOption} on a mismatch. */
export const check = {
  /** `undefined` or a plain object (not null, not an array). */
  object(value: unknown, path: string, allowed = 'an object'): value is Record<string, unknown> | undefined {
    if (value === undefined) return true;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalidOption(path, allowed, value);
    return true;
  },
  /** `undefined` or a function. */
  callback(value: unknown, path: string): void {
    if (value !== undefined && typeof value !== 'function') throw invalidOption(path, 'a function', value);
  },
  /** `undefined` or a finite number within `[minimum, ∞)`, an integer when `integer`. */
  number(value: unknown, path: string, minimum: number, integer = false, allowed?: string): void {
    if (value === undefined) return;
    if (
      typeof value !== 'number' ||
      !Number.isFinite(value) ||
      value < minimum ||
      (integer && !Number.isInteger(value))
    ) {
      const words = allowed ?? `${integer ? 'an integer' : 'a finite number'} ≥ ${minimum}`;
      throw invalidOption(path, words, value);
    }
  },
  /** `undefined` or an `AbortSignal`. */
  signal(value: unknown, path: string): void {
    if (value === undefined) return;
    const candidate = value as AbortSignal | null;
    if (
      typeof candidate !== 'object' ||
      candidate === null ||
      typeof candidate.aborted !== 'boolean' ||
      typeof candidate.addEventListener !== 'function'
    )
      throw invalidOption(path, 'an AbortSignal', value);
  },
};
