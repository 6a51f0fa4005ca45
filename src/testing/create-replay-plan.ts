import { RipenError } from '../core/errors/ripen-error.js';
import { createSeededRandom } from './create-seeded-random.js';
import {
  countPayloadCharacters,
  createProviderErrorText,
  detectReplayDialect,
  isEndMarkerEvent,
} from './replay-dialect.js';
import type { ReplayDialect, ReplayEventInfo, ReplayFault, ReplayOptions, TranscriptFormat } from './replay-types.js';
import { detectTranscriptFormat, splitTranscript } from './split-transcript.js';

/** One timed delivery of a replay plan: a byte range of the plan's body. */
export interface ReplayPlanStep {
  /** Transcript event this step stands for (an injected error or abort: the fault's `atEvent`). */
  eventIndex: number;
  /** True for bytes that are not in the transcript (an injected provider error). */
  injected: boolean;
  /** Byte range `[start, end)` in {@link ReplayPlan.body}. */
  start: number;
  end: number;
  /** Payload characters, for rate-based pacing. */
  payloadCharacters: number;
  /** Extra wait before this step, in ms, from a `stall` fault (not scaled by the time factor). */
  stallMs: number;
  /** False while a buffering proxy holds the bytes. */
  flush: boolean;
}

/** Everything a replay will do, computed up front from the transcript and options. */
export interface ReplayPlan {
  format: Exclude<TranscriptFormat, 'auto'>;
  dialect: Exclude<ReplayDialect, 'auto'>;
  events: ReplayEventInfo[];
  /** The bytes the stream delivers in total (faults applied). */
  body: Uint8Array;
  steps: ReplayPlanStep[];
  /** Sorted chunk boundaries (byte offsets in `body`, the last one is `body.length`). */
  boundaries: number[];
  /** How the stream ends after the last step. */
  ending: { kind: 'close' } | { kind: 'error'; error: unknown };
  utf8SplitOffset: number | undefined;
}

type EndingFault = Extract<ReplayFault, { kind: 'abort' | 'provider-error' | 'truncate' }>;

/**
 * Build the full plan of a replay: split the transcript, apply the faults, place the chunk
 * boundaries. Pure and deterministic (same input, same plan).
 *
 * @throws TypeError on invalid options (negative indices or sizes, several speeds)
 */
export function createReplayPlan(transcript: string | Uint8Array, options: ReplayOptions): ReplayPlan {
  const source = typeof transcript === 'string' ? new TextEncoder().encode(transcript) : transcript;
  const format =
    options.format === undefined || options.format === 'auto' ? detectTranscriptFormat(source) : options.format;
  const decoder = new TextDecoder();
  const pieces = splitTranscript(source, format);
  const texts = pieces.map((piece) => decoder.decode(piece));
  const dialect =
    options.dialect === undefined || options.dialect === 'auto'
      ? detectReplayDialect(texts.slice(0, 40).join(''), format)
      : options.dialect;
  const events: ReplayEventInfo[] = pieces.map((piece, index) => ({
    index,
    byteLength: piece.length,
    payloadCharacters: countPayloadCharacters(texts[index] ?? '', format),
    endMarker: isEndMarkerEvent(texts[index] ?? '', format),
  }));

  const faults = options.faults ?? [];
  for (const fault of faults) validateFault(fault);
  const ending = findEndingFault(faults, events, texts);
  const cut = ending === undefined ? pieces.length : Math.min(ending.index, pieces.length);

  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const steps: ReplayPlanStep[] = [];
  let offset = 0;
  const addStep = (eventIndex: number, bytes: Uint8Array, injected: boolean): void => {
    parts.push(bytes);
    steps.push({
      eventIndex,
      injected,
      start: offset,
      end: offset + bytes.length,
      payloadCharacters: events[eventIndex]?.payloadCharacters ?? 0,
      stallMs: 0,
      flush: true,
    });
    offset += bytes.length;
  };
  for (let index = 0; index < cut; index++) addStep(index, pieces[index] ?? new Uint8Array(), false);

  let endingKind: ReplayPlan['ending'] = { kind: 'close' };
  if (ending !== undefined) {
    const fault = ending.fault;
    if (fault.kind === 'provider-error') {
      const text =
        fault.text ??
        createProviderErrorText(dialect, format, fault.message ?? 'Injected provider error (replay fault)');
      addStep(cut, encoder.encode(text), true);
    } else if (fault.kind === 'truncate') {
      const piece = pieces[cut];
      if (fault.partialBytes !== undefined && piece !== undefined && fault.partialBytes > 0) {
        addStep(cut, piece.subarray(0, Math.min(fault.partialBytes, piece.length)), false);
      }
    } else {
      addStep(cut, new Uint8Array(), false);
      endingKind = {
        kind: 'error',
        error:
          fault.error ?? new RipenError('network-error', `Connection lost at event ${cut} (injected replay fault)`, {}),
      };
    }
  }

  for (const fault of faults) {
    if (fault.kind !== 'stall') continue;
    const step = steps.find((candidate) => candidate.eventIndex === fault.atEvent);
    if (step !== undefined) step.stallMs += fault.durationMs;
  }

  const buffering = faults.find(
    (fault): fault is Extract<ReplayFault, { kind: 'buffering' }> => fault.kind === 'buffering',
  );
  if (buffering !== undefined) applyBuffering(steps, buffering);

  const body = concatenate(parts, offset);
  const boundarySet = new Set<number>(createChunkBoundaries(options, steps, body.length));
  let utf8SplitOffset: number | undefined;
  const split = faults.find(
    (fault): fault is Extract<ReplayFault, { kind: 'split-utf8' }> => fault.kind === 'split-utf8',
  );
  if (split !== undefined) {
    const from = steps.find((step) => step.eventIndex >= (split.atEvent ?? 0))?.start ?? body.length;
    for (let index = from; index < body.length; index++) {
      if ((body[index] ?? 0) >= 0xc0) {
        utf8SplitOffset = index + 1;
        boundarySet.add(utf8SplitOffset);
        break;
      }
    }
  }
  if (body.length > 0) boundarySet.add(body.length);
  const boundaries = [...boundarySet].filter((value) => value > 0 && value <= body.length).sort((a, b) => a - b);

  return { format, dialect, events, body, steps, boundaries, ending: endingKind, utf8SplitOffset };
}

function validateFault(fault: ReplayFault): void {
  const index = 'atEvent' in fault ? fault.atEvent : undefined;
  if (index !== undefined && (!Number.isInteger(index) || index < 0)) {
    throw new TypeError(`Replay fault "${fault.kind}": atEvent must be an integer ≥ 0, got ${String(index)}.`);
  }
  if (fault.kind === 'stall' && !(fault.durationMs >= 0)) {
    throw new TypeError(`Replay fault "stall": durationMs must be ≥ 0, got ${String(fault.durationMs)}.`);
  }
  if (fault.kind === 'buffering') {
    const size = fault.bytes ?? fault.everyEvents ?? 8;
    if (!Number.isInteger(size) || size < 1) {
      throw new TypeError('Replay fault "buffering": everyEvents and bytes must be integers ≥ 1.');
    }
  }
}

function findEndingFault(
  faults: readonly ReplayFault[],
  events: readonly ReplayEventInfo[],
  texts: readonly string[],
): { fault: EndingFault; index: number } | undefined {
  let found: { fault: EndingFault; index: number } | undefined;
  for (const fault of faults) {
    if (fault.kind !== 'abort' && fault.kind !== 'provider-error' && fault.kind !== 'truncate') continue;
    const index = fault.atEvent ?? defaultTruncationIndex(events, texts);
    if (found === undefined || index < found.index) found = { fault, index };
  }
  return found;
}

/** First event of the trailing end markers; without markers, the last non-blank event. */
function defaultTruncationIndex(events: readonly ReplayEventInfo[], texts: readonly string[]): number {
  let index = events.length;
  let sawMarker = false;
  while (index > 0) {
    const previous = events[index - 1];
    const blank = (texts[index - 1] ?? '').trim() === '';
    if (previous === undefined || !(previous.endMarker || blank)) break;
    if (previous.endMarker) sawMarker = true;
    index--;
  }
  if (sawMarker) return index;
  return Math.max(0, index - 1);
}

function applyBuffering(steps: ReplayPlanStep[], fault: Extract<ReplayFault, { kind: 'buffering' }>): void {
  let held = 0;
  steps.forEach((step, ordinal) => {
    held += step.end - step.start;
    step.flush = fault.bytes !== undefined ? held >= fault.bytes : (ordinal + 1) % (fault.everyEvents ?? 8) === 0;
    if (step.flush) held = 0;
  });
  const last = steps[steps.length - 1];
  if (last !== undefined) last.flush = true;
}

function createChunkBoundaries(options: ReplayOptions, steps: readonly ReplayPlanStep[], length: number): number[] {
  const chunking = options.chunking ?? 'event';
  if (chunking === 'event') return steps.filter((step) => step.flush).map((step) => step.end);
  if (chunking === 'random') {
    const maxChunkBytes = options.maxChunkBytes ?? 32;
    if (!Number.isInteger(maxChunkBytes) || maxChunkBytes < 1) {
      throw new TypeError(`maxChunkBytes must be an integer ≥ 1, got ${String(maxChunkBytes)}.`);
    }
    const random = createSeededRandom(options.seed ?? 1);
    const boundaries: number[] = [];
    for (let position = 0; position < length; ) {
      position += 1 + Math.floor(random() * maxChunkBytes);
      boundaries.push(Math.min(position, length));
    }
    return boundaries;
  }
  if (!Number.isInteger(chunking) || chunking < 1) {
    throw new TypeError(`chunking must be 'event', 'random' or an integer ≥ 1 (bytes), got ${String(chunking)}.`);
  }
  const boundaries: number[] = [];
  for (let position = chunking; position < length + chunking; position += chunking) {
    boundaries.push(Math.min(position, length));
  }
  return boundaries;
}

function concatenate(parts: readonly Uint8Array[], length: number): Uint8Array {
  const body = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    body.set(part, offset);
    offset += part.length;
  }
  return body;
}
