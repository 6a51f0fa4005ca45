export { useJsonStream } from './use-json-stream.js';
export type { UseJsonStreamOptions, UseJsonStreamResult, DeepPartial } from './use-json-stream.js';
export { useStreamField } from './use-stream-field.js';
export type { UseStreamFieldResult } from './use-stream-field.js';
export { StreamProvider, useStream } from './stream-provider.js';
export type { StreamProviderProps } from './stream-provider.js';
export { useStatusHysteresis } from './use-status-hysteresis.js';
export type { UseStatusHysteresisOptions } from './use-status-hysteresis.js';
