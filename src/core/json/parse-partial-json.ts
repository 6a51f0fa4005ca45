import { checkParserOptions } from './check-parser-options.js';
import { createJsonParser } from './json-parser.js';
import type { JsonSnapshot, ParsePartialJsonOptions } from './types.js';

/**
 * Parse a whole text or a prefix of one in a single call, with the same semantics as
 * {@link createJsonParser} (`push(text)`, then `end()` only when `options.complete` is true).
 *
 * @param text - JSON text, possibly cut anywhere, possibly wrapped in model chatter (tolerant mode)
 * @param options - parser options; `complete: true` means `text` is the whole input
 * @returns the snapshot: auto-completed `value`, `errors`, `warnings`, `error` if fatal
 * @throws RipenError code `invalid-option` when an option has the wrong type or value
 * @throws TypeError when `text` is not a string
 * @example parsePartialJson('{"rows":[{"a":"x').value // → { rows: [{ a: 'x' }] }
 */
export function parsePartialJson(text: string, options: ParsePartialJsonOptions = {}): JsonSnapshot {
  checkParserOptions(options, 'parsePartialJson(text, options):');
  const parser = createJsonParser(options);
  parser.push(text);
  if (options.complete === true) parser.end();
  return parser.snapshot();
}
