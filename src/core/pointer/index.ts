// The one RFC 6901 JSON Pointer module (parse, format, get, match patterns).
export {
  appendJsonPointer,
  escapeJsonPointerToken,
  formatJsonPointer,
  getAtPointer,
  getChild,
  hasAtPointer,
  hasChild,
  isJsonPointer,
  parseJsonPointer,
  unescapeJsonPointerToken,
} from './json-pointer.js';
export { compileJsonPointerPattern, matchJsonPointerPattern } from './json-pointer-pattern.js';
export type { JsonPointerPattern } from './json-pointer-pattern.js';
