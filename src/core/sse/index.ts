// Server-Sent Events and other body framings: bytes → text → records.
export type { SseEvent, SseInvalidField } from './sse-event.js';
export { readSseEvents } from './read-sse-events.js';
export type { ReadSseEventsOptions } from './read-sse-events.js';
export { createSseParser, DEFAULT_MAX_BUFFER_SIZE } from './create-sse-parser.js';
export type { SseParser, SseParserCallbacks, SsePendingEvent } from './create-sse-parser.js';
export { SseTruncatedError } from './sse-truncated-error.js';
export { decodeText, createTextDecoder } from './decode-text.js';
export type { StreamTextDecoder } from './decode-text.js';
export { readChunks } from './read-chunks.js';
export type { ChunkSource } from './read-chunks.js';
export { createFrameDecoder, sniffFraming } from './create-frame-decoder.js';
export type { Framing, FrameDecoder, FrameDecoderCallbacks } from './create-frame-decoder.js';
export { createJsonSequenceSplitter } from './create-json-sequence-splitter.js';
export type { JsonSequenceSplitter } from './create-json-sequence-splitter.js';
export { createLineSplitter } from './create-line-splitter.js';
export type { LineSplitter } from './create-line-splitter.js';
