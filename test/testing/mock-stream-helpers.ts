import { createJsonStream } from '../../src/core/index.js';
import type { MockProvider } from '../../src/testing/index.js';

/** What a test reads from a finished `createJsonStream` over a mock. */
export interface FinishedStream {
  status: string;
  value: unknown;
  finishReason: string | undefined;
  errorCode: string | undefined;
  parts: { kind: string; name: string | undefined; callId: string | undefined; value: unknown }[];
}

type LoosePart = {
  kind?: string;
  name?: string;
  callId?: string;
  value?: unknown;
  part?: { kind: string; name?: string; callId?: string };
  snapshot?: { value: unknown };
};

/**
 * Run `createJsonStream` over the mock (through `mock.fetch`, no throttle) until an end status.
 * Reads parts in both shapes the store has had (`{ kind, value }` and `{ part, snapshot }`).
 */
export function runMock(mock: MockProvider): Promise<FinishedStream> {
  const stream = createJsonStream({
    source: 'https://mock.invalid/v1/stream',
    fetch: mock.fetch,
    provider: mock.provider,
    throttle: false,
  });
  return new Promise((resolve) => {
    const check = (): void => {
      const state = stream.getSnapshot();
      if (!['complete', 'truncated', 'error', 'aborted'].includes(state.status)) return;
      unsubscribe();
      resolve({
        status: state.status,
        value: state.value,
        finishReason: state.finishReason,
        errorCode: state.error?.code,
        parts: (state.parts as readonly LoosePart[]).map((part) => ({
          kind: part.kind ?? part.part?.kind ?? '',
          name: part.name ?? part.part?.name,
          callId: part.callId ?? part.part?.callId,
          value: 'value' in part ? part.value : part.snapshot?.value,
        })),
      });
    };
    const unsubscribe = stream.subscribe(check);
    stream.start();
  });
}

/** `JSON.parse(JSON.stringify(value))`: what a JSON value is after a trip through JSON text. */
export function roundTrip(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}
