import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AutoView, detectShape } from '../../src/components/index.js';
import { loadFixture } from './helpers.js';

describe('detectShape', () => {
  it.each([
    [undefined, 'skeleton'],
    ['text', 'text'],
    [3, 'text'],
    [null, 'text'],
    [[1, 2, 3], 'chart'],
    [
      [
        { month: 'Jan', sales: 3 },
        { month: 'Feb', sales: 4 },
      ],
      'chart',
    ],
    [{ series: [{ name: 'a', data: [1] }] }, 'chart'],
    [[{ name: 'A', sport: 'B' }], 'table'],
    [['a', 'b'], 'list'],
    [[], 'list'],
    [{ title: 'x' }, 'card'],
  ] as const)('%j → %s', (value, kind) => {
    expect(detectShape(value)).toBe(kind);
  });
});

describe('AutoView', () => {
  it('renders real fixtures by shape', () => {
    const athletes = loadFixture<{ athletes: unknown[] }>(
      'json/claude-cookbooks_athletes-prefilled-brace.json',
    ).athletes;
    const table = render(<AutoView value={athletes} />);
    expect(table.container.querySelectorAll('tbody tr')).toHaveLength(10);
    table.unmount();
    const classes = loadFixture<unknown>('json/claude-cookbooks_text-classification-categories.json');
    const view = render(<AutoView value={classes} />);
    expect(view.container.firstElementChild!.className).toMatch(/ripen-(card|table|list)/);
    view.unmount();
    const chart = render(<AutoView value={[3, 1, 4, 1, 5]} />);
    expect(chart.container.querySelector('svg.ripen-chart-svg')).not.toBeNull();
    chart.unmount();
    const text = render(<AutoView value="hello" />);
    expect(text.container.querySelector('.ripen-text-body')!.textContent).toBe('hello');
  });

  it('keeps its decision while an array of rows grows (no flip on a half row)', () => {
    const { container, rerender } = render(
      <AutoView value={[{ label: 'a', v: 1 }, { label: 'b' }]} status="streaming" />,
    );
    expect(container.querySelector('.ripen-chart')).not.toBeNull();
    rerender(
      <AutoView
        value={[
          { label: 'a', v: 1 },
          { label: 'b', v: 2 },
          { label: 'c', note: 'x' },
        ]}
        status="streaming"
      />,
    );
    expect(container.querySelector('.ripen-chart')).not.toBeNull();
  });

  it('shows a skeleton before any value', () => {
    const { container } = render(<AutoView value={undefined} status="connecting" />);
    expect((container.firstElementChild as HTMLElement).dataset.state).toBe('skeleton');
    expect(container.querySelector('.ripen-skeleton')).not.toBeNull();
  });
});
