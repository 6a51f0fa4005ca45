import { createJsonStream } from '../../../src/core/stream/create-json-stream.js';
import type { JsonStream, JsonStreamOptions, JsonStreamState } from '../../../src/core/stream/create-json-stream.js';
import type { ProviderName } from '../../../src/core/providers/types.js';
import { readCorpusText } from '../../../scripts/shared-folder.mjs';
import { createControlledStream, splitSseEvents } from '../../helpers/controlled-stream.js';

const END = ['complete', 'truncated', 'aborted', 'error'];

/** Runs a stream to its end status (throttle off), recording every published state. */
export function runToEnd<T>(
  options: JsonStreamOptions<T>,
): Promise<{ stream: JsonStream<T>; states: JsonStreamState<T>[]; last: JsonStreamState<T> }> {
  const stream = createJsonStream<T>({ throttle: false, ...options });
  const states: JsonStreamState<T>[] = [];
  return new Promise((resolve) => {
    stream.subscribe(() => {
      const state = stream.getSnapshot();
      states.push(state);
      if (END.includes(state.status)) resolve({ stream, states, last: state });
    });
    stream.start();
  });
}

/** A body delivering `text` (or bytes) in seeded random chunks of 1..maxChunk bytes. */
export function chunkedBody(input: string | Uint8Array, seed = 1, maxChunk = 64): ReadableStream<Uint8Array> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  let state = seed;
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      state = (state * 1103515245 + 12345) % 2147483648;
      const size = 1 + (state % maxChunk);
      controller.enqueue(bytes.slice(offset, offset + size));
      offset += size;
    },
  });
}

/** SSE text of OpenAI Chat chunks carrying `content` pieces, a finish reason and `[DONE]`. */
export function openAiChatSse(pieces: readonly string[], finishReason = 'stop', done = true): string {
  const chunk = (delta: object, finish: string | null) =>
    `data: ${JSON.stringify({ object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
  return [
    chunk({ role: 'assistant', content: '' }, null),
    ...pieces.map((piece) => chunk({ content: piece }, null)),
    chunk({}, finishReason),
    done ? 'data: [DONE]\n\n' : '',
  ].join('');
}

/**
 * Replays a recorded SSE transcript of the shared corpus one event at a time (a macrotask between
 * events, throttle off), recording every published state; resolves after the body closed.
 */
export async function replayEventByEvent(
  corpusFile: string,
  provider: ProviderName,
): Promise<{ stream: JsonStream; states: JsonStreamState[] }> {
  const events = splitSseEvents(readCorpusText(corpusFile));
  const body = createControlledStream();
  const stream = createJsonStream({ source: body.stream, provider, throttle: false });
  const states: JsonStreamState[] = [];
  stream.subscribe(() => states.push(stream.getSnapshot()));
  stream.start();
  for (const event of events) {
    body.push(event);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  body.close();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { stream, states };
}
