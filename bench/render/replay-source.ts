// In-page replay: delivers tokens as string chunks of a ReadableStream at a fixed token rate,
// on a timer. Each timer tick enqueues every token due by then as one chunk (as a `fetch` body
// read returns every byte that arrived since the last read), so a busy main thread makes chunks
// larger but never lowers the average rate.

export interface ReplayTiming {
  /** Tokens per second. */
  tokensPerSecond: number;
  /** Milliseconds between start and the first byte (the model's time to first token). */
  timeToFirstByte: number;
  /** Milliseconds between timer ticks. */
  tickInterval: number;
  /** Called just before the first chunk is enqueued. */
  onFirstByte: () => void;
  /** Called after each chunk is enqueued, with the number of characters sent so far. */
  onChunk: (charactersSent: number) => void;
}

export function createReplaySource(tokens: readonly string[], timing: ReplayTiming): ReadableStream<string> {
  let sent = 0;
  let charactersSent = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return new ReadableStream<string>({
    start(controller) {
      const startedAt = performance.now();
      const firstByteAt = startedAt + timing.timeToFirstByte;
      const tick = () => {
        const now = performance.now();
        if (now < firstByteAt) {
          timer = setTimeout(tick, Math.max(0, firstByteAt - now));
          return;
        }
        if (sent === 0) timing.onFirstByte();
        const due = Math.min(tokens.length, 1 + Math.floor(((now - firstByteAt) / 1000) * timing.tokensPerSecond));
        if (due > sent) {
          const chunk = tokens.slice(sent, due).join('');
          controller.enqueue(chunk);
          sent = due;
          charactersSent += chunk.length;
          timing.onChunk(charactersSent);
        }
        if (sent >= tokens.length) {
          controller.close();
          return;
        }
        timer = setTimeout(tick, timing.tickInterval);
      };
      timer = setTimeout(tick, 0);
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
    },
  });
}
