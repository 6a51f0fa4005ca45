import { check, invalidOption } from '../sse/invalid-option.js';
import { checkTransportOptions } from '../transport/check-transport-options.js';

const SELECT_ALLOWED = "'auto' | 'content' | { tool } | { toolIndex } | { choice } | a function";

/** Checks a `select` option; throws `invalid-option`. */
export function checkSelect(select: unknown): void {
  if (select === undefined || select === 'auto' || select === 'content' || typeof select === 'function') return;
  if (typeof select !== 'object' || select === null || Array.isArray(select))
    throw invalidOption('select', SELECT_ALLOWED, select);
  const record = select as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length !== 1) throw invalidOption('select', SELECT_ALLOWED, select);
  if ('tool' in record) {
    if (typeof record.tool !== 'string' || record.tool.length === 0)
      throw invalidOption('select.tool', 'a non-empty tool (function) name', record.tool);
    return;
  }
  if ('toolIndex' in record) return check.number(record.toolIndex, 'select.toolIndex', 0, true);
  if ('choice' in record) return check.number(record.choice, 'select.choice', 0, true);
  throw invalidOption('select', SELECT_ALLOWED, select);
}

/** Checks a `parser` option (see `JsonParserOptions`); throws `invalid-option`. */
export function checkParserOptions(parser: unknown, path = 'parser'): void {
  check.object(parser, path, '{ mode?, maxDepth?, maxBytes?, maxStringLength?, partialNumbers?, exactSnapshots? }');
  if (parser === undefined) return;
  const options = parser as Record<string, unknown>;
  if (options.mode !== undefined && options.mode !== 'tolerant' && options.mode !== 'strict')
    throw invalidOption(`${path}.mode`, "'tolerant' | 'strict'", options.mode);
  check.number(options.maxDepth, `${path}.maxDepth`, 1, true);
  check.number(options.maxBytes, `${path}.maxBytes`, 1, true);
  check.number(options.maxStringLength, `${path}.maxStringLength`, 1, true);
  for (const flag of ['partialNumbers', 'exactSnapshots'])
    if (options[flag] !== undefined && typeof options[flag] !== 'boolean')
      throw invalidOption(`${path}.${flag}`, 'true | false', options[flag]);
}

/** Checks a `throttle` option; throws `invalid-option`. */
export function checkThrottle(throttle: unknown): void {
  if (throttle === undefined || throttle === 'frame' || throttle === false) return;
  if (typeof throttle !== 'number' || !Number.isFinite(throttle) || throttle < 0)
    throw invalidOption('throttle', "'frame' | false | a number of milliseconds ≥ 0", throttle);
}

/** Checks an `idleTimeout` option; throws `invalid-option`. */
export function checkIdleTimeout(idleTimeout: unknown): void {
  if (idleTimeout === undefined || idleTimeout === false) return;
  if (typeof idleTimeout !== 'number' || !Number.isFinite(idleTimeout) || idleTimeout <= 0)
    throw invalidOption('idleTimeout', 'false | a number of milliseconds > 0', idleTimeout);
}

/**
 * Validates every option of `createJsonStream` (and so of `useJsonStream`) at creation.
 * Throws `RipenError` code `invalid-option` whose message names the option's path, what is
 * allowed and what was received, e.g. `throttle must be 'frame' | false | a number of
 * milliseconds ≥ 0; got 'fast'.` The schema's own content is checked by the schema module.
 */
export function checkStreamOptions(options: unknown): void {
  checkTransportOptions(options);
  const record = options as Record<string, unknown>;
  const schema = record.schema;
  if (schema !== undefined && (schema === null || (typeof schema !== 'object' && typeof schema !== 'function')))
    throw invalidOption('schema', 'a Standard Schema (zod, valibot, arktype…) or a JSON Schema object', schema);
  // `policies` (keys, values) is checked by the schema module's createFieldPolicyFilter (invalid-option).
  checkSelect(record.select);
  checkParserOptions(record.parser);
  checkThrottle(record.throttle);
  checkIdleTimeout(record.idleTimeout);
  check.callback(record.onFieldComplete, 'onFieldComplete');
  check.callback(record.onFinish, 'onFinish');
  check.callback(record.onError, 'onError');
}
