// Transport: sources (URL, Response, factory, stream) → provider events, with retry / resume / abort.
export { openSource, checkResponse, isRepeatableSource, getRetryAfter } from './open-source.js';
export type { OpenSourceOptions, OpenedSource, ResponseFactoryContext, StreamSource } from './open-source.js';
export { readProviderEvents } from './read-provider-events.js';
export type { ReadProviderEventsOptions } from './read-provider-events.js';
export { redactSecrets, createBodyExcerpt } from './redact-secrets.js';
export { backoffDelay, resolveRetry, resolveResume } from './backoff.js';
export type { RetryOptions, ResumeOptions, ResolvedRetry, ResolvedResume } from './backoff.js';
