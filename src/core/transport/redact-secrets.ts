// The redactor lives in src/core/errors (one redactor for every message ripen produces).
export { createBodyExcerpt, redactSecrets } from '../errors/redact-secrets.js';
