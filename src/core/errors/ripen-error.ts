import { redactCause, redactSecrets } from './redact-secrets.js';

/**
 * Stable machine-readable error codes raised by ripen. Codes never change meaning once released;
 * match on `error.code`, never on `error.message`.
 *
 * - Parser: `unexpected-token`, `unexpected-end`, `invalid-number`, `invalid-escape`,
 *   `lone-surrogate`, `depth-limit`, `size-limit`, `string-limit`, `truncated`.
 * - Transport: `http-error`, `network-error`, `provider-error`, `sse-truncated`, `aborted`,
 *   `refusal`, `unknown-provider`.
 * - Schema / validation: `validation-failed`, `schema-error`.
 * - Misuse and callbacks: `invalid-option` (an option of a create call has the wrong type or
 *   value; thrown at creation), `callback-error` (a user callback threw; reported through
 *   `onError`), `internal-error` (a bug inside ripen; the original error in `cause`).
 * - End states: `idle-timeout` (nothing arrived for `idleTimeout` ms), `content-filter` /
 *   `refusal` (a safety stop), `not-json` (the answer carried no JSON value),
 *   `unexpected-content-type` (an HTML page or other non-stream body).
 */
export type RipenErrorCode =
  | 'unexpected-token'
  | 'unexpected-end'
  | 'invalid-number'
  | 'invalid-escape'
  | 'lone-surrogate'
  | 'depth-limit'
  | 'size-limit'
  | 'string-limit'
  | 'truncated'
  | 'http-error'
  | 'network-error'
  | 'provider-error'
  | 'sse-truncated'
  | 'aborted'
  | 'refusal'
  | 'content-filter'
  | 'idle-timeout'
  | 'unexpected-content-type'
  | 'not-json'
  | 'unknown-provider'
  | 'validation-failed'
  | 'schema-error'
  | 'invalid-option'
  | 'callback-error'
  | 'internal-error';

/** Context fields attached to a {@link RipenError}; all optional. */
export interface RipenErrorDetails {
  /** Offset in characters (UTF-16 code units) into the JSON text where the problem was found. */
  offset?: number;
  /** RFC 6901 JSON Pointer of the node where the problem was found (`""` is the root). */
  pointer?: string;
  /** HTTP status for `http-error`. */
  status?: number;
  /** Provider name for transport errors (`openai-chat`, `anthropic`, ...). */
  provider?: string;
  /** Provider's own error type, e.g. Anthropic `overloaded_error`. */
  providerType?: string;
  /** A short excerpt of a response body (at most 500 characters, secrets redacted). */
  bodyExcerpt?: string;
  /** The underlying error. */
  cause?: unknown;
}

/**
 * Base class of every error ripen raises or reports. Carries a stable {@link RipenErrorCode}
 * plus context ({@link RipenErrorDetails}). Recoverable problems are *reported* (in snapshots,
 * stream state or `onError`) rather than thrown; misuse of an option throws code
 * `invalid-option` from the create call.
 *
 * Secrets never leave through an error: the constructor passes `message` and `bodyExcerpt`
 * through `redactSecrets` and replaces a `cause` whose message holds a credential by a redacted
 * copy (see `redactCause`), so no code path can forget.
 */
export class RipenError extends Error {
  /** Stable machine-readable code. */
  readonly code: RipenErrorCode;
  /** Offset in characters into the JSON text, when the error comes from the parser. */
  readonly offset: number | undefined;
  /** RFC 6901 JSON Pointer of the node concerned, when known. */
  readonly pointer: string | undefined;
  /** HTTP status, for `http-error`. */
  readonly status: number | undefined;
  /** Provider dialect name, for transport errors. */
  readonly provider: string | undefined;
  /** Provider's own error type string, for `provider-error`. */
  readonly providerType: string | undefined;
  /** Short redacted excerpt of a response body. */
  readonly bodyExcerpt: string | undefined;

  /**
   * @param code - stable code, see {@link RipenErrorCode}
   * @param message - human-readable explanation (may change between versions)
   * @param details - context fields; `cause` is passed to the standard `Error` cause
   */
  constructor(code: RipenErrorCode, message: string, details: RipenErrorDetails = {}) {
    super(
      redactSecrets(String(message)),
      details.cause === undefined ? undefined : { cause: redactCause(details.cause) },
    );
    this.name = 'RipenError';
    this.code = code;
    this.offset = details.offset;
    this.pointer = details.pointer;
    this.status = details.status;
    this.provider = details.provider;
    this.providerType = details.providerType;
    this.bodyExcerpt = details.bodyExcerpt === undefined ? undefined : redactSecrets(details.bodyExcerpt);
  }
}

/**
 * Type guard: is `value` a {@link RipenError} (also across bundle copies, by duck typing on
 * `name` and `code`)?
 */
export function isRipenError(value: unknown): value is RipenError {
  return (
    value instanceof RipenError ||
    (typeof value === 'object' &&
      value !== null &&
      (value as { name?: unknown }).name === 'RipenError' &&
      typeof (value as { code?: unknown }).code === 'string')
  );
}

/** The message of a thrown value, for error messages: `message` of an `Error`, else `String(value)`. */
export const messageOf = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause));
