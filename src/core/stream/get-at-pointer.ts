// The store reads values through the one RFC 6901 module (src/core/pointer): own properties and
// array items only, so `/rows/length` is absent here as in the parser.
export { getAtPointer } from '../pointer/json-pointer.js';
