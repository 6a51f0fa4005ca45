/** `ripen/providers/ndjson`: newline-delimited JSON, one value per line, read as one growing array; pass it as `provider: ndjson`. */
export { ndjsonDialect as ndjson } from '../ndjson.js';
