import { render } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AutoView,
  Card,
  KeyValue,
  Chart,
  createDefaultCatalog,
  Renderer,
  Table,
  type ViewErrorInfo,
} from '../../src/components/index.js';
import { MAX_NESTED_DEPTH } from '../../src/components/common/nested-view.js';
import './helpers.js';

/** The host's own boundary: records anything that escapes a ripen view. */
class HostBoundary extends Component<{ children: ReactNode; caught: unknown[] }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    this.props.caught.push(error);
  }
  override render() {
    return this.state.failed ? <p>host crashed</p> : this.props.children;
  }
}

function renderInHost(node: ReactNode) {
  const caught: unknown[] = [];
  const result = render(
    <HostBoundary caught={caught}>
      {node}
      <p className="host-sibling">still here</p>
    </HostBoundary>,
  );
  return { ...result, caught };
}

function nestedObject(depth: number): unknown {
  let value: unknown = { leaf: 1 };
  for (let level = 0; level < depth; level += 1) value = { name: `level ${depth - level}`, child: value };
  return value;
}

function nestedArray(depth: number): unknown {
  let value: unknown = [1, 2];
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
}

/** Every attribute value under `root` (to find NaN geometry). */
function attributeValues(root: Element): string[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((a) => a.value));
}

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  // React reports errors caught by boundaries on the console; they are expected here.
  errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => errors.mockRestore());

describe('containment: no model output reaches the host', () => {
  it.each([500, 10_000])('an object nested %i levels renders up to the cap, then one collapsed line', (depth) => {
    const { container, caught } = renderInHost(<AutoView value={nestedObject(depth)} />);
    expect(caught).toEqual([]);
    expect(container.querySelector('.host-sibling')!.textContent).toBe('still here');
    const cards = container.querySelectorAll('.ripen-card');
    expect(cards.length).toBe(MAX_NESTED_DEPTH + 1);
    const collapsed = container.querySelectorAll('.ripen-collapsed[data-reason="depth-limit"]');
    expect(collapsed.length).toBe(1);
    const pointer = `${'/child'.repeat(MAX_NESTED_DEPTH + 1)}`;
    expect(collapsed[0]!.textContent).toBe(`${pointer} · 2 entries (nested too deeply to show)`);
  });

  it('an array nested 500 levels deep is capped the same way', () => {
    const { container, caught } = renderInHost(<AutoView value={nestedArray(500)} status="streaming" />);
    expect(caught).toEqual([]);
    const collapsed = container.querySelector('.ripen-collapsed[data-reason="depth-limit"]')!;
    expect(collapsed.textContent).toBe(`${'/0'.repeat(MAX_NESTED_DEPTH + 1)} · 1 entry (nested too deeply to show)`);
  });

  it('subnormal values ([1e-320, 2e-320]) draw a chart instead of throwing in d3 ticks()', () => {
    const { container, caught } = renderInHost(<AutoView value={[1e-320, 2e-320]} />);
    expect(caught).toEqual([]);
    expect(container.querySelector('.ripen-chart')!.getAttribute('data-state')).toBe('complete');
    expect(container.querySelector('.ripen-chart-line')!.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(attributeValues(container).filter((value) => value.includes('NaN'))).toEqual([]);
  });

  it('±1e308, NaN and Infinity are left out with a note; the rest is drawn with finite geometry', () => {
    const value = { series: [{ name: 'Revenue', data: [1e308, -1e308, 4, Number.NaN, Number.POSITIVE_INFINITY, 7] }] };
    const { container, caught } = renderInHost(<Chart value={value} kind="bar" />);
    expect(caught).toEqual([]);
    expect(container.querySelectorAll('.ripen-chart-bar').length).toBe(2);
    expect(container.querySelector('.ripen-chart-note')!.textContent).toBe(
      '4 values were left out (not a finite number in range).',
    );
    expect(attributeValues(container).filter((one) => one.includes('NaN'))).toEqual([]);
  });

  it('a point still being written (no value yet) is not counted as left out', () => {
    const value = { series: [{ name: 'a', data: [{ x: 'Jan', y: 1 }, { x: 'Feb', y: 2 }, { x: 'Mar' }] }] };
    const { container } = render(<Chart value={value} status="streaming" />);
    expect(container.querySelector('.ripen-chart-note')).toBeNull();
    const { container: ended } = render(
      <Chart
        value={{
          series: [
            {
              name: 'a',
              data: [
                [1, 2],
                [2, Number.NaN],
              ],
            },
          ],
        }}
      />,
    );
    expect(ended.querySelector('.ripen-chart-note')!.textContent).toBe(
      '1 value was left out (not a finite number in range).',
    );
  });

  it('a host value that contains itself is drawn once, then each way back is a "refers back to itself" line', () => {
    const loop: Record<string, unknown> = { title: 'Loop', items: [] };
    loop.self = loop;
    (loop.items as unknown[]).push(loop);
    const { container, caught } = renderInHost(<AutoView value={loop} />);
    expect(caught).toEqual([]);
    const circular = [...container.querySelectorAll('.ripen-collapsed[data-reason="circular"]')];
    // `items` is a table whose one row is the loop itself: its `items` and `self` cells point back.
    expect(circular.map((one) => one.textContent)).toEqual([
      '/items/0/items · refers back to itself',
      '/items/0/self · refers back to itself',
      '/self · refers back to itself',
    ]);
  });

  it('standalone views (no AutoView) draw nested values as rows and items, capped and cycle-safe', () => {
    const trip = { title: 'Trip', stops: [{ city: 'Oslo', nights: 2 }], meta: { by: 'Ada', tags: ['a', 'b'] } };
    const card = render(<Card value={trip} />).container;
    const stops = card.querySelector('.ripen-card-section ol.ripen-nested')!;
    expect([...stops.querySelectorAll('dt')].map((one) => one.textContent)).toEqual(['City', 'Nights']);
    expect([...stops.querySelectorAll('dd')].map((one) => one.textContent)).toEqual(['Oslo', '2']);
    const meta = [...card.querySelectorAll('.ripen-card-section')][1]!.querySelector('dl.ripen-nested')!;
    expect([...meta.querySelectorAll('dd')].map((one) => one.textContent)).toEqual(['Ada', 'a, b']);
    const table = render(<Table value={[{ name: 'x', at: { lat: 1.5 } }]} />).container;
    expect(table.querySelector('td dl.ripen-nested')!.textContent).toBe('Lat1.5');
    const loop: Record<string, unknown> = { title: 'Loop' };
    loop.self = loop;
    const { container, caught } = renderInHost(<KeyValue value={{ deep: nestedObject(500), loop }} />);
    expect(caught).toEqual([]);
    expect(container.querySelectorAll('.ripen-collapsed[data-reason="depth-limit"]').length).toBe(1);
    expect(container.querySelector('.ripen-collapsed[data-reason="circular"]')!.textContent).toBe(
      '/loop/self · refers back to itself',
    );
  });

  it('a Renderer card whose props nest 500 levels renders with its nested values capped', () => {
    const spec = { type: 'card', props: { title: 'Deep', detail: nestedObject(500) } };
    const { container, caught } = renderInHost(<Renderer spec={spec} catalog={createDefaultCatalog()} />);
    expect(caught).toEqual([]);
    expect(container.querySelector('.ripen-card-title')!.textContent).toBe('Deep');
    expect(container.querySelectorAll('.ripen-collapsed[data-reason="depth-limit"]').length).toBe(1);
  });

  it('a render error keeps the last good render, goes to onError, and new data retries', () => {
    const onError = vi.fn<(error: unknown, info: ViewErrorInfo) => void>();
    const rows = [{ name: 'Ada', age: 36 }];
    const { container, caught, rerender } = renderInHost(<Table value={rows} onError={onError} />);
    const host = (node: ReactNode) => (
      <HostBoundary caught={caught}>
        {node}
        <p className="host-sibling">still here</p>
      </HostBoundary>
    );
    rerender(host(<Table value={rows} columns={['name'] as never} onError={onError} />));
    // The same value: no retry; a new value retries and fails again, keeping the last good render.
    rerender(host(<Table value={[...rows]} columns={['name'] as never} onError={onError} />));
    expect(caught).toEqual([]);
    expect(container.querySelector('.ripen-table-cell')!.textContent).toBe('Ada');
    expect(onError).toHaveBeenCalled();
    const [error, info] = onError.mock.calls[0]!;
    expect(error).toBeInstanceOf(TypeError);
    expect((error as TypeError).message).toBe(
      'Table: `columns[0]` must be { key: string, label?, numeric? }, got "name". Hint: columns={[{ key: \'name\' }]}.',
    );
    expect(info).toEqual({ component: 'Table', pointer: '' });
    rerender(host(<Table value={[...rows, { name: 'Alan', age: 41 }]} onError={onError} />));
    expect([...container.querySelectorAll('tbody tr')].map((row) => row.textContent)).toEqual(['Ada36', 'Alan41']);
  });

  it('a host object whose getter throws shows a neutral note when nothing good was rendered before', () => {
    const onError = vi.fn();
    const hostile = Object.defineProperty({ body: 'x' }, 'title', {
      enumerable: true,
      get() {
        throw new Error('getter exploded');
      },
    });
    const { container, caught } = renderInHost(<Card value={hostile} onError={onError} />);
    expect(caught).toEqual([]);
    expect(container.querySelector('.ripen-status-note')!.textContent).toBe('This part could not be shown.');
    expect(onError.mock.calls[0]![0]).toEqual(new Error('getter exploded'));
    expect(container.querySelector('.host-sibling')!.textContent).toBe('still here');
  });

  it('a throwing onError handler is contained too', () => {
    const { container, caught } = renderInHost(
      <Table
        value={[]}
        columns={[{}] as never}
        onError={() => {
          throw new Error('handler failed');
        }}
      />,
    );
    expect(caught).toEqual([]);
    expect(container.querySelector('.ripen-status-note')!.textContent).toBe('This part could not be shown.');
  });
});
