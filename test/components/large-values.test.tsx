import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Card, Chart, KeyValue, List, Table, Text } from '../../src/components/index.js';
import { decimatePoints } from '../../src/components/chart/chart-decimate.js';
import { growDomain } from '../../src/components/chart/chart-scales.js';
import { wholeGraphemes } from '../../src/components/common/graphemes.js';
import './helpers.js';

// Sizes models and tools produce: what reaches the DOM stays bounded (speed itself is measured
// by `npm run bench:render`, not here).
describe('every view at any size renders a bounded DOM', () => {
  it('List of 10^5 items renders a window of them, with spacers for the rest', () => {
    const items = Array.from({ length: 100_000 }, (_, index) => `item ${index}`);
    const { container } = render(<List value={items} />);
    const shown = container.querySelectorAll('.ripen-list-item');
    expect(shown.length).toBeGreaterThan(10);
    expect(shown.length).toBeLessThan(60);
    expect(shown[0]!.textContent).toBe('item 0');
    const spacer = container.querySelector('.ripen-spacer') as HTMLElement;
    expect(Number.parseFloat(spacer.style.height)).toBeGreaterThan(2_000_000);
    expect(container.querySelector('.ripen-list')!.getAttribute('data-state')).toBe('complete');
  });

  it('KeyValue and Card with 10^4 keys render a window of rows', () => {
    const record = Object.fromEntries(Array.from({ length: 10_000 }, (_, index) => [`key_${index}`, index]));
    const keyValue = render(<KeyValue value={record} />);
    expect(keyValue.container.querySelectorAll('.ripen-kv-row').length).toBeLessThan(60);
    expect(keyValue.container.querySelector('.ripen-kv-key')!.textContent).toBe('Key 0');
    const card = render(<Card value={{ title: 'Big', ...record }} />);
    expect(card.container.querySelectorAll('.ripen-kv-row').length).toBeLessThan(60);
    expect(card.container.querySelector('.ripen-card-title')!.textContent).toBe('Big');
  });

  it('Table of 200 rows × 2,000 columns renders only the columns in view', () => {
    const rows = Array.from({ length: 200 }, (_, row) =>
      Object.fromEntries(Array.from({ length: 2_000 }, (_, column) => [`c${column}`, row * column])),
    );
    const { container } = render(<Table value={rows} />);
    const header = container.querySelectorAll('th');
    expect(header.length).toBeGreaterThan(3);
    expect(header.length).toBeLessThan(40);
    expect(header[0]!.textContent).toContain('C0');
    expect(container.querySelector('table')!.getAttribute('aria-colcount')).toBe('2000');
    expect(container.querySelectorAll('td.ripen-table-cell').length).toBeLessThan(40 * 200);
  });

  it('a line of 10^5 points is drawn with at most 4 points per pixel column', () => {
    const data = Array.from({ length: 100_000 }, (_, index) => Math.sin(index / 500) * 100 + (index % 7));
    const { container } = render(<Chart value={data} width={600} />);
    const path = container.querySelector('.ripen-chart-line')!.getAttribute('d')!;
    const commands = path.split(/[ML]/).length - 1;
    expect(commands).toBeLessThanOrEqual(4 * 540 + 4);
    expect(commands).toBeGreaterThan(540);
    // The hidden data table is a summary, not 10^5 rows.
    expect(container.querySelectorAll('tr').length).toBe(0);
    expect(container.querySelector('ul.ripen-visually-hidden li')!.textContent).toMatch(
      /^Series 1: 100,000 points from -100 to 10[56](\.\d+)?; showing a summary\.$/,
    );
  });

  it('min/max decimation keeps each column’s first, lowest, highest and last point in order', () => {
    const points = [5, 1, 9, 3, 4, 8, 2, 6].map((y, x) => ({ x, y }));
    // 4 points per column (x 0–3 → column 0, x 4–7 → column 1); the threshold is 64 points.
    const many = Array.from({ length: 16 }, () => points).flat();
    const kept = decimatePoints(many, (point) => Math.floor(Number(point.x) / 4), 1);
    expect(kept.slice(0, 4).map((point) => point.y)).toEqual([5, 1, 9, 3]);
    expect(kept.slice(4, 8).map((point) => point.y)).toEqual([4, 8, 2, 6]);
  });

  it('a bar chart of 20,000 categories grows its domain in linear time and draws one bar per pixel', () => {
    const rows = Array.from({ length: 20_000 }, (_, index) => ({ label: `c${index}`, value: index % 100 }));
    const series = [{ name: 'v', source: '', points: rows.map((row) => ({ x: row.label, y: row.value })) }];
    const domain = growDomain(undefined, series, 'bar');
    expect(domain.categories.length).toBe(20_000);
    expect(growDomain(domain, series, 'bar')).toBe(domain);
    const { container } = render(<Chart value={rows} kind="bar" width={600} />);
    // One path of 1-px columns: at most one column per pixel of the plot.
    const bars = container.querySelectorAll('.ripen-chart-bar');
    expect(bars.length).toBe(1);
    const columns = bars[0]!.getAttribute('d')!.match(/M/g)!.length;
    expect(columns).toBeGreaterThan(100);
    expect(columns).toBeLessThanOrEqual(541);
    expect(container.querySelectorAll('.ripen-chart-axis--x text').length).toBeLessThanOrEqual(6);
  });

  it('Text of 16 M characters is drawn in blocks the browser can skip', () => {
    const text = 'lorem ipsum dolor sit amet '.repeat(620_000);
    const { container } = render(<Text value={text} />);
    const blocks = container.querySelectorAll('.ripen-text-block');
    expect(blocks.length).toBeGreaterThan(1_900);
    expect([...blocks].map((block) => block.textContent).join('')).toBe(text);
  });

  it('streaming text grows by whole graphemes: an emoji sequence or flag never shows half-written', () => {
    expect(wholeGraphemes('Hello 👩')).toBe('Hello '); // may still become 👩‍💻
    expect(wholeGraphemes('Hi 👩‍')).toBe('Hi ');
    expect(wholeGraphemes('Hi 👩‍💻 there')).toBe('Hi 👩‍💻 there');
    expect(wholeGraphemes('Flag 🇫')).toBe('Flag ');
    expect(wholeGraphemes('你好世界')).toBe('你好世界');
    const { container, rerender } = render(<Text value="Team 👩‍" status="streaming" />);
    expect(container.querySelector('.ripen-text-body')!.textContent).toBe('Team ');
    rerender(<Text value="Team 👩‍💻" status="complete" />);
    expect(container.querySelector('.ripen-text-body')!.textContent).toBe('Team 👩‍💻');
  });
});
