import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitTranscript } from '../../src/testing/split-transcript.js';
import { corpusPath } from '../../scripts/shared-folder.mjs';

/** A ReadableStream whose chunks a test releases one at a time. */
export interface ControlledStream {
  stream: ReadableStream<Uint8Array>;
  push(text: string): void;
  close(): void;
  fail(error: unknown): void;
  /** True once the consumer cancelled the stream (e.g. on abort). */
  readonly cancelled: boolean;
}

export function createControlledStream(): ControlledStream {
  const encoder = new TextEncoder();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
    cancel() {
      cancelled = true;
    },
  });
  return {
    stream,
    push: (text) => controller.enqueue(encoder.encode(text)),
    close: () => controller.close(),
    fail: (error) => controller.error(error),
    get cancelled() {
      return cancelled;
    },
  };
}

/** Reads a recorded transcript from the shared corpus's sse folder, in place. */
export function readTranscript(relativePath: string): string {
  return readFileSync(path.join(corpusPath('sse'), relativePath), 'utf8');
}

/** Splits an SSE body into events, each keeping its trailing blank line (ripen/testing's splitter). */
export function splitSseEvents(text: string): string[] {
  const decoder = new TextDecoder();
  return splitTranscript(new TextEncoder().encode(text), 'sse').map((bytes) => decoder.decode(bytes));
}

/** A fetch stand-in answering every request with the given body and status. */
export function fetchReturning(
  body: ReadableStream<Uint8Array> | string,
  status = 200,
): typeof fetch & { calls: number } {
  const mock = Object.assign(
    async (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      mock.calls++;
      if (init?.signal?.aborted) throw init.signal.reason;
      return new Response(body, {
        status,
        headers: { 'content-type': status === 200 ? 'text/event-stream' : 'application/json' },
      });
    },
    { calls: 0 },
  );
  return mock as typeof fetch & { calls: number };
}
