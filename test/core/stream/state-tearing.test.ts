import { describe, expect, it } from 'vitest';
import { readCorpusBytes } from '../../../scripts/shared-folder.mjs';
import type { FieldStatus } from '../../../src/core/json/types.js';
import { formatJsonPointer, getAtPointer, hasAtPointer } from '../../../src/core/pointer/index.js';
import { createJsonStream } from '../../../src/core/stream/index.js';
import type { JsonStreamState } from '../../../src/core/stream/index.js';
import type { ProviderName } from '../../../src/core/providers/types.js';

/** Every pointer of a document, root first. */
function pointersOf(document: unknown): string[] {
  const found: string[] = [];
  const walk = (node: unknown, tokens: (string | number)[]): void => {
    found.push(formatJsonPointer(tokens));
    if (Array.isArray(node)) node.forEach((item, index) => walk(item, [...tokens, index]));
    else if (node !== null && typeof node === 'object')
      for (const [key, child] of Object.entries(node)) walk(child, [...tokens, key]);
  };
  walk(document, []);
  return found;
}

function body(file: string, chunk: number): ReadableStream<Uint8Array> {
  const bytes = readCorpusBytes(file);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + chunk));
      offset += chunk;
    },
  });
}

interface Recorded {
  state: JsonStreamState;
  /** What the state answered, for each probed pointer, when it was published. */
  answers: FieldStatus[];
  parts: FieldStatus[][];
}

/**
 * Runs a recorded stream publishing on every delta (throttle off), so the parser keeps consuming
 * between two states; records each published state's answers at once, for every pointer of the
 * final value plus some that never exist.
 */
async function record(file: string, provider: ProviderName, chunk: number, probes: (last: unknown) => string[]) {
  const published: JsonStreamState[] = [];
  const stream = createJsonStream({ source: body(file, chunk), provider, throttle: false });
  const done = new Promise<void>((resolve) =>
    stream.subscribe(() => {
      const state = stream.getSnapshot();
      published.push(state);
      if (['complete', 'truncated', 'aborted', 'error'].includes(state.status)) resolve();
    }),
  );
  // Answers are read inside the listener, i.e. at publish time, before more input is parsed.
  const atPublish = new Map<JsonStreamState, { pointers: string[]; answers: FieldStatus[]; parts: FieldStatus[][] }>();
  let pointers: string[] = [];
  stream.subscribe(() => {
    const state = stream.getSnapshot();
    atPublish.set(state, {
      pointers,
      answers: pointers.map((pointer) => state.fieldStatus(pointer)),
      parts: state.parts.map((part) => pointers.map((pointer) => part.fieldStatus(pointer))),
    });
  });
  // The probes come from the final value, known from a first run.
  const first = await new Promise<unknown>((resolve) => {
    const probe = createJsonStream({ source: body(file, chunk), provider, throttle: false });
    probe.subscribe(() => {
      const state = probe.getSnapshot();
      if (state.status === 'complete') resolve(state.value);
    });
    probe.start();
  });
  pointers = probes(first);
  stream.start();
  await done;
  const recorded: Recorded[] = published.map((state) => {
    const entry = atPublish.get(state)!;
    expect(entry.pointers).toBe(pointers);
    return { state, answers: entry.answers, parts: entry.parts };
  });
  return { recorded, pointers };
}

const absentProbes = ['/nope', '/rows/length', '/0', '/__proto__'];

describe('a published state answers for itself (no tearing)', () => {
  for (const [file, provider, chunk] of [
    ['sse/openai-chat/openai-python_gpt-4o_json-object-nested-weather.sse', 'openai-chat', 7],
    ['sse/openai-chat/openai-python_gpt-4o_json-object-nested-weather.sse', 'openai-chat', 1],
    ['sse/openai-chat/pydantic-ai_gpt-4o_tool-call-answers-table.sse', 'openai-chat', 13],
  ] as const) {
    it(`${file.split('/').pop()} in ${chunk}-byte chunks: every old state still gives its own answers`, async () => {
      const { recorded, pointers } = await record(file, provider, chunk, (last) => [
        ...pointersOf(last),
        ...absentProbes,
      ]);
      expect(recorded.length).toBeGreaterThan(20);
      let changedLater = 0;
      for (const [index, { state, answers, parts }] of recorded.entries()) {
        // Asked again after the whole stream was read, each state answers as it did when published.
        expect(pointers.map((pointer) => state.fieldStatus(pointer))).toEqual(answers);
        expect(state.parts.map((part) => pointers.map((pointer) => part.fieldStatus(pointer)))).toEqual(parts);
        // …and its answers agree with its own value: a node is absent exactly when the value lacks it.
        pointers.forEach((pointer, at) => {
          expect(answers[at] === 'absent', `${pointer} in state ${index}`).toBe(!hasAtPointer(state.value, pointer));
        });
        const final = recorded[recorded.length - 1]!;
        if (answers.some((answer, at) => answer !== final.answers[at])) changedLater++;
      }
      // The stream did move on after most states, so the check above had something to catch.
      expect(changedLater).toBeGreaterThan(recorded.length / 2);
      const last = recorded[recorded.length - 1]!;
      expect(last.state.status).toBe('complete');
      expect(last.answers.slice(0, -absentProbes.length).every((answer) => answer === 'complete')).toBe(true);
      expect(last.answers.slice(-absentProbes.length)).toEqual(['absent', 'absent', 'absent', 'absent']);
      expect(getAtPointer(last.state.value, '')).toBe(last.state.value);
    });
  }
});
