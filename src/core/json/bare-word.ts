import type { JsonValue, RepairKind } from './types.js';

/** A bare word read as a value, with the repair applied to read it (tolerant mode), if any. */
export interface BareWordValue {
  value: JsonValue;
  repair: RepairKind | undefined;
}

/**
 * The value of a bare word: `true`, `false`, `null`; in tolerant mode also Python's `True`,
 * `False`, `None` (repair `python-literal`) and `NaN`, `Infinity`, `-Infinity`, which JSON cannot
 * represent, as `null` (repair `non-finite-number`), and JavaScript's `undefined` as `null`
 * (repair `undefined-value`).
 * @returns `undefined` for any other word (an `unexpected-token` for the caller)
 */
export function readBareWord(word: string, strict: boolean): BareWordValue | undefined {
  switch (word) {
    case 'true':
      return { value: true, repair: undefined };
    case 'false':
      return { value: false, repair: undefined };
    case 'null':
      return { value: null, repair: undefined };
  }
  if (strict) return undefined;
  switch (word) {
    case 'True':
      return { value: true, repair: 'python-literal' };
    case 'False':
      return { value: false, repair: 'python-literal' };
    case 'None':
      return { value: null, repair: 'python-literal' };
    case 'undefined':
      return { value: null, repair: 'undefined-value' };
    case 'NaN':
    case 'Infinity':
    case '-Infinity':
      return { value: null, repair: 'non-finite-number' };
    default:
      return undefined;
  }
}
