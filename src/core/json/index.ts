/**
 * `ripen/core` JSON: an incremental, tolerant partial-JSON parser with structurally shared
 * snapshots, per-field status by JSON Pointer and completion events.
 */
export { createJsonParser, DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_STRING_LENGTH } from './json-parser.js';
export type { JsonParser } from './json-parser.js';
export { parsePartialJson } from './parse-partial-json.js';
export { escapeJsonPointerToken, formatJsonPointer, parseJsonPointer } from './json-pointer.js';
export type {
  FieldStatus,
  JsonParserOptions,
  JsonSnapshot,
  JsonValue,
  JsonWarning,
  ParsePartialJsonOptions,
  RepairKind,
} from './types.js';
