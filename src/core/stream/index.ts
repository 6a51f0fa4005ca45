export { createJsonStream, DEFAULT_IDLE_TIMEOUT } from './create-json-stream.js';
export type { JsonStream, JsonStreamOptions, JsonStreamState } from './create-json-stream.js';
export type { ValidationState } from './stream-view.js';
export { createCommitScheduler } from './commit-scheduler.js';
export type { CommitScheduler, CommitSchedulerOptions, Throttle } from './commit-scheduler.js';
export type { PartSelector } from './part-selector.js';
export { getAtPointer } from './get-at-pointer.js';
export { isEndStatus } from './types.js';
export type { StreamState, StreamStatus, FieldStatusReader, StreamPart, PartStatus } from './types.js';
