import { RipenError, isRipenError } from '../errors/ripen-error.js';
import { detectProvider } from '../providers/detect-provider.js';
import type { DialectDecoder, ProviderDialect } from '../providers/dialect.js';
import { parseStrayError } from '../providers/dialect-helpers.js';
import { providerDialects, resolveDialect } from '../providers/provider-dialects.js';
import type { ProviderOption } from '../providers/provider-dialects.js';
import type { ProviderEvent } from '../providers/types.js';
import { createFrameDecoder, sniffFraming } from '../sse/create-frame-decoder.js';
import type { FrameDecoder, Framing } from '../sse/create-frame-decoder.js';
import { decodeText } from '../sse/decode-text.js';
import { createAbortError } from '../sse/read-chunks.js';
import type { SseEvent } from '../sse/sse-event.js';
import { SseTruncatedError } from '../sse/sse-truncated-error.js';
import { backoffDelay, resolveResume, resolveRetry } from './backoff.js';
import type { ResumeOptions, RetryOptions } from './backoff.js';
import { getRetryAfter, isRepeatableSource, openSource } from './open-source.js';
import type { OpenedSource, StreamSource } from './open-source.js';
import { sleep } from './sleep.js';

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
   * Largest single SSE event, JSON-array element or line, in characters. Default 16 MiB.
   * Past it the iterator rejects with `RipenError` code `size-limit`.
   */
  maxBufferSize?: number;
}

const DETECTION_LIMIT = 8;
const SNIFF_LIMIT = 65_536;

type QueueItem = { kind: 'event'; event: SseEvent } | { kind: 'stray'; line: string };

function chooseFraming(
  dialect: ProviderDialect | undefined,
  prefix: string,
  contentType: string | undefined,
  final: boolean,
): Framing | undefined {
  const allowed: readonly Framing[] | undefined =
    dialect === undefined
      ? undefined
      : typeof dialect.framing === 'string'
        ? [dialect.framing]
        : (dialect.framing ?? ['sse']);
  if (allowed && allowed.length === 1) return allowed[0];
  const sniffed = sniffFraming(prefix, contentType, final);
  if (sniffed === undefined || !allowed) return sniffed;
  return allowed.includes(sniffed) ? sniffed : allowed[allowed.length - 1];
}

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
 * Thrown (the iterator rejects with a `RipenError`): `http-error` (non-2xx; `status`, redacted
 * `bodyExcerpt`), `network-error` (fetch failed, or the body broke mid-stream and no resume
 * applied), `aborted` (`signal` aborted: the fetch and the reader are cancelled, the abort
 * listeners and timers removed), `unknown-provider` (bad `provider` option), `size-limit` (one
 * event larger than `maxBufferSize`).
 *
 * No request is ever sent twice unless `retry` (before the first byte) or `resume`
 * (`Last-Event-ID`) is enabled.
 *
 * @param options - see {@link ReadProviderEventsOptions}
 */
export async function* readProviderEvents(
  options: ReadProviderEventsOptions,
): AsyncGenerator<ProviderEvent, void, undefined> {
  const { source, signal } = options;
  let dialect = options.provider === undefined ? undefined : resolveDialect(options.provider);
  const retry = resolveRetry(options.retry);
  const resume = resolveResume(options.resume);
  const repeatable = isRepeatableSource(source);
  let decoder: DialectDecoder | undefined;
  let framing: Framing | undefined;
  let attempt = 0;
  let lastEventId: string | undefined;
  let serverRetry: number | undefined;
  const seenIds = new Set<string>();
  let ended = false;
  let resumes = 0;

  const open = async (resumeId: string | undefined): Promise<OpenedSource> => {
    for (let retryIndex = 0; ; retryIndex++) {
      try {
        const opened = await openSource(source, {
          ...(options.init === undefined ? {} : { init: options.init }),
          ...(signal === undefined ? {} : { signal }),
          ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
          ...(resumeId === undefined ? {} : { lastEventId: resumeId }),
          attempt: attempt++,
        });
        return opened;
      } catch (error) {
        const canRetry =
          retry !== undefined &&
          repeatable &&
          retryIndex < retry.attempts &&
          isRipenError(error) &&
          (error.code === 'network-error' ||
            (error.code === 'http-error' && error.status !== undefined && retry.statuses.includes(error.status)));
        if (!canRetry) throw error;
        await sleep(backoffDelay(retry, retryIndex, getRetryAfter(error as RipenError)), signal);
      }
    }
  };

  const name = (): string => dialect?.name ?? 'unknown';

  // Consecutive non-SSE lines, kept across chunks until an event or the end of the body.
  let stray: string[] = [];
  /** Feeds records to the dialect; returns the produced events. `final` flushes stray lines. */
  const run = (items: QueueItem[], final: boolean): ProviderEvent[] => {
    const out: ProviderEvent[] = [];
    const flushStray = (): void => {
      if (stray.length === 0 || !decoder) return;
      const text = stray.join('\n');
      stray = [];
      out.push(...(decoder.stray ? decoder.stray(text) : parseStrayError(name(), text)));
    };
    for (const item of items) {
      if (item.kind === 'stray') {
        stray.push(item.line);
        continue;
      }
      flushStray();
      const { event } = item;
      if (resume !== undefined && event.id !== undefined) {
        if (seenIds.has(event.id)) continue;
        seenIds.add(event.id);
      }
      if (event.retry !== undefined) serverRetry = event.retry;
      try {
        out.push(...(decoder as DialectDecoder).push(event));
      } catch (error) {
        out.push({
          type: 'error',
          error: isRipenError(error)
            ? error
            : new RipenError('provider-error', `The ${name()} dialect failed on an event.`, {
                provider: name(),
                cause: error,
              }),
        });
      }
    }
    if (final) flushStray();
    return out;
  };

  let opened = await open(undefined);
  for (;;) {
    const items: QueueItem[] = [];
    let frame: FrameDecoder | undefined;
    let sniffBuffer = '';
    const detectBuffer: QueueItem[] = [];
    const createFrame = (selected: Framing): FrameDecoder =>
      createFrameDecoder(selected, {
        ...(options.maxBufferSize === undefined ? {} : { maxBufferSize: options.maxBufferSize }),
        onEvent: (event) => items.push({ kind: 'event', event }),
        onInvalidField: (field) => {
          if (field.type === 'unknown-field') items.push({ kind: 'stray', line: field.line });
        },
      });
    /** Detects the dialect when needed, then runs the queued items through it. */
    const drain = (final: boolean): ProviderEvent[] => {
      const batch = items.splice(0, items.length);
      if (!decoder) {
        detectBuffer.push(...batch);
        if (!dialect) {
          const events = detectBuffer.flatMap((item) => (item.kind === 'event' ? [item.event] : []));
          const detected = detectProvider(events, framing);
          if (detected === undefined && !final && events.length < DETECTION_LIMIT) return [];
          dialect = providerDialects[detected ?? 'text'];
        }
        decoder = dialect.createDecoder({ framing: framing ?? 'sse' });
        return run(detectBuffer.splice(0, detectBuffer.length), final);
      }
      return run(batch, final);
    };

    let failure: unknown;
    try {
      for await (const text of decodeText(opened.body, signal)) {
        let chunk = text;
        if (!frame) {
          sniffBuffer += text;
          const selected =
            framing ?? chooseFraming(dialect, sniffBuffer, opened.contentType, sniffBuffer.length > SNIFF_LIMIT);
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
      failure = error;
    }

    if (failure === undefined) {
      if (!frame) {
        framing ??= chooseFraming(dialect, sniffBuffer, opened.contentType, true) ?? 'text';
        frame = createFrame(framing);
        frame.push(sniffBuffer);
      }
      const pending = frame.end();
      lastEventId = frame.lastEventId() ?? lastEventId;
      const finalEvents = drain(true);
      if (!pending && decoder?.end) finalEvents.push(...decoder.end());
      for (const event of finalEvents) {
        if (event.type === 'end') ended = true;
        yield event;
      }
      if (ended) return;
      if (!canResume()) {
        if (pending) yield { type: 'error', error: new SseTruncatedError(pending, name()) };
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
      if (!canResume() || !isRipenError(failure) || failure.code !== 'network-error') throw failure;
    }
    resumes++;
    await sleep(serverRetry ?? resume?.delay ?? 0, signal);
    opened = await open(lastEventId);
  }

  function canResume(): boolean {
    // An empty last event ID means "no id": the spec sends no Last-Event-ID then; nothing to resume from.
    return (
      resume !== undefined && repeatable && lastEventId !== undefined && lastEventId !== '' && resumes < resume.attempts
    );
  }
}
