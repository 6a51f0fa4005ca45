import { RipenError } from '../errors/ripen-error.js';
import { isJsonPointer } from '../pointer/json-pointer.js';

// The policies' check runs when a stream is created (invalid-option there); the filter that
// applies them (field-policies.ts) is loaded when the stream starts.

/**
 * How a node is revealed while it streams:
 * - `stream`: shown as it grows (strings grow in place; containers show their children);
 * - `atomic`: shown only once complete (ids, URLs, enums, numbers);
 * - `whenComplete`: an object or array appears only once closed;
 * - `perElement`: array elements appear one by one, each once complete.
 * Defaults (no policy): strings, objects and arrays stream; numbers, booleans and null are
 * atomic anyway (the parser never shows them half-done).
 */
export type FieldPolicy = 'stream' | 'atomic' | 'whenComplete' | 'perElement';

/**
 * Policies keyed by JSON Pointer pattern: RFC 6901 pointers in which a `*` segment matches any
 * one segment, e.g. `{ '/rows/*': 'atomic', '/chart/series': 'whenComplete' }`. The most specific
 * pattern wins (fewest `*`); schema metadata `x-ripen-policy` applies when no pattern matches.
 */
export type FieldPolicies = Readonly<Record<string, FieldPolicy>>;

const POLICIES: readonly FieldPolicy[] = ['stream', 'atomic', 'whenComplete', 'perElement'];

const describe = (value: unknown): string =>
  typeof value === 'string' ? `'${value.slice(0, 40)}'` : Array.isArray(value) ? 'an array' : String(value);

/**
 * Checks a `policies` option.
 * @throws RipenError code `invalid-option` when `policies` is not an object, a key is not a JSON
 *   Pointer pattern, or a value is not a {@link FieldPolicy}
 */
export function checkFieldPolicies(policies: unknown): asserts policies is FieldPolicies | undefined {
  if (policies === undefined) return;
  if (policies === null || typeof policies !== 'object' || Array.isArray(policies))
    throw new RipenError(
      'invalid-option',
      `policies must be an object mapping JSON Pointer patterns to a policy, e.g. { '/rows/*': 'atomic' }; got ${describe(policies)}.`,
    );
  for (const [source, policy] of Object.entries(policies)) {
    if (!isJsonPointer(source))
      throw new RipenError(
        'invalid-option',
        `policies[${JSON.stringify(source)}]: a key must be a JSON Pointer pattern ("" or starting with "/", "~" written "~0" or "~1", "*" for any one token), e.g. "/rows/*".`,
      );
    if (!POLICIES.includes(policy))
      throw new RipenError(
        'invalid-option',
        `policies[${JSON.stringify(source)}] must be 'stream' | 'atomic' | 'whenComplete' | 'perElement'; got ${describe(policy)}.`,
      );
  }
}
