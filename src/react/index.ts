export { useJsonStream } from './use-json-stream.js';
export type { UseJsonStreamOptions, UseJsonStreamResult, DeepPartial } from './use-json-stream.js';
export { useStreamField } from './use-stream-field.js';
export type { UseStreamFieldResult } from './use-stream-field.js';
