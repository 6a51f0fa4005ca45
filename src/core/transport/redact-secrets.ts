const SECRET_PATTERNS: readonly [RegExp, string][] = [
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, '$1 [redacted]'],
  [/\bsk-[A-Za-z0-9_-]{6,}/g, 'sk-[redacted]'],
  [/\bAIza[0-9A-Za-z_-]{16,}/g, 'AIza[redacted]'],
  [/\b(gh[pousr]_)[A-Za-z0-9]{10,}/g, '$1[redacted]'],
  [/\b(xox[abpr]-)[A-Za-z0-9-]{6,}/g, '$1[redacted]'],
  [
    /(\b(?:api[_-]?key|x-api-key|x-goog-api-key|access[_-]?token|auth[_-]?token|token|secret|password|authorization)["']?\s*[:=]\s*["']?)([^"'\s&,;}]+)/gi,
    '$1[redacted]',
  ],
  [/([?&](?:key|api_key|apikey|token|access_token)=)[^&#\s"']+/gi, '$1[redacted]'],
];

/**
 * Removes credentials from a text before it is shown or logged: `Bearer …` / `Basic …` tokens,
 * `sk-…` keys (OpenAI, Anthropic `sk-ant-…`), Google `AIza…` keys, GitHub and Slack tokens,
 * `api_key=`, `"apiKey": "…"`, `token`, `secret`, `password` values, and `?key=` URL parameters.
 *
 * @param text - any text (e.g. an HTTP error body)
 * @returns the text with each secret replaced by `[redacted]`
 */
export function redactSecrets(text: string): string {
  let result = text;
  for (const [pattern, replacement] of SECRET_PATTERNS) result = result.replace(pattern, replacement);
  return result;
}

/**
 * A short, redacted excerpt of a response body for error messages: secrets removed (see
 * {@link redactSecrets}), whitespace runs collapsed, at most `limit` characters (default 500,
 * an ellipsis marks a cut).
 */
export function createBodyExcerpt(text: string, limit = 500): string {
  const clean = redactSecrets(text).replace(/\s+/g, ' ').trim();
  return clean.length <= limit ? clean : `${clean.slice(0, limit - 1)}…`;
}
