// ripen/core: framework-agnostic (no React import anywhere below this folder).
//
// The public surface is this explicit list: what applications call and the types they write.
// Plumbing (frame decoders, SSE parser internals, backoff, dialect helpers, schema compilers…)
// stays reachable inside the package but is not exported. Dialects one by one:
// `ripen/providers/openai-chat` and siblings.

// Streams: source → SSE → provider dialect → incremental parser → store.
export { createJsonStream } from './stream/create-json-stream.js';
export type { JsonStream, JsonStreamOptions, JsonStreamState } from './stream/create-json-stream.js';
export { isEndStatus } from './stream/types.js';
export type { FieldStatusReader, PartStatus, StreamPart, StreamStatus } from './stream/types.js';
export type { PartSelector } from './stream/part-selector.js';
export type { Throttle } from './stream/commit-scheduler.js';
export type { ValidationState } from './stream/stream-view.js';
export type { StreamSource } from './transport/open-source.js';
export type { RetryOptions, ResumeOptions } from './transport/backoff.js';

// The incremental partial-JSON parser.
export { createJsonParser } from './json/json-parser.js';
export type { JsonParser } from './json/json-parser.js';
export { parsePartialJson } from './json/parse-partial-json.js';
export type { FieldStatus, JsonParserOptions, JsonSnapshot, JsonValue, JsonWarning } from './json/types.js';

// JSON Pointers (RFC 6901).
export { getAtPointer } from './pointer/index.js';

// Lower levels: SSE events and normalised provider events from a body.
export { readSseEvents } from './sse/read-sse-events.js';
export type { SseEvent } from './sse/sse-event.js';
export { readProviderEvents } from './transport/read-provider-events.js';
export { createCustomDialect } from './providers/custom-dialect.js';
export type { ProviderDialect } from './providers/dialect.js';
export type { ProviderOption } from './providers/provider-dialects.js';
export type { FinishReason, ProviderEvent, ProviderName } from './providers/types.js';
export type { TokenUsage } from './providers/normalize-usage.js';

// Schemas and policies.
export type { JsonSchema, SchemaInput } from './schema/json-schema.js';
export type { FieldPolicies, FieldPolicy } from './schema/field-policies.js';

// Errors.
export { RipenError, isRipenError } from './errors/ripen-error.js';
export type { RipenErrorCode } from './errors/ripen-error.js';
export { redactSecrets } from './errors/redact-secrets.js';
