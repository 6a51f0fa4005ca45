import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect, waitFor } from 'storybook/test';
import { createReplayStream, type ReplayController } from '../src/testing/index.js';
import { ReplayPanel } from './support/replay-panel.js';
import { defaultReplayArgs, replayArgTypes, toReplayOptions, type ReplayArgs } from './support/replay-args.js';
import { transcriptIds, transcripts, type TranscriptId } from './support/transcripts.js';

interface InspectorArgs extends ReplayArgs {
  transcript: TranscriptId;
}

/** Shows the raw bytes of a replay as they arrive (chunk boundaries marked with ¦). */
function ReplayInspector({ args }: { args: InspectorArgs }) {
  const [controller, setController] = useState<ReplayController>();
  const [chunks, setChunks] = useState<string[]>([]);
  const [ended, setEnded] = useState<string>('streaming');
  useEffect(() => {
    const { stream, controller: created } = createReplayStream(
      transcripts[args.transcript].text,
      toReplayOptions(args),
    );
    setController(created);
    const reader = stream.getReader();
    const decoder = new TextDecoder();
    let live = true;
    void (async () => {
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (!live) return;
          if (done) {
            setChunks((previous) => [...previous, decoder.decode()]);
            setEnded('complete');
            return;
          }
          const text = decoder.decode(value, { stream: true });
          setChunks((previous) => [...previous, text]);
        }
      } catch (error) {
        if (live) setEnded(`error: ${error instanceof Error ? error.message : String(error)}`);
      }
    })();
    return () => {
      live = false;
      void reader.cancel();
    };
  }, [args]);
  return (
    <div>
      <div data-state={ended.startsWith('error') ? 'error' : ended} data-testid="inspector">
        <p>
          {chunks.length} chunks received · <span data-testid="end">{ended}</span>
        </p>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be keyboard-reachable (axe scrollable-region-focusable). */}
        <pre className="story-bytes" tabIndex={0} aria-label="Bytes received">
          {chunks.join('¦')}
        </pre>
      </div>
      <ReplayPanel controller={controller} />
    </div>
  );
}

const meta = {
  title: 'Testing/Replayer',
  args: { ...defaultReplayArgs, transcript: 'anthropic-tool', initialDelayMs: 0 },
  argTypes: { ...replayArgTypes, transcript: { control: 'select', options: transcriptIds } },
  render: (args) => <ReplayInspector key={JSON.stringify(args)} args={args} />,
  parameters: {
    docs: {
      description: { component: 'The bytes `createReplayStream` delivers, chunk by chunk (¦ marks a chunk boundary).' },
    },
  },
} satisfies Meta<InspectorArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** As recorded: one chunk per SSE event. */
export const RecordedEvents: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('[data-testid="end"]')?.textContent).toBe('complete'), {
      timeout: 10_000,
    });
    const bytes = canvasElement.querySelector('pre')?.textContent ?? '';
    expect(bytes.replaceAll('¦', '')).toBe(transcripts['anthropic-tool'].text);
    expect(bytes.split('¦').filter((chunk) => chunk !== '').length).toBe(15);
  },
};

/** Seeded random chunks of 1–24 bytes, with a UTF-8 character cut in two (Gemini UTF-8 transcript). */
export const RandomChunksWithUtf8Split: Story = {
  args: {
    transcript: 'gemini-utf8',
    chunking: 'random',
    chunkBytes: 24,
    seed: 7,
    fault: 'split-utf8',
    faultAtEvent: 0,
    delayMs: 20,
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('[data-testid="end"]')?.textContent).toBe('complete'), {
      timeout: 10_000,
    });
    const bytes = canvasElement.querySelector('pre')?.textContent ?? '';
    // Decoded with { stream: true }: the split character is whole again, nothing replaced by U+FFFD.
    expect(bytes.replaceAll('¦', '')).toBe(transcripts['gemini-utf8'].text);
    expect(bytes).not.toContain('\uFFFD');
  },
};

/** The connection breaks at event 6: the reader rejects with `network-error`. */
export const AbortAtEvent: Story = {
  args: { fault: 'abort', faultAtEvent: 6, delayMs: 10 },
  play: async ({ canvasElement }) => {
    await waitFor(
      () =>
        expect(canvasElement.querySelector('[data-testid="end"]')?.textContent).toMatch(
          /^error: Connection lost at event 6/,
        ),
      {
        timeout: 10_000,
      },
    );
  },
};
