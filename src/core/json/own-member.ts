import type { JsonValue } from './types.js';

/** A JSON object under construction (plain object, `Object.prototype`, like `JSON.parse` output). */
export type JsonObject = { [key: string]: JsonValue };

/**
 * Set `object[key] = value` as an own, enumerable data property, whatever the key.
 *
 * Plain assignment of `__proto__` would call the inherited setter and change the prototype
 * (prototype pollution); `JSON.parse` instead creates an own property named `__proto__`, and so
 * do we, with `Object.defineProperty`. `constructor` and `prototype` are safe to assign on a plain
 * object (they become own data properties), so only `__proto__` takes the slow path.
 */
export function setOwnMember(object: JsonObject, key: string, value: JsonValue): void {
  if (key === '__proto__') {
    Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    object[key] = value;
  }
}

/**
 * Resolve one pointer token in a JSON value; `undefined` when absent. Array tokens must be
 * canonical indexes (`"0"`, `"12"`, never `"01"` or `"-"`), as RFC 6901 requires.
 */
export function childAt(value: JsonValue | undefined, token: string): JsonValue | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    if (!/^(0|[1-9][0-9]*)$/.test(token)) return undefined;
    return value[Number(token)];
  }
  return Object.hasOwn(value, token) ? value[token] : undefined;
}
