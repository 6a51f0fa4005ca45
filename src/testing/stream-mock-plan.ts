import { RipenError } from '../core/errors/ripen-error.js';
import { createSeededRandom } from './create-seeded-random.js';
import type { MockProviderOptions } from './mock-provider-types.js';
import type { MockPlan } from './plan-mock-response.js';
import type { ReplayTimers } from './replay-types.js';

const globalTimers: ReplayTimers = {
  setTimeout: (callback, delayMs) => globalThis.setTimeout(callback, delayMs),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
  now: () => Date.now(),
};

/** Chunk boundaries (byte offsets, ascending, last = total) per `chunking`. */
function chunkBoundaries(options: MockProviderOptions, stepEnds: readonly number[], total: number): number[] {
  const chunking = options.chunking ?? 'event';
  if (chunking === 'event') return [...stepEnds];
  const boundaries: number[] = [];
  if (chunking === 'random') {
    const random = createSeededRandom(options.seed ?? 1);
    const maxChunkBytes = options.maxChunkBytes ?? 32;
    for (let position = 0; position < total; ) {
      position = Math.min(total, position + 1 + Math.floor(random() * maxChunkBytes));
      boundaries.push(position);
    }
    return boundaries;
  }
  for (let position = chunking; position < total + chunking; position += chunking)
    boundaries.push(Math.min(position, total));
  return boundaries;
}

/**
 * Stream a plan as a `ReadableStream`: each step is due at its cumulative delay (catching up when
 * timers fire late, with `timers.now`); a chunk goes out when the step holding its last byte is due.
 */
export function streamMockPlan(
  plan: Promise<MockPlan>,
  options: MockProviderOptions,
  signal: AbortSignal | undefined,
): ReadableStream<Uint8Array> {
  const timers = options.timers ?? globalTimers;
  let pending: unknown;
  let stopped = false;
  const stop = (): void => {
    stopped = true;
    if (pending !== undefined) timers.clearTimeout(pending);
    pending = undefined;
  };
  const wait = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      pending = timers.setTimeout(() => {
        pending = undefined;
        resolve();
      }, ms);
    });
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const onAbort = (): void => {
        if (stopped) return;
        stop();
        controller.error(signal?.reason ?? new RipenError('aborted', 'Mock response aborted', {}));
      };
      if (signal?.aborted === true) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      let resolved: MockPlan;
      try {
        resolved = await plan;
      } catch (error) {
        if (!stopped) controller.error(error);
        stop();
        return;
      }
      const body = new Uint8Array(resolved.steps.reduce((sum, step) => sum + step.length, 0));
      const stepEnds: number[] = [];
      let offset = 0;
      for (const step of resolved.steps) {
        body.set(step, offset);
        offset += step.length;
        stepEnds.push(offset);
      }
      const boundaries = chunkBoundaries(options, stepEnds, body.length);
      let delivered = 0;
      let boundary = 0;
      const deliverTo = (limit: number): void => {
        while (boundary < boundaries.length && (boundaries[boundary] as number) <= limit) {
          const end = boundaries[boundary++] as number;
          if (end > delivered) controller.enqueue(body.slice(delivered, end));
          delivered = Math.max(delivered, end);
        }
      };
      const startedAt = timers.now?.();
      let dueAt = 0;
      for (let index = 0; index < resolved.steps.length; index++) {
        dueAt += resolved.delaysMs[index] ?? 0;
        const now = timers.now?.();
        const waitMs =
          startedAt === undefined || now === undefined ? (resolved.delaysMs[index] ?? 0) : startedAt + dueAt - now;
        if (waitMs > 0) await wait(waitMs);
        if (stopped) return;
        deliverTo(stepEnds[index] as number);
      }
      signal?.removeEventListener('abort', onAbort);
      stopped = true;
      if (resolved.ending.kind === 'error') {
        controller.error(resolved.ending.error);
        return;
      }
      if (delivered < body.length) controller.enqueue(body.slice(delivered));
      controller.close();
    },
    cancel() {
      stop();
    },
  });
}
