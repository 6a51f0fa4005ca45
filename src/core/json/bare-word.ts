import type { JsonValue, RepairKind } from './types.js';

/** A bare word read as a value, with the repair applied to read it (tolerant mode), if any. */
export interface BareWordValue {
  readonly value: JsonValue;
  readonly repair: RepairKind | undefined;
}

// One frozen answer per word, shared: reading a word allocates nothing.
const word = (value: JsonValue, repair: RepairKind | undefined): BareWordValue => Object.freeze({ value, repair });
const TRUE = word(true, undefined);
const FALSE = word(false, undefined);
const NULL = word(null, undefined);
const PYTHON_TRUE = word(true, 'python-literal');
const PYTHON_FALSE = word(false, 'python-literal');
const PYTHON_NONE = word(null, 'python-literal');
const UNDEFINED = word(null, 'undefined-value');
const NON_FINITE = word(null, 'non-finite-number');

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
      return TRUE;
    case 'false':
      return FALSE;
    case 'null':
      return NULL;
  }
  if (strict) return undefined;
  switch (word) {
    case 'True':
      return PYTHON_TRUE;
    case 'False':
      return PYTHON_FALSE;
    case 'None':
      return PYTHON_NONE;
    case 'undefined':
      return UNDEFINED;
    case 'NaN':
    case 'Infinity':
    case '-Infinity':
      return NON_FINITE;
    default:
      return undefined;
  }
}
