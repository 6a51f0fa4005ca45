import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Chart, readChartInput, rowsToSeries } from '../../src/components/index.js';
import { loadFixture } from './helpers.js';

interface VisCase {
  response: string;
}
const lineCase = JSON.parse(loadFixture<VisCase[]>('ui-specs/gpt-vis/chart/line/eval.json')[0]!.response) as {
  type: string;
  title: string;
  data: Array<{ time: string; value: number }>;
};
const root = (container: HTMLElement) => container.querySelector('.ripen-chart') as HTMLElement;
const yTicks = (container: HTMLElement) =>
  [...container.querySelectorAll('.ripen-chart-axis--y text')].map((text) => text.textContent);

describe('Chart data', () => {
  it('adapts rows with one label column and numeric columns', () => {
    const series = rowsToSeries([
      { month: 'Jan', sales: 3, costs: 2 },
      { month: 'Feb', sales: 5, costs: 1 },
    ]);
    expect(series.map((one) => one.name)).toEqual(['Sales', 'Costs']);
    expect(series[0]!.points).toEqual([
      { x: 'Jan', y: 3 },
      { x: 'Feb', y: 5 },
    ]);
  });

  it('reads series of numbers, {x,y} points and [x,y] pairs; keeps identity of unchanged series', () => {
    const first = { name: 'A', data: [1, 2, 3] };
    const input = readChartInput({ series: [first, { name: 'B', data: [{ x: 1, y: 5 }, [2, 6]] }] });
    expect(input.series[0]!.points).toEqual([
      { x: 0, y: 1 },
      { x: 1, y: 2 },
      { x: 2, y: 3 },
    ]);
    expect(input.series[1]!.points).toEqual([
      { x: 1, y: 5 },
      { x: 2, y: 6 },
    ]);
    const again = readChartInput({ series: [first, { name: 'B', data: [] }] });
    expect(again.series[0]).toBe(input.series[0]);
  });

  it('reads a real GPT-Vis line spec (type, title, data rows)', () => {
    const input = readChartInput(lineCase);
    expect(input.kind).toBe('line');
    expect(input.title).toBe(lineCase.title);
    expect(input.series[0]!.points.map((point) => point.y)).toEqual(lineCase.data.map((row) => row.value));
  });
});

describe('Chart', () => {
  it('skeleton reserves the chart box (aspect ratio), no text', () => {
    const { container } = render(<Chart value={undefined} status="connecting" width={400} height={200} />);
    expect(root(container).dataset.state).toBe('skeleton');
    const skeleton = container.querySelector('.ripen-chart-skeleton') as HTMLElement;
    expect(skeleton.style.aspectRatio).toBe('400 / 200');
    expect(container.querySelector('svg')).toBeNull();
  });

  it('renders a real GPT-Vis line chart as SVG with viewBox, path and a hidden data table', () => {
    const { container } = render(<Chart value={lineCase} status="complete" />);
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('viewBox')).toBe('0 0 480 270');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toContain(lineCase.title);
    expect(container.querySelector('.ripen-chart-line')!.getAttribute('d')).toMatch(
      /^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){2}$/,
    );
    const table = container.querySelector('table.ripen-visually-hidden')!;
    expect(table.querySelector('caption')!.textContent).toBe(lineCase.title);
    expect([...table.querySelectorAll('tbody th')].map((th) => th.textContent)).toEqual(
      lineCase.data.map((row) => row.time),
    );
    expect([...table.querySelectorAll('tbody td')].map((td) => td.textContent)).toEqual(['15', '17', '16']);
  });

  it.each(['line', 'area', 'bar', 'scatter', 'pie', 'donut'] as const)('draws kind %s', (kind) => {
    const { container } = render(
      <Chart
        value={[
          { label: 'a', v: 3 },
          { label: 'b', v: 5 },
          { label: 'c', v: 2 },
        ]}
        kind={kind}
        status="complete"
      />,
    );
    const selector = {
      line: '.ripen-chart-line',
      area: '.ripen-chart-area',
      bar: '.ripen-chart-bar',
      scatter: '.ripen-chart-dot',
      pie: '.ripen-chart-slice',
      donut: '.ripen-chart-slice',
    }[kind];
    const count = kind === 'line' || kind === 'area' ? 1 : 3;
    expect(container.querySelectorAll(selector)).toHaveLength(count);
    expect(root(container).classList.contains(`ripen-chart--${kind}`)).toBe(true);
  });

  it('donut slices leave a hole; pie slices do not', () => {
    const data = [
      { label: 'a', v: 1 },
      { label: 'b', v: 1 },
    ];
    const pie = render(<Chart value={data} kind="pie" />)
      .container.querySelector('.ripen-chart-slice')!
      .getAttribute('d')!;
    const donut = render(<Chart value={data} kind="donut" />)
      .container.querySelector('.ripen-chart-slice')!
      .getAttribute('d')!;
    expect(pie).toContain('L0,0');
    expect(donut).not.toContain('L0,0');
  });

  it('axis domain only grows, in nice steps', () => {
    const { container, rerender } = render(<Chart value={[1, 2, 30]} status="streaming" />);
    expect(yTicks(container)).toEqual(['0', '5', '10', '15', '20', '25', '30']);
    rerender(<Chart value={[1, 2, 30, 95]} status="streaming" />);
    const grown = yTicks(container);
    expect(grown[grown.length - 1]).toBe('100');
    // data replaced with smaller values: the domain does not shrink
    rerender(<Chart value={[1, 2]} status="streaming" />);
    expect(yTicks(container)).toEqual(grown);
  });

  it('a finished series does not re-render while another grows (same domain)', () => {
    const renders: string[] = [];
    const onSeriesRender = (name: string) => renders.push(name);
    const done = { name: 'Done', data: [1, 9, 4] };
    const { rerender } = render(
      <Chart
        value={{ series: [done, { name: 'Live', data: [2] }] }}
        status="streaming"
        onSeriesRender={onSeriesRender}
      />,
    );
    renders.length = 0;
    rerender(
      <Chart
        value={{ series: [done, { name: 'Live', data: [2, 3] }] }}
        status="streaming"
        onSeriesRender={onSeriesRender}
      />,
    );
    expect(renders).toEqual(['Live']);
    renders.length = 0;
    rerender(
      <Chart
        value={{ series: [done, { name: 'Live', data: [2, 3, 5] }] }}
        status="streaming"
        onSeriesRender={onSeriesRender}
      />,
    );
    expect(renders).toEqual(['Live']);
  });

  it('keeps series elements mounted across updates (entry animation plays once)', () => {
    const { container, rerender } = render(
      <Chart value={{ series: [{ name: 'A', data: [1, 2] }] }} status="streaming" />,
    );
    const group = container.querySelector('.ripen-chart-series');
    rerender(<Chart value={{ series: [{ name: 'A', data: [1, 2, 3] }] }} status="streaming" />);
    expect(container.querySelector('.ripen-chart-series')).toBe(group);
  });

  it("policy 'whole-series' draws a series only once it is complete", () => {
    const value = {
      series: [
        { name: 'A', data: [1, 2] },
        { name: 'B', data: [3] },
      ],
    };
    const { container, rerender } = render(<Chart value={value} status="streaming" policy="whole-series" />);
    expect(
      [...container.querySelectorAll('.ripen-chart-series')].map((group) => group.getAttribute('data-series')),
    ).toEqual(['A']);
    rerender(<Chart value={value} status="complete" policy="whole-series" />);
    expect(container.querySelectorAll('.ripen-chart-series')).toHaveLength(2);
    expect(screen.getAllByText('B').length).toBeGreaterThan(0);
  });

  it('shows end states distinctly; non-numeric data is invalid once complete', () => {
    const { container, rerender } = render(<Chart value={[1, 2, 3]} status="truncated" />);
    expect(root(container).dataset.state).toBe('truncated');
    rerender(<Chart value={[1, 2, 3]} status="error" />);
    expect(root(container).dataset.state).toBe('error');
    rerender(<Chart value={{ text: 'no numbers' }} status="complete" />);
    expect(root(container).dataset.state).toBe('invalid');
  });
});

describe('Chart text alternative while streaming', () => {
  it('summarises instead of rebuilding the hidden table on every commit, then shows the table once settled', () => {
    const value = {
      series: [
        { name: 'a', data: [1, 2, 3] },
        { name: 'b', data: [4, 5] },
      ],
    };
    const { container, rerender } = render(<Chart value={value} status="streaming" title="Load" />);
    expect(container.querySelector('table.ripen-visually-hidden')).toBeNull();
    expect(container.querySelector('p.ripen-visually-hidden')?.textContent).toBe('Load: 2 series, 5 points so far');
    rerender(<Chart value={value} status="complete" title="Load" />);
    const cells = [...container.querySelectorAll('table.ripen-visually-hidden tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent),
    );
    expect(cells).toEqual([
      ['0', '1', '4'],
      ['1', '2', '5'],
      ['2', '3', ''],
    ]);
  });
});
