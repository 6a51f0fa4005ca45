import { RipenError } from '../errors/ripen-error.js';
import { createBodyExcerpt } from './redact-secrets.js';

const HTML_START = /^(?:\uFEFF)?\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<!--)/i;

/**
 * Is this body an HTML page rather than model output? True for a `text/html` (or
 * `application/xhtml+xml`) `Content-Type`, or a body whose first characters are `<!doctype html`,
 * `<html`, `<head`, `<body` or an HTML comment (a login page, a proxy's error page).
 */
export function looksLikeHtml(contentType: string | undefined, prefix: string): boolean {
  const type = contentType?.toLowerCase() ?? '';
  if (type.includes('text/html') || type.includes('xhtml')) return true;
  return HTML_START.test(prefix);
}

/** The `unexpected-content-type` error for an HTML body, with a redacted excerpt of its start. */
export function htmlBodyError(contentType: string | undefined, prefix: string, provider: string): RipenError {
  const bodyExcerpt = createBodyExcerpt(prefix, 200);
  return new RipenError(
    'unexpected-content-type',
    `The response is an HTML page${contentType ? ` (${contentType})` : ''}, not a model stream; it was not read.`,
    { bodyExcerpt, provider },
  );
}
