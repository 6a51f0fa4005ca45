export { RipenError, isRipenError } from './ripen-error.js';
export type { RipenErrorCode, RipenErrorDetails } from './ripen-error.js';
export { redactSecrets, createBodyExcerpt, redactCause } from './redact-secrets.js';
