import { Profiler } from 'react';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as v from 'valibot';
import { toStandardJsonSchema } from '@valibot/to-json-schema';
import { AutoView } from '../../src/components/index.js';
import { plainText } from '../../src/core/providers/entries/text.js';
import { useJsonStream } from '../../src/react/index.js';
import { createControlledStream } from '../helpers/controlled-stream.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('one React commit per animation frame', () => {
  it('500 chunks inside one frame give one commit; the end flushes at once', async () => {
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    const body = createControlledStream();
    let commits = 0;
    function Rows() {
      // A dialect object (no registry to load): the first chunk is read without waiting for a module.
      const { value, status } = useJsonStream<{ rows?: number[] }>({ source: body.stream, provider: plainText });
      return (
        <p data-testid="rows" data-state={status}>
          {value?.rows?.length ?? 0}
        </p>
      );
    }
    render(
      <Profiler
        id="rows"
        onRender={() => {
          commits++;
        }}
      >
        <Rows />
      </Profiler>,
    );
    await act(async () => {
      await Promise.resolve();
    });
    const afterStart = commits;
    const text = JSON.stringify({ rows: Array.from({ length: 600 }, (_, index) => index) });
    const pieces = text.match(/[\s\S]{1,4}/g)!.slice(0, 500);
    await act(async () => {
      for (const piece of pieces) body.push(`data: ${piece}\n\n`);
      await new Promise((resolve) => setTimeout(resolve, 30));
    });
    expect(commits).toBe(afterStart);
    expect(frames.length).toBe(1);
    await act(async () => frames.shift()!());
    expect(commits).toBe(afterStart + 1);
    expect(Number(screen.getByTestId('rows').textContent)).toBeGreaterThan(450);
    await act(async () => {
      body.close();
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
    expect(screen.getByTestId('rows').getAttribute('data-state')).toBe('truncated');
    expect(commits).toBe(afterStart + 2);
  });
});

describe('schema skeleton at 0 bytes', () => {
  it('renders the layout of a valibot schema before any byte arrives', async () => {
    const schema = toStandardJsonSchema(
      v.object({
        title: v.string(),
        items: v.pipe(v.array(v.object({ sku: v.string(), price: v.number() })), v.minLength(2)),
      }),
    );
    const body = createControlledStream();
    function Product() {
      const { value, status, fieldStatus, skeleton } = useJsonStream({ source: body.stream, provider: 'text', schema });
      return <AutoView value={value} status={status} fieldStatus={fieldStatus} {...(skeleton ? { skeleton } : {})} />;
    }
    const { container } = render(<Product />);
    expect(container.querySelector('.ripen-card')?.getAttribute('data-state')).toBe('skeleton');
    expect(screen.getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Sku', 'Price']); // column labels: the key humanised (components' labelling rule);
    expect(container.querySelectorAll('tbody tr')).toHaveLength(2);
    await act(async () => {
      body.close();
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
  });
});
