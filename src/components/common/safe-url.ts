/** Protocols allowed by default in links and images. */
export const DEFAULT_ALLOWED_PROTOCOLS: readonly string[] = ['http:', 'https:'];

/** Options for {@link sanitizeUrl}. */
export interface SafeUrlOptions {
  /** Allowed protocols, lower case with the colon (default `['http:', 'https:']`). */
  allowedProtocols?: readonly string[] | undefined;
}

// C0 controls, space, DEL and the invisible characters browsers strip or ignore in URLs.
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this strips.
  /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/g;

/**
 * Returns `url` when it is an absolute URL whose protocol is allowed, else `undefined`.
 * Rejects relative and protocol-relative URLs (`//host`), anything with a backslash, with
 * control or invisible characters, with HTML character references (`&#106;avascript:`, `&colon;`),
 * or with percent-encoded characters before the scheme; so `javascript:`, `vbscript:`, `data:`
 * and their obfuscations (mixed case, embedded tabs/newlines, entities) are all refused.
 * The returned string is the URL parser's normalised form (`new URL(url).href`).
 */
export function sanitizeUrl(url: unknown, options: SafeUrlOptions = {}): string | undefined {
  if (typeof url !== 'string') return undefined;
  const allowed = options.allowedProtocols ?? DEFAULT_ALLOWED_PROTOCOLS;
  const trimmed = url.trim();
  if (trimmed === '' || trimmed.length > 4096) return undefined;
  // Anything a browser or an HTML decoder could rewrite is refused outright.
  if (trimmed.replace(INVISIBLE, '') !== trimmed) return undefined;
  if (/[\\<>"'`]/.test(trimmed) || /&(#|[a-z]+;)/i.test(trimmed)) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed);
  if (!scheme) return undefined; // relative, protocol-relative or encoded scheme
  const protocol = `${scheme[1]!.toLowerCase()}:`;
  if (!allowed.includes(protocol)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (!allowed.includes(parsed.protocol)) return undefined;
  if ((parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname === '') return undefined;
  return parsed.href;
}
