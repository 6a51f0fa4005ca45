export { RipenError, isRipenError } from './ripen-error.js';
export type { RipenErrorCode, RipenErrorDetails } from './ripen-error.js';
export { redactSecrets } from './redact-secrets.js';
