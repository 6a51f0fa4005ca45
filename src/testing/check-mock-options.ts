import { RipenError } from '../core/errors/ripen-error.js';
import type { MockDialect, MockFault, MockProviderOptions } from './mock-provider-types.js';

/** The dialects `createMockProvider` writes. */
export const MOCK_DIALECTS: readonly MockDialect[] = [
  'openai-chat',
  'openai-responses',
  'anthropic',
  'gemini',
  'gemini-json-array',
  'vercel-ai',
  'vercel-ai-data-stream',
  'ndjson',
  'text',
];

const OPTION_NAMES = new Set([
  'dialect',
  'value',
  'text',
  'toolCalls',
  'tokensPerSecond',
  'timeToFirstTokenMs',
  'timeFactor',
  'realtime',
  'timers',
  'tokensPerEvent',
  'chunking',
  'maxChunkBytes',
  'seed',
  'tokenize',
  'maxTokens',
  'streamFunctionCallArguments',
  'fault',
  'model',
  'inputTokens',
  'headers',
]);

function describe(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  if (typeof value === 'function') return 'a function';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object' && value !== null) return `{ ${Object.keys(value).slice(0, 4).join(', ')} }`;
  return String(value);
}

/** `RipenError` `invalid-option`: "createMockProvider: `path` must be `allowed`; got …". */
function invalid(path: string, allowed: string, got: unknown): RipenError {
  return new RipenError('invalid-option', `createMockProvider: ${path} must be ${allowed}; got ${describe(got)}.`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkNumber(value: unknown, path: string, minimum: number, integer: boolean, exclusive = false): void {
  if (value === undefined) return;
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (exclusive ? value > minimum : value >= minimum) &&
    (!integer || Number.isInteger(value));
  if (!ok)
    throw invalid(path, `${integer ? 'an integer' : 'a finite number'} ${exclusive ? '>' : '≥'} ${minimum}`, value);
}

/**
 * Throws `invalid-option` unless `value` survives `JSON.stringify` → `JSON.parse` unchanged: plain
 * objects and arrays, strings, finite numbers, booleans and `null` (no `undefined`, functions,
 * `NaN`, class instances or cycles). Iterative, so deep values do not overflow the stack.
 */
function checkJsonValue(root: unknown, path: string): void {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path, depth: 0 }];
  let visited = 0;
  while (stack.length > 0) {
    const { value, path: at, depth } = stack.pop() as { value: unknown; path: string; depth: number };
    if (++visited > 1_000_000 || depth > 10_000) throw invalid(path, 'a JSON value of at most 1,000,000 nodes', root);
    if (value === null || typeof value === 'string' || typeof value === 'boolean') continue;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw invalid(at, 'a JSON value (finite numbers only)', value);
      continue;
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        stack.push({ value: item, path: `${at}/${index}`, depth: depth + 1 });
      });
      continue;
    }
    const prototype: unknown = typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
    if (typeof value !== 'object' || (prototype !== Object.prototype && prototype !== null)) {
      throw invalid(at, 'a JSON value (plain objects, arrays, strings, finite numbers, booleans, null)', value);
    }
    for (const key of Object.keys(value)) {
      stack.push({ value: (value as Record<string, unknown>)[key], path: `${at}/${key}`, depth: depth + 1 });
    }
  }
}

function checkFault(fault: unknown, path: string, dialect: MockDialect): void {
  if (!isRecord(fault)) throw invalid(path, 'a fault object ({ kind, … })', fault);
  const kinds = ['http-error', 'provider-error', 'truncate', 'abort', 'stall'];
  if (typeof fault.kind !== 'string' || !kinds.includes(fault.kind)) {
    throw invalid(`${path}.kind`, `one of ${kinds.map((kind) => `'${kind}'`).join(', ')}`, fault.kind);
  }
  const kind = fault.kind as MockFault['kind'];
  if (kind === 'http-error') {
    checkNumber(fault.status, `${path}.status`, 400, true);
    if (typeof fault.status !== 'number' || fault.status > 599) {
      throw invalid(`${path}.status`, 'an HTTP error status from 400 to 599', fault.status);
    }
    if (fault.body !== undefined && typeof fault.body !== 'string')
      throw invalid(`${path}.body`, 'a string', fault.body);
  } else {
    if (fault.afterTokens === undefined) throw invalid(`${path}.afterTokens`, 'an integer ≥ 0', fault.afterTokens);
    checkNumber(fault.afterTokens, `${path}.afterTokens`, 0, true);
  }
  if (kind === 'stall') {
    if (fault.durationMs === undefined) throw invalid(`${path}.durationMs`, 'a finite number ≥ 0', undefined);
    checkNumber(fault.durationMs, `${path}.durationMs`, 0, false);
  }
  if (kind === 'truncate') checkNumber(fault.partialBytes, `${path}.partialBytes`, 0, true);
  if (kind === 'provider-error' && (dialect === 'ndjson' || dialect === 'text')) {
    throw invalid(
      `${path}.kind`,
      `'http-error', 'truncate', 'abort' or 'stall' for dialect '${dialect}' (it has no error event)`,
      kind,
    );
  }
  if (fault.message !== undefined && typeof fault.message !== 'string') {
    throw invalid(`${path}.message`, 'a string', fault.message);
  }
}

/**
 * Check every option of `createMockProvider` (see {@link MockProviderOptions}); throws `RipenError`
 * with code `invalid-option` naming the option's path (`toolCalls[1].name`, `fault.afterTokens`) and
 * what is allowed. Unknown option names are refused too (a typo would otherwise be ignored).
 */
export function checkMockOptions(options: unknown): asserts options is MockProviderOptions {
  if (!isRecord(options)) throw invalid('options', 'an object ({ dialect, value | text | toolCalls, … })', options);
  for (const key of Object.keys(options)) {
    if (!OPTION_NAMES.has(key)) throw invalid(key, `one of the known options (${[...OPTION_NAMES].join(', ')})`, key);
  }
  const dialect = options.dialect;
  if (typeof dialect !== 'string' || !(MOCK_DIALECTS as readonly string[]).includes(dialect)) {
    throw invalid('dialect', `one of ${MOCK_DIALECTS.map((name) => `'${name}'`).join(', ')}`, dialect);
  }
  const mockDialect = dialect as MockDialect;
  if (options.value !== undefined && options.text !== undefined) {
    throw invalid('text', 'absent when value is given (give one of value and text)', options.text);
  }
  if (options.value === undefined && options.text === undefined && options.toolCalls === undefined) {
    throw invalid('value', 'given (or text, or toolCalls): the mock needs something to say', undefined);
  }
  if (options.text !== undefined && typeof options.text !== 'string') throw invalid('text', 'a string', options.text);
  if (options.value !== undefined) {
    checkJsonValue(options.value, 'value');
    if (mockDialect === 'ndjson' && !Array.isArray(options.value)) {
      throw invalid('value', "an array for dialect 'ndjson' (one element per line)", options.value);
    }
  }
  if (options.toolCalls !== undefined) {
    if (!Array.isArray(options.toolCalls))
      throw invalid('toolCalls', 'an array of { name, input | inputText, id? }', options.toolCalls);
    if (mockDialect === 'ndjson' || mockDialect === 'text') {
      throw invalid('toolCalls', `absent for dialect '${mockDialect}' (it has no tool calls)`, options.toolCalls);
    }
    options.toolCalls.forEach((call: unknown, index: number) => {
      const path = `toolCalls[${index}]`;
      if (!isRecord(call)) throw invalid(path, 'an object { name, input | inputText, id? }', call);
      if (typeof call.name !== 'string' || call.name.length === 0)
        throw invalid(`${path}.name`, 'a non-empty string', call.name);
      if (call.id !== undefined && (typeof call.id !== 'string' || call.id.length === 0)) {
        throw invalid(`${path}.id`, 'a non-empty string', call.id);
      }
      if ((call.input === undefined) === (call.inputText === undefined)) {
        throw invalid(`${path}.input`, 'given, or inputText instead (exactly one of them)', call.input);
      }
      if (call.inputText !== undefined && typeof call.inputText !== 'string') {
        throw invalid(`${path}.inputText`, 'a string', call.inputText);
      }
      if (call.input !== undefined) checkJsonValue(call.input, `${path}.input`);
      const gemini = mockDialect === 'gemini' || mockDialect === 'gemini-json-array';
      if (gemini && (call.inputText !== undefined || !isRecord(call.input))) {
        throw invalid(
          `${path}.input`,
          'a plain object for Gemini (functionCall.args is an object, sent whole)',
          call.input ?? call.inputText,
        );
      }
    });
  }
  checkNumber(options.tokensPerSecond, 'tokensPerSecond', 0, false, true);
  checkNumber(options.timeToFirstTokenMs, 'timeToFirstTokenMs', 0, false);
  checkNumber(options.timeFactor, 'timeFactor', 0, false, true);
  checkNumber(options.maxChunkBytes, 'maxChunkBytes', 1, true);
  checkNumber(options.seed, 'seed', Number.MIN_SAFE_INTEGER, false);
  checkNumber(options.maxTokens, 'maxTokens', 0, true);
  checkNumber(options.inputTokens, 'inputTokens', 0, true);
  const streamArguments = options.streamFunctionCallArguments;
  if (streamArguments !== undefined) {
    if (typeof streamArguments !== 'boolean')
      throw invalid('streamFunctionCallArguments', 'a boolean', streamArguments);
    if (streamArguments && mockDialect !== 'gemini' && mockDialect !== 'gemini-json-array') {
      throw invalid(
        'streamFunctionCallArguments',
        `false or absent for dialect '${mockDialect}' (a Gemini option)`,
        streamArguments,
      );
    }
  }
  if (options.realtime !== undefined && typeof options.realtime !== 'boolean')
    throw invalid('realtime', 'a boolean', options.realtime);
  if (options.model !== undefined && typeof options.model !== 'string')
    throw invalid('model', 'a string', options.model);
  const timers = options.timers;
  if (
    timers !== undefined &&
    (!isRecord(timers) || typeof timers.setTimeout !== 'function' || typeof timers.clearTimeout !== 'function')
  ) {
    throw invalid('timers', 'an object with setTimeout and clearTimeout functions (and optionally now)', timers);
  }
  const perEvent = options.tokensPerEvent;
  if (typeof perEvent === 'number' || perEvent === undefined) checkNumber(perEvent, 'tokensPerEvent', 1, true);
  else if (isRecord(perEvent)) {
    checkNumber(perEvent.min, 'tokensPerEvent.min', 1, true);
    checkNumber(perEvent.max, 'tokensPerEvent.max', 1, true);
    if (typeof perEvent.min !== 'number' || typeof perEvent.max !== 'number' || perEvent.max < perEvent.min) {
      throw invalid('tokensPerEvent', 'an integer ≥ 1 or { min, max } with 1 ≤ min ≤ max', perEvent);
    }
  } else throw invalid('tokensPerEvent', 'an integer ≥ 1 or { min, max }', perEvent);
  const chunking = options.chunking;
  if (chunking !== undefined && chunking !== 'event' && chunking !== 'random') {
    checkNumber(chunking, 'chunking', 1, true);
    if (typeof chunking !== 'number')
      throw invalid('chunking', "'event', 'random' or an integer ≥ 1 (bytes)", chunking);
  }
  const tokenize = options.tokenize;
  if (
    tokenize !== undefined &&
    typeof tokenize !== 'function' &&
    !['o200k_base', 'cl100k_base', 'characters'].includes(tokenize as string)
  ) {
    throw invalid('tokenize', "'o200k_base', 'cl100k_base', 'characters' or a function (text) => string[]", tokenize);
  }
  if (options.headers !== undefined) {
    if (!isRecord(options.headers)) throw invalid('headers', 'an object of header names to strings', options.headers);
    for (const [name, value] of Object.entries(options.headers)) {
      if (typeof value !== 'string') throw invalid(`headers.${name}`, 'a string', value);
    }
  }
  if (options.fault !== undefined) {
    if (Array.isArray(options.fault)) {
      options.fault.forEach((fault: unknown, index: number) => {
        checkFault(fault, `fault[${index}]`, mockDialect);
      });
    } else checkFault(options.fault, 'fault', mockDialect);
  }
}
