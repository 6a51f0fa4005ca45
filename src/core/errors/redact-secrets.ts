// The one redactor: every message ripen produces (error messages, HTTP status text, body
// excerpts, `cause` messages, network-error messages) passes through `redactSecrets`, which
// `RipenError` applies itself so no path can forget. Each rule below recognises a credential in
// three spellings: plain, URL-encoded (`%3D`, `%22`, `%20` …) and HTML-escaped (`&quot;`,
// `&#61;` …). Rules never match inside ordinary words: a token prefix must follow a non-letter
// (or a `%XX` escape), and a value must be token-shaped.

/** Start of a token: not preceded by a letter or digit, or preceded by a `%XX` escape. */
const START = '(?:(?<=%[0-9A-Fa-f]{2})|(?<![A-Za-z0-9]))';
/** A quote in any of its spellings (plain, backslash-escaped, URL-encoded, HTML-escaped). */
const QUOTE = String.raw`(?:\\?["'\x60]|%22|%27|&quot;|&#0*34;|&#[xX]0*22;|&#0*39;|&#[xX]0*27;|&apos;)`;
/** Blank space in any spelling. */
const SPACE = String.raw`(?:[ \t]|%20|&nbsp;|&#0*32;|&#[xX]0*20;)`;
/** `=` in any spelling. */
const EQUALS = '(?:=|%3[Dd]|&#0*61;|&#[xX]0*3[Dd];|&equals;)';
/** `:` in any spelling. */
const COLON = '(?::|%3[Aa]|&#0*58;|&#[xX]0*3[Aa];|&colon;)';
/** `=` or `:` in any spelling. */
const SEPARATOR = `(?:${EQUALS}|${COLON})`;
/**
 * A secret value after a key: starts with anything but a quote, space, bracket or delimiter
 * (so `[redacted]` is never matched twice), then runs to the next delimiter. A `%XX` escape is
 * part of the value unless it encodes a delimiter (space, quote, `&`, `,`, `;`, `#`, `<`, `>`).
 */
const VALUE = String.raw`(?:[^\s"'\x60&,;<>{}()\[\]\\%#]|%(?!2[0236Cc]|3[BbCcEe]|7[BbDd])[0-9A-Fa-f]{2})(?:[^\s"'\x60&,;<>{}()\[\]\\%#]|%(?!2[0236Cc]|3[BbCcEe]|7[BbDd])[0-9A-Fa-f]{2})*`;
/** Characters of a bearer credential (base64, base64url, JWT) without `=` padding, and URL-encoded bytes. */
const BEARER_CHAR = '(?:[A-Za-z0-9._~+/-]|%(?!3[Dd])[0-9A-Fa-f]{2})';
/** Characters of an opaque token (base64, base64url, hex) and URL-encoded bytes. */
const TOKEN_CHAR = '(?:[A-Za-z0-9._~+/=-]|%[0-9A-Fa-f]{2})';

/**
 * Key names whose value is a credential in any `key: value` / `key=value` / `"key": "value"`
 * form: API keys (OpenAI, Azure `api-key`, Google `x-goog-api-key`, Anthropic `x-api-key`),
 * OAuth and session tokens, client secrets, AWS secret keys and session tokens, Azure API
 * Management `Ocp-Apim-Subscription-Key`, `Authorization`.
 */
const STRONG_KEYS = [
  'ocp-apim-subscription-key',
  'subscription[_-]?key',
  'x-goog-api-key',
  'x-api-key',
  'api[_-]?key',
  'aws[_-]?secret[_-]?access[_-]?key',
  'aws[_-]?session[_-]?token',
  'secret[_-]?access[_-]?key',
  'secret[_-]?key',
  'client[_-]?secret',
  'private[_-]?key',
  'access[_-]?token',
  'refresh[_-]?token',
  'id[_-]?token',
  'auth[_-]?token',
  'session[_-]?token',
  'x-auth-token',
  'authorization',
].join('|');

/** Key names that are a credential only as a URL query parameter or a quoted JSON key. */
const WEAK_KEYS = ['key', 'token', 'secret', 'password', 'passwd', 'pwd', 'sig', 'signature', 'auth'].join('|');

/** `?` or `&` before a query parameter, in any spelling. */
const QUERY_START = '(?:[?&]|&amp;|&#0*38;|&#[xX]0*26;|%3[Ff]|%26)';

interface Rule {
  pattern: RegExp;
  replace: string;
}

/** A rule from a pattern source (built from the parts above) and flags. */
const rule = (source: string, flags: string, replace: string): Rule => ({
  pattern: new RegExp(source, flags),
  replace,
});

/**
 * The rules, applied in order. Key/value rules run first (so `api_key=sk-…` reads
 * `api_key=[redacted]`), then self-identifying tokens, then bearer credentials.
 */

const RULES: readonly Rule[] = [
  // URL user-info: https://user:password@host (also URL-encoded). The scheme starts after a
  // non-scheme character and is at most 32 characters, so long runs of letters cost linear time.
  rule(
    String.raw`((?:(?<=%[0-9A-Fa-f]{2})|(?<![A-Za-z0-9+.-]))[A-Za-z][A-Za-z0-9+.-]{0,31}(?::\/\/|%3[Aa]%2[Ff]%2[Ff]))[^\s/@:?#"'<>%]+(?::|%3[Aa])[^\s/@?#"'<>]+?(?:@|%40)`,
    'g',
    '$1[redacted]@',
  ),
  // key=value (any spelling of `=`), and key: "value" (quoted) — credential-named keys.
  rule(
    `(${START}(?:${STRONG_KEYS})${QUOTE}?${SPACE}*(?:${EQUALS}${SPACE}*${QUOTE}?|${COLON}${SPACE}*${QUOTE}))${VALUE}`,
    'gi',
    '$1[redacted]',
  ),
  // key: value (unquoted, as in an HTTP header) — the value must look like a credential (8+
  // token characters with a digit, or 16+), so "api_key: missing" stays prose; an auth scheme
  // (`Bearer`, `Basic` …) before it is kept.
  rule(
    `(${START}(?:${STRONG_KEYS})${QUOTE}?${SPACE}*${COLON}${SPACE}*(?:(?:Bearer|Basic|Token|Digest|AWS4-HMAC-SHA256)${SPACE}+)?)(?=${TOKEN_CHAR}{8})(?=${TOKEN_CHAR}*[0-9]|${TOKEN_CHAR}{16})${TOKEN_CHAR}+`,
    'gi',
    '$1[redacted]',
  ),
  // Keys that are a credential only when quoted (JSON): "password": "…", "token": "…".
  rule(`(${QUOTE}(?:${WEAK_KEYS})${QUOTE}${SPACE}*${SEPARATOR}${SPACE}*${QUOTE}?)${VALUE}`, 'gi', '$1[redacted]'),
  // Query parameters: ?key=…, &token=…, &amp;api_key=…, %26token%3D…
  rule(`(${QUERY_START}(?:${WEAK_KEYS}|${STRONG_KEYS})(?:=|%3[Dd]|&#0*61;))${VALUE}`, 'gi', '$1[redacted]'),
  // OpenAI sk-…, sk-proj-…, sk-svcacct-…, Anthropic sk-ant-api03-…
  rule(`${START}sk-[A-Za-z0-9_-]{16,}`, 'g', 'sk-[redacted]'),
  // Stripe secret and restricted keys.
  rule(`${START}((?:sk|rk)_(?:live|test)_)[A-Za-z0-9]{8,}`, 'g', '$1[redacted]'),
  // Google API keys.
  rule(`${START}AIza[0-9A-Za-z_-]{16,}`, 'g', 'AIza[redacted]'),
  // GitHub fine-grained and classic tokens.
  rule(`${START}github_pat_[A-Za-z0-9_]{16,}`, 'g', 'github_pat_[redacted]'),
  rule(`${START}(gh[pousr]_)[A-Za-z0-9]{16,}`, 'g', '$1[redacted]'),
  // Hugging Face and Groq.
  rule(`${START}hf_[A-Za-z0-9]{16,}`, 'g', 'hf_[redacted]'),
  rule(`${START}gsk_[A-Za-z0-9]{16,}`, 'g', 'gsk_[redacted]'),
  // Slack bot, user, app, refresh and config tokens.
  rule(`${START}(xox[abposre]-)[A-Za-z0-9-]{8,}`, 'g', '$1[redacted]'),
  // AWS access key ids (long-term AKIA…, temporary ASIA…).
  rule(`${START}(?:AKIA|ASIA|ABIA|ACCA|AIDA|AROA)[A-Z0-9]{16}(?![A-Za-z0-9])`, 'g', '[redacted-aws-key]'),
  // JSON Web Tokens: base64url header.payload.signature, header and payload both `{"…`.
  rule(String.raw`${START}eyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*`, 'g', '[redacted-jwt]'),
  // Authorization schemes followed by a token-shaped credential: 8+ characters with a digit,
  // a `.` `~` `+` `/` between letters (JWT, base64) or 20+ characters; `=` only as base64
  // padding — so "Bearer tokens." and "Bearer page=2" stay prose.
  rule(
    `(${START}(?:Bearer|Basic)${SPACE}+)(?=${BEARER_CHAR}{8})(?=${BEARER_CHAR}*[0-9]|[A-Za-z0-9_-]+[.~+/][A-Za-z0-9]|${BEARER_CHAR}{20})${BEARER_CHAR}+(?:=|%3[Dd])*`,
    'gi',
    '$1[redacted]',
  ),
];

/**
 * Removes credentials from a text before ripen shows, logs or reports it. Applied by
 * `RipenError` to its message, `bodyExcerpt` and `cause` messages, so every error ripen raises
 * is already clean; call it for any other text taken from a response.
 *
 * Recognised, in plain, URL-encoded and HTML-escaped spellings:
 * - OpenAI `sk-…` / `sk-proj-…`, Anthropic `sk-ant-…` → `sk-[redacted]`;
 * - Stripe `sk_live_` / `sk_test_` / `rk_live_` / `rk_test_`, Google `AIza…`, GitHub `ghp_` /
 *   `gho_` / `ghu_` / `ghs_` / `ghr_` / `github_pat_`, Hugging Face `hf_`, Groq `gsk_`, Slack
 *   `xoxb-` / `xoxp-` / `xoxa-` … (prefix kept, rest `[redacted]`);
 * - AWS access key ids `AKIA…` / `ASIA…` → `[redacted-aws-key]`; JSON Web Tokens →
 *   `[redacted-jwt]`;
 * - `Bearer …` / `Basic …` / `Token …` credentials;
 * - values of credential keys in `key: value`, `key=value` and `"key": "value"` form:
 *   `x-api-key`, `api_key` / `api-key` / `apikey`, `x-goog-api-key`, `Authorization`,
 *   `aws_secret_access_key`, `aws_session_token`, `Ocp-Apim-Subscription-Key`,
 *   `client_secret`, `access_token`, `refresh_token` and similar;
 * - `"password"`, `"token"`, `"secret"`, `"key"` values when the key is quoted (JSON);
 * - URL query parameters `?key=`, `&token=`, `&api_key=`, `&password=`, `&sig=` …;
 * - URL user-info `https://user:password@host` → `https://[redacted]@host`.
 *
 * Idempotent (`redactSecrets(redactSecrets(x)) === redactSecrets(x)`) and leaves text without
 * credentials unchanged.
 *
 * @param text - any text (an error message, an HTTP status text, a response body)
 * @returns the text with each credential replaced by a `[redacted]` marker
 */
export function redactSecrets(text: string): string {
  let result = text;
  for (const rule of RULES) result = result.replace(rule.pattern, rule.replace);
  return result;
}

/**
 * A short, redacted excerpt of a response body for error messages: secrets removed (see
 * {@link redactSecrets}), whitespace runs collapsed, at most `limit` characters (default 500,
 * an ellipsis marks a cut). The whole text is redacted before it is cut, so a credential that
 * straddles the cut is never half-shown.
 */
export function createBodyExcerpt(text: string, limit = 500): string {
  const clean = redactSecrets(text).replace(/\s+/g, ' ').trim();
  return clean.length <= limit ? clean : `${clean.slice(0, limit - 1)}…`;
}

/**
 * A copy of `cause` safe to attach to an error: a string is redacted; an `Error` whose message,
 * stack or string fields hold a credential is replaced by a copy (same prototype, so `instanceof`
 * still holds) with those redacted, its own `cause` chain handled the same way (up to 8 levels).
 * Anything else, and an error with nothing to redact, is returned as it is.
 *
 * @param cause - the underlying error passed as `RipenError`'s `cause`
 */
export function redactCause(cause: unknown): unknown {
  return redactCauseAt(cause, 0);
}

function redactCauseAt(cause: unknown, depth: number): unknown {
  if (typeof cause === 'string') return redactSecrets(cause);
  if (!(cause instanceof Error) || depth >= 8) return cause;
  const fields: Record<string, unknown> = {};
  let changed = false;
  for (const key of Object.getOwnPropertyNames(cause)) {
    // V8 may define `stack` as an own accessor; read every field through the object.
    const original: unknown = (cause as unknown as Record<string, unknown>)[key];
    const clean = key === 'cause' ? redactCauseAt(original, depth + 1) : redactValue(original);
    if (clean !== original) changed = true;
    fields[key] = clean;
  }
  if (!changed) return cause;
  const copy = Object.create(Object.getPrototypeOf(cause) as object) as Error;
  for (const key of Object.getOwnPropertyNames(cause)) {
    const enumerable = Object.getOwnPropertyDescriptor(cause, key)?.enumerable ?? false;
    Object.defineProperty(copy, key, { value: fields[key], enumerable, writable: true, configurable: true });
  }
  return copy;
}

function redactValue(value: unknown): unknown {
  return typeof value === 'string' ? redactSecrets(value) : value;
}
