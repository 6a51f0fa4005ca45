import { checkTransportOptions } from './check-transport-options.js';
import { createDialectRunner } from './create-dialect-runner.js';
import type { RunnerItem } from './create-dialect-runner.js';
import { htmlBodyError, looksLikeHtml } from './html-body.js';
import { createOpener } from './open-with-retry.js';
import { cancelSource, isRepeatableSource } from './open-source.js';
import type { OpenedSource, StreamSource } from './open-source.js';
import { resolveResume, resolveRetry } from './backoff.js';
import type { ResumeOptions, RetryOptions } from './backoff.js';
import { sleep } from './sleep.js';
import { RipenError, isRipenError, messageOf } from '../errors/ripen-error.js';
import type { ProviderDialect } from '../providers/dialect.js';
import { isBuiltInDialect } from '../providers/built-in-dialect.js';
import { loadDialect, loadDialectDetection } from '../providers/load-dialect.js';
import { checkProviderName } from '../providers/provider-names.js';
import type { ProviderOption } from '../providers/provider-dialects.js';
import type { ProviderEvent } from '../providers/types.js';
import type { FrameDecoder, FrameDecoderCallbacks, Framing } from '../sse/create-frame-decoder.js';
import { DEFAULT_MAX_BUFFER_SIZE, createSseParser } from '../sse/create-sse-parser.js';
import { decodeText } from '../sse/decode-text.js';
import { createAbortError } from '../sse/read-chunks.js';
import { SseTruncatedError } from '../sse/sse-truncated-error.js';

/** Options of {@link readProviderEvents}. */
export interface ReadProviderEventsOptions {
  /** Where the stream comes from; see {@link StreamSource}. */
  source: StreamSource;
  /** Request options for a URL source (method, headers, body, credentials…). */
  init?: RequestInit;
  /**
   * The dialect: a built-in name, a {@link ProviderDialect}, or a function (custom dialect).
   * When omitted it is detected from the first records (`detectProvider`), falling back to `text`.
   */
  provider?: ProviderOption;
  /** Cancels the request and the body reader; the iterator then rejects with code `aborted`. */
  signal?: AbortSignal;
  /** `fetch` implementation for URL sources. Default: the global `fetch`. */
  fetch?: typeof fetch;
  /**
   * Opt-in retry with exponential backoff, **only for failures before the first byte** of the
   * body (network error, or a retryable HTTP status such as 429/5xx; `Retry-After` honoured).
   * Never re-sends a request once the body started. Needs a URL or function source. Default off.
   */
  retry?: boolean | RetryOptions;
  /**
   * Opt-in reconnection for servers that support `Last-Event-ID` (SSE with `id:` fields): when
   * the body fails or ends without the provider's end marker after an event id was seen, the
   * request is sent again with `Last-Event-ID` and the dialect state is kept, so deltas continue;
   * events whose id was already seen are dropped (no duplicates). Needs a URL or function source.
   * Default off.
   */
  resume?: boolean | ResumeOptions;
  /**
   * Largest single SSE event, JSON-array element or line, and largest run of non-SSE lines
   * between events, in characters. Default 16 MiB. Past it the iterator rejects with
   * `RipenError` code `size-limit` (and the body is cancelled).
   */
  maxBufferSize?: number;
  /**
   * Called for each record read (SSE event, JSON-array element, line, text chunk), except SSE
   * comments and `ping` events: the activity `idleTimeout` watches.
   */
  onActivity?: () => void;
}

const SNIFF_LIMIT = 65_536;

/** Framing detection and the non-SSE framings, loaded only for a body that may not be SSE. */
const loadFramingDetection = () => import('./detect-framing.js');

/** Does `dialect` read SSE only (its `framing` absent, `'sse'` or `['sse']`)? Then nothing is sniffed. */
const readsSseOnly = (dialect: ProviderDialect | undefined): boolean => {
  const framing = dialect?.framing;
  return (
    dialect !== undefined &&
    (framing === undefined ||
      framing === 'sse' ||
      (Array.isArray(framing) && framing.length === 1 && framing[0] === 'sse'))
  );
};
/** Characters seen before deciding whether a body is an HTML page. */
const HTML_SNIFF = 32;

/**
 * The whole transport pipeline: opens the source, decodes UTF-8, frames the body (SSE, JSON
 * array, lines or plain text), applies the provider dialect and yields normalised
 * {@link ProviderEvent}s.
 *
 * End of stream, as the consumer sees it:
 * - the provider's end marker (`[DONE]`, `message_stop`, `response.completed`, Gemini's last
 *   chunk with a `finishReason`, v4 `d:`, the clean end of a plain-text body) yields
 *   `{ type: 'end' }`; reading goes on until the body closes (one body may hold several
 *   responses, e.g. an agent loop replayed as one stream); to stop early, `break` out of the
 *   loop or abort (the body is then cancelled);
 * - a body that simply stops without one yields **no** `end`: the consumer treats that as
 *   truncated;
 * - a body that stops inside an SSE event (data lines without the closing blank line), inside
 *   a JSON-array element or a line yields a final `{ type: 'error' }` whose error is an
 *   `SseTruncatedError` (code `sse-truncated`, unfinished data in `pending`);
 * - once an `end` was yielded the response is complete: an unfinished trailing event or a
 *   connection failure after it is not reported;
 * - provider-reported errors (`event: error`, `response.failed`, an `error` member, a raw JSON
 *   error body after the events) are yielded as `{ type: 'error' }` with code `provider-error`
 *   (and `providerType`), and reading goes on.
 *
 * Thrown (the iterator rejects with a `RipenError`): `invalid-option` (an option of the wrong
 * type or value: thrown by the call itself, before anything is sent), `http-error` (non-2xx; `status`, redacted
 * `bodyExcerpt`), `network-error` (fetch failed, or the body broke mid-stream and no resume
 * applied), `unexpected-content-type` (an HTML page: not read, redacted excerpt), `aborted`
 * (`signal` aborted: the fetch and the body are cancelled, the abort listeners and timers
 * removed), `unknown-provider` (unknown `provider` name), `size-limit` (one event, or a run of
 * stray lines, larger than `maxBufferSize`), `callback-error` (a custom dialect's
 * `createDecoder()` threw; a throw on one event is yielded as an `error` event instead),
 * `internal-error` (a bug in a built-in dialect).
 *
 * No request is ever sent twice unless `retry` (before the first byte) or `resume`
 * (`Last-Event-ID`) is enabled.
 *
 * @param options - see {@link ReadProviderEventsOptions}
 */
export function readProviderEvents(options: ReadProviderEventsOptions): AsyncGenerator<ProviderEvent, void, undefined> {
  checkTransportOptions(options);
  if (typeof options.provider === 'string') checkProviderName(options.provider);
  return providerEvents(options);
}

async function* providerEvents(options: ReadProviderEventsOptions): AsyncGenerator<ProviderEvent, void, undefined> {
  const { source, signal } = options;
  const retry = resolveRetry(options.retry);
  const resume = resolveResume(options.resume);
  const repeatable = isRepeatableSource(source);
  const maxBufferSize = options.maxBufferSize ?? DEFAULT_MAX_BUFFER_SIZE;
  const open = createOpener({ source, init: options.init, fetch: options.fetch, signal, retry, repeatable });
  // Until the body is opened, an abort cancels a one-shot body at once (no reader holds it yet).
  const cancelEarly = (): void => cancelSource(source, signal?.reason);
  signal?.addEventListener('abort', cancelEarly, { once: true });
  let dialect: ProviderDialect | undefined;
  let detection: Awaited<ReturnType<typeof loadDialectDetection>> | undefined;
  let opened: OpenedSource;
  let framingDetection: Awaited<ReturnType<typeof loadFramingDetection>> | undefined;
  try {
    // The request is made while the dialect registry (names, detection) and the other framings
    // load on demand: neither waits for the other. A dialect object needs nothing more.
    const opening = open(undefined);
    opening.catch(() => undefined);
    let loading: Promise<Awaited<ReturnType<typeof loadFramingDetection>>> | undefined;
    try {
      dialect = options.provider === undefined ? undefined : await loadDialect(options.provider);
      detection = dialect === undefined ? await loadDialectDetection() : undefined;
      loading = readsSseOnly(dialect) ? undefined : loadFramingDetection();
      loading?.catch(() => undefined);
    } catch (cause) {
      // The body is cancelled once the request settles (a failed request has none).
      void opening.then(
        (opened) => cancelSource(opened.body, cause),
        () => undefined,
      );
      if (signal?.aborted) throw createAbortError(signal);
      throw isRipenError(cause)
        ? cause
        : new RipenError('internal-error', `ripen could not load its dialects: ${messageOf(cause)}`, { cause });
    }
    opened = await opening;
    try {
      framingDetection = await loading;
    } catch (cause) {
      cancelSource(opened.body, cause);
      throw new RipenError('internal-error', `ripen could not load its framing detection: ${messageOf(cause)}`, {
        cause,
      });
    }
  } finally {
    signal?.removeEventListener('abort', cancelEarly);
  }
  const runner = createDialectRunner({
    dialect,
    ...(detection === undefined ? {} : { detect: detection.detect, fallback: detection.fallback }),
    builtIn: isBuiltInDialect,
    dedupeIds: resume !== undefined,
    maxBufferSize,
  });
  let framing: Framing | undefined = framingDetection ? undefined : 'sse';
  let lastEventId: string | undefined;
  let ended = false;
  let resumes = 0;

  for (;;) {
    const items: RunnerItem[] = [];
    let frame: FrameDecoder | undefined;
    let sniffBuffer = '';
    let checkedHtml = false;
    const createFrame = (selected: Framing): FrameDecoder => {
      const callbacks: FrameDecoderCallbacks = {
        maxBufferSize,
        onEvent: (event) => {
          items.push({ kind: 'event', event });
          if (event.event !== 'ping') options.onActivity?.();
        },
        onInvalidField: (field) => {
          if (field.type === 'unknown-field') items.push({ kind: 'stray', line: field.line });
        },
      };
      // `framingDetection` is loaded whenever the framing was not SSE from the start.
      return selected === 'sse' || !framingDetection
        ? { framing: 'sse', ...createSseParser(callbacks) }
        : framingDetection.createFrameDecoder(selected, callbacks);
    };
    const drain = (final: boolean): ProviderEvent[] =>
      runner.run(items.splice(0, items.length), framing ?? 'sse', final);

    let failure: unknown;
    try {
      for await (const text of decodeText(opened.body, signal)) {
        let chunk = text;
        if (!frame) {
          sniffBuffer += text;
          if (!checkedHtml) {
            // An HTML page starts with `<` (after a BOM and spaces): any other first character
            // decides at once, so the first bytes of model output are not held back.
            const head = sniffBuffer.trimStart();
            if (head.length === 0 || (head.charCodeAt(0) === 0x3c && head.length < HTML_SNIFF)) {
              if (!looksLikeHtml(opened.contentType, sniffBuffer)) continue;
            }
            checkedHtml = true;
            if (looksLikeHtml(opened.contentType, sniffBuffer))
              throw htmlBodyError(opened.contentType, sniffBuffer, runner.name());
          }
          const selected: Framing | undefined =
            framing ??
            framingDetection?.chooseFraming(
              dialect,
              sniffBuffer,
              opened.contentType,
              sniffBuffer.length > Math.min(SNIFF_LIMIT, maxBufferSize),
            );
          if (selected === undefined) continue;
          framing = selected;
          frame = createFrame(selected);
          chunk = sniffBuffer;
          sniffBuffer = '';
        }
        frame.push(chunk);
        for (const event of drain(false)) {
          if (event.type === 'end') ended = true;
          yield event;
        }
      }
    } catch (error) {
      if (signal?.aborted) throw createAbortError(signal);
      // Limits, HTML pages and dialect failures end the stream at once (the body is already cancelled).
      if (!isRipenError(error) || error.code !== 'network-error') throw error;
      failure = error;
    }

    if (failure === undefined) {
      if (!frame) {
        if (!checkedHtml && looksLikeHtml(opened.contentType, sniffBuffer))
          throw htmlBodyError(opened.contentType, sniffBuffer, runner.name());
        framing ??= framingDetection?.chooseFraming(dialect, sniffBuffer, opened.contentType, true) ?? 'text';
        frame = createFrame(framing);
        frame.push(sniffBuffer);
      }
      const pending = frame.end();
      lastEventId = frame.lastEventId() ?? lastEventId;
      const finalEvents = drain(true);
      if (!pending) finalEvents.push(...runner.end());
      for (const event of finalEvents) {
        if (event.type === 'end') ended = true;
        yield event;
      }
      if (ended) return;
      if (!canResume()) {
        if (pending) yield { type: 'error', error: new SseTruncatedError(pending, runner.name()) };
        return;
      }
    } else {
      lastEventId = frame?.lastEventId() ?? lastEventId;
      // Events complete before the failure still count.
      for (const event of drain(true)) {
        if (event.type === 'end') ended = true;
        yield event;
      }
      // After the provider's end marker the response is complete: a late failure is not an error.
      if (ended) return;
      if (!canResume()) throw failure;
    }
    resumes++;
    await sleep(runner.serverRetry() ?? resume?.delay ?? 0, signal);
    opened = await open(lastEventId);
  }

  function canResume(): boolean {
    // An empty last event ID means "no id": the spec sends no Last-Event-ID then; nothing to resume from.
    return (
      resume !== undefined && repeatable && lastEventId !== undefined && lastEventId !== '' && resumes < resume.attempts
    );
  }
}
