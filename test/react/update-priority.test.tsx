// Update priorities of useJsonStream, with React's real scheduler (no act): status changes and the
// URGENT_PUBLISHES after them commit synchronously, the value's growth in between with default
// priority, which does not throw away a `startTransition` render in progress.
import { startTransition, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { plainText } from '../../src/core/providers/entries/text.js';
import { useJsonStream } from '../../src/react/index.js';
import { URGENT_PUBLISHES } from '../../src/react/use-prioritized-snapshot.js';
import { createControlledStream, type ControlledStream } from '../helpers/controlled-stream.js';

const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean | undefined };
let savedActEnvironment: boolean | undefined;
let frames: (() => void)[] = [];
let root: Root | undefined;
let container: HTMLElement;

beforeEach(() => {
  savedActEnvironment = actEnvironment.IS_REACT_ACT_ENVIRONMENT;
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', () => {});
  // Without MessageChannel the commit scheduler cannot time a publish, so it applies no
  // main-thread budget: every frame publishes (that budget has its own tests).
  vi.stubGlobal('MessageChannel', undefined);
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  root?.unmount();
  root = undefined;
  container.remove();
  vi.unstubAllGlobals();
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = savedActEnvironment;
});

/** Lets tasks run: the body reader, React's scheduler. */
async function settle(): Promise<void> {
  for (let turn = 0; turn < 10; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Lets tasks run until the stream asks for a frame (the bytes pushed were read and parsed). */
async function untilFrameRequested(): Promise<void> {
  for (let turn = 0; turn < 500 && frames.length === 0; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs the pending animation frame (the stream's publish) and the microtasks after it. */
async function runFrame(): Promise<void> {
  await untilFrameRequested();
  expect(frames.length).toBe(1);
  frames.shift()!();
  await Promise.resolve();
  await Promise.resolve();
}

function Rows({ body }: { body: ControlledStream }) {
  const { value, status } = useJsonStream<{ rows?: number[] }>({ source: body.stream, provider: plainText });
  return (
    <p data-state={status} data-testid="rows">
      {value?.rows?.join(',') ?? ''}
    </p>
  );
}

// The body is read once 32 characters arrived (the check for an HTML page): a caption first.
const FIRST_BYTES = '{"caption":"a few numbers, streamed","rows":[1,';

const shown = () => container.querySelector('[data-testid="rows"]')!;

describe('useJsonStream update priorities', () => {
  it('commits status changes and the URGENT_PUBLISHES after them in the publishing frame, later growth in a task after it', async () => {
    const body = createControlledStream();
    root = createRoot(container);
    root.render(<Rows body={body} />);
    await settle();
    expect(shown().getAttribute('data-state')).toBe('connecting');

    body.push(FIRST_BYTES);
    await settle();
    await runFrame(); // connecting -> streaming: urgent
    expect(shown().getAttribute('data-state')).toBe('streaming');
    expect(shown().textContent).toBe('1');

    const numbers = ['1'];
    for (let publish = 1; publish <= URGENT_PUBLISHES; publish++) {
      numbers.push(String(publish + 1));
      body.push(`${publish + 1},`);
      await runFrame(); // still urgent: in the DOM right after the frame
      expect(shown().textContent).toBe(numbers.join(','));
    }

    body.push('99,');
    await runFrame(); // past them: default priority, rendered in a task after the frame
    expect(shown().textContent).toBe(numbers.join(','));
    await settle();
    expect(shown().textContent).toBe([...numbers, '99'].join(','));

    body.push('100]}');
    body.close();
    await settle();
    expect(shown().getAttribute('data-state')).toBe('complete');
    expect(shown().textContent).toBe([...numbers, '99', '100'].join(','));
  });

  it('does not restart a startTransition render in progress when the stream publishes', async () => {
    const body = createControlledStream();
    const itemRenders: number[] = [];
    let navigate = () => {};
    function Item({ index }: { index: number }) {
      itemRenders[index] = (itemRenders[index] ?? 0) + 1;
      // The first render of item 2 lets the stream publish as soon as React yields.
      if (index === 2 && itemRenders[index] === 1) setTimeout(() => frames.shift()?.(), 0);
      const until = performance.now() + 2;
      while (performance.now() < until) {
        // about 2 ms of render work per item: React yields between items
      }
      return <li>{index}</li>;
    }
    function App() {
      const [page, setPage] = useState(0);
      navigate = () => startTransition(() => setPage(1));
      return (
        <>
          <Rows body={body} />
          <ol>{page === 1 ? Array.from({ length: 20 }, (_, index) => <Item key={index} index={index} />) : null}</ol>
        </>
      );
    }
    root = createRoot(container);
    root.render(<App />);
    await settle();
    body.push(FIRST_BYTES);
    await settle();
    await runFrame();
    for (let publish = 1; publish <= URGENT_PUBLISHES; publish++) {
      body.push(`${publish + 1},`);
      await runFrame();
    }
    body.push('99,');
    await untilFrameRequested();
    expect(frames.length).toBe(1); // a publish waits for the next frame

    navigate();
    for (let turn = 0; turn < 50 && container.querySelectorAll('li').length < 20; turn++) await settle();
    expect(container.querySelectorAll('li').length).toBe(20);
    expect(frames.length).toBe(0); // the publish ran while the navigation rendered
    expect(itemRenders).toEqual(Array.from({ length: 20 }, () => 1));
    await settle();
    expect(shown().textContent).toBe('1,2,3,4,5,6,7,99');
  });
});
