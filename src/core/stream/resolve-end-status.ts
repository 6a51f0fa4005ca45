import { RipenError } from '../errors/ripen-error.js';
import type { JsonSnapshot } from '../json/types.js';
import type { FinishReason } from '../providers/types.js';
import type { StreamStatus } from './types.js';

/** What {@link resolveEndStatus} decides from. */
export interface EndStatusInput {
  /** The provider's end marker was seen. */
  sawEnd: boolean;
  /** The first provider-reported error (`provider-error`, `sse-truncated`, `callback-error` …). */
  providerError: RipenError | undefined;
  /** Refusal text the model sent (OpenAI `refusal` deltas). */
  refusal: string;
  /** Finish reason of choice 0. */
  finishReason: FinishReason | undefined;
  /** Final snapshot of the selected part, when one was selected. */
  selected: JsonSnapshot | undefined;
  /** When nothing was selected: the first fatal parse error among the candidate parts. */
  candidateError: RipenError | undefined;
  /** Raw text of the content answer (for the `not-json` message). */
  text: string;
  /** Dialect name, for errors. */
  provider: string;
  /**
   * When an explicit `select` matched no part although some part carried JSON: the selector
   * and the parts seen, for the `not-json` message (e.g. `{"tool":"x"}`; parts tool/0
   * get_weather).
   */
  unmatched?: { selector: string; parts: string };
}

/** The end status and the error reported with it. */
export interface EndStatus {
  status: Exclude<StreamStatus, 'idle' | 'connecting' | 'streaming' | 'aborted'>;
  error: RipenError | undefined;
}

/**
 * Decides how a stream that was read to its end ends, in this order (first match wins):
 * 1. a provider error → `error` with it (`sse-truncated` is a truncation, see 6);
 * 2. a safety stop → `error` code `refusal` (refusal text, or finish reason `refusal`: Anthropic
 *    `stop_reason: refusal`, OpenAI `refusal` deltas) or `content-filter` (OpenAI
 *    `content_filter`, Gemini `SAFETY` / `PROHIBITED_CONTENT` / prompt `blockReason`…);
 * 3. a fatal parse error or limit of the selected part → `error` with it;
 * 4. nothing selected but a candidate part hit a fatal error before any value → `error` with
 *    that error's own code (`unexpected-token`, `depth-limit` …);
 * 5. finish reason `length` (max tokens) → `truncated`;
 * 6. no end marker, or a body cut inside an event → `truncated` (`truncated` / `sse-truncated`);
 * 7. nothing selected → `error` code `not-json` (the text stays in `state.text`; when an
 *    explicit `select` matched none of the parts that carried JSON, the message names the
 *    selector and the parts seen);
 * 8. the selected JSON unfinished → `truncated`;
 * 9. otherwise `complete`.
 * Pure: no I/O, no state.
 */
export function resolveEndStatus(input: EndStatusInput): EndStatus {
  const { providerError, selected, finishReason } = input;
  const cutMidEvent = providerError?.code === 'sse-truncated' ? providerError : undefined;
  if (providerError && !cutMidEvent) return { status: 'error', error: providerError };
  if (input.refusal || finishReason === 'refusal') {
    const reason = input.refusal ? `: ${input.refusal.slice(0, 500)}` : ' (stop reason "refusal").';
    return {
      status: 'error',
      error: new RipenError('refusal', `The model refused${reason}`, { provider: input.provider }),
    };
  }
  if (finishReason === 'content-filter') {
    return {
      status: 'error',
      error: new RipenError(
        'content-filter',
        'The provider\'s safety filter stopped the answer (finish reason "content-filter"); the value so far is kept.',
        { provider: input.provider },
      ),
    };
  }
  if (selected?.error && selected.error.code !== 'truncated') return { status: 'error', error: selected.error };
  if (!selected && input.candidateError) return { status: 'error', error: input.candidateError };
  if (finishReason === 'length') {
    return {
      status: 'truncated',
      error: new RipenError(
        'truncated',
        'The model stopped at its token limit (finish reason "length"); the value is incomplete.',
      ),
    };
  }
  if (!input.sawEnd || cutMidEvent) {
    return {
      status: 'truncated',
      error:
        cutMidEvent ??
        new RipenError('truncated', "The stream ended without the provider's end marker; the value may be incomplete."),
    };
  }
  if (!selected && input.unmatched) {
    const message = `No part matched select ${input.unmatched.selector}; parts seen: ${input.unmatched.parts}.`;
    return { status: 'error', error: new RipenError('not-json', message, { provider: input.provider }) };
  }
  if (!selected) {
    const message = input.text.trim()
      ? 'The answer carried no JSON value; its text is in `text`.'
      : 'The stream ended without any output.';
    return { status: 'error', error: new RipenError('not-json', message, { provider: input.provider }) };
  }
  if (selected.error) return { status: 'truncated', error: selected.error };
  return { status: 'complete', error: undefined };
}
