/**
 * RFC 6901 JSON Pointer helpers of the parser: the project's one pointer module
 * (`src/core/pointer`), re-exported here so `ripen/core`'s JSON entry keeps its names.
 */
export { escapeJsonPointerToken, formatJsonPointer, parseJsonPointer } from '../pointer/json-pointer.js';
