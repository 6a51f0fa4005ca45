import { RipenError } from '../errors/ripen-error.js';

/** A short description of a received option value for the error message. */
function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (value === null || value === undefined || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (typeof value === 'function') return 'a function';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}

function invalid(path: string, allowed: string, got: unknown): RipenError {
  return new RipenError('invalid-option', `${path} must be ${allowed}; got ${describe(got)}.`);
}

function positiveInteger(options: Record<string, unknown>, name: string, call: string): void {
  const value = options[name];
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
    throw invalid(`${call} ${name}`, 'an integer ≥ 1', value);
}

function boolean(options: Record<string, unknown>, name: string, call: string): void {
  const value = options[name];
  if (value !== undefined && typeof value !== 'boolean') throw invalid(`${call} ${name}`, 'true or false', value);
}

/**
 * Checks the options of {@link createJsonParser} / {@link parsePartialJson} (misuse by the app,
 * not bad model output): `mode` is `'tolerant'` or `'strict'`; `maxDepth`, `maxBytes` and
 * `maxStringLength` are integers ≥ 1 (NaN, 0, negative, fractional and Infinity are refused);
 * `partialNumbers`, `exactSnapshots` and `complete` are booleans. Unknown keys are ignored.
 * @param options - what the caller passed (`undefined` means the defaults)
 * @param call - the function's name, for the message (`createJsonParser(options)`)
 * @throws RipenError code `invalid-option`, naming the option and what is allowed
 */
export function checkParserOptions(options: unknown, call: string): void {
  if (options === undefined) return;
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw invalid(call, 'an object of options', options);
  const record = options as Record<string, unknown>;
  const mode = record.mode;
  if (mode !== undefined && mode !== 'tolerant' && mode !== 'strict')
    throw invalid(`${call} mode`, "'tolerant' or 'strict'", mode);
  positiveInteger(record, 'maxDepth', call);
  positiveInteger(record, 'maxBytes', call);
  positiveInteger(record, 'maxStringLength', call);
  boolean(record, 'partialNumbers', call);
  boolean(record, 'exactSnapshots', call);
  boolean(record, 'complete', call);
}
