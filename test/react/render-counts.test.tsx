import { memo, Profiler } from 'react';
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createJsonStream } from '../../src/core/stream/index.js';
import type { JsonStream } from '../../src/core/stream/index.js';
import { useJsonStream, useStreamField } from '../../src/react/index.js';
import { createControlledStream } from '../helpers/controlled-stream.js';

afterEach(cleanup);

const rowRenders = new Map<number, number>();

const Row = memo(function Row({ stream, index }: { stream: JsonStream<unknown>; index: number }) {
  const { value, status } = useStreamField<{ id?: number; name?: string }>(stream, `/rows/${index}`);
  rowRenders.set(index, (rowRenders.get(index) ?? 0) + 1);
  return (
    <tr data-status={status}>
      <td>{value?.id}</td>
      <td>{value?.name}</td>
    </tr>
  );
});

function TableShell({ stream }: { stream: JsonStream<unknown> }) {
  const { value } = useStreamField<unknown[]>(stream, '/rows');
  return (
    <table>
      <tbody>
        {(value ?? []).map((_, index) => (
          <Row key={index} stream={stream} index={index} />
        ))}
      </tbody>
    </table>
  );
}

const rows = Array.from({ length: 200 }, (_, index) => ({ id: index, name: `row number ${index} with a longer name` }));
const sse = (text: string) => `data: ${text}\n\n`;
const tick = () =>
  act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

describe('per-field subscriptions', () => {
  it('while a 200-row table streams, each commit re-renders only the changed row and the shell', async () => {
    rowRenders.clear();
    const body = createControlledStream();
    const stream = createJsonStream({ source: body.stream, provider: 'text', throttle: false });
    let commits = 0;
    let shellRenders = 0;
    render(
      <Profiler
        id="table"
        onRender={() => {
          commits++;
        }}
      >
        <TableShellCounter stream={stream} onRender={() => shellRenders++} />
      </Profiler>,
    );
    await act(async () => stream.start());
    const text = JSON.stringify({ rows });
    const chunks = text.match(/[\s\S]{1,24}/g)!;
    let maxRowRendersPerCommit = 0;
    for (const chunk of chunks) {
      const before = new Map(rowRenders);
      const commitsBefore = commits;
      body.push(sse(chunk));
      // The text dialect's framing loads on demand (import()), so on a loaded machine the first
      // chunk can wait several ticks: wait for its commit, so later chunks do not pile up behind it
      // and one commit does not cover many rows. Later chunks commit within a tick or two.
      for (let wait = 0; commits === commitsBefore && wait < (chunk === chunks[0] ? 500 : 5); wait++) await tick();
      if (commits === commitsBefore) continue;
      let rendered = 0;
      for (const [index, count] of rowRenders) rendered += count - (before.get(index) ?? 0);
      maxRowRendersPerCommit = Math.max(maxRowRendersPerCommit, rendered / (commits - commitsBefore));
    }
    body.close();
    await tick();
    if (process.env.RIPEN_PRINT_COUNTS)
      console.log(
        JSON.stringify({
          commits,
          shellRenders,
          rowRendersTotal: [...rowRenders.values()].reduce((a, b) => a + b, 0),
          maxRowRendersPerCommit,
        }),
      );
    // A chunk can close one row and open the next: at most those two rows render in one commit.
    expect(maxRowRendersPerCommit).toBeLessThanOrEqual(2);
    // Each row renders a handful of times (appears, grows, completes), never once per chunk of the document.
    const total = [...rowRenders.values()].reduce((sum, count) => sum + count, 0);
    expect(rowRenders.size).toBe(200);
    expect(total).toBeLessThan(200 * 6);
    expect(shellRenders).toBeGreaterThan(0);
    expect(stream.getSnapshot().status).toBe('truncated'); // text dialect: no end marker
  });

  it('a memoized card whose subtree is unchanged does not re-render while another field grows', async () => {
    const body = createControlledStream();
    const cardRender = vi.fn();
    const Card = memo(function Card({ card }: { card: unknown }) {
      cardRender(card);
      return <pre>{JSON.stringify(card)}</pre>;
    });
    function View() {
      const { value } = useJsonStream<{ card?: { title: string }; notes?: string }>({
        source: body.stream,
        provider: 'text',
        throttle: false,
      });
      return (
        <>
          <Card card={value?.card} />
          <p>{value?.notes}</p>
        </>
      );
    }
    const { container } = render(<View />);
    await tick();
    body.push(sse('{"card":{"title":"Done"},"notes":"'));
    await tick();
    const rendersAfterCard = cardRender.mock.calls.length;
    for (const word of ['one ', 'two ', 'three ', 'four ']) {
      body.push(sse(word));
      await tick();
    }
    expect(container.querySelector('p')?.textContent).toBe('one two three four ');
    expect(cardRender.mock.calls.length).toBe(rendersAfterCard);
    body.close();
    await tick();
  });
});

function TableShellCounter({ stream, onRender }: { stream: JsonStream<unknown>; onRender: () => void }) {
  onRender();
  return <TableShell stream={stream} />;
}
