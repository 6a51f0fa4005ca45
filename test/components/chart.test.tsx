import { act, render, screen } from '@testing-library/react';
import { scaleBand, scalePoint } from 'd3-scale';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decimateValues } from '../../src/components/chart/chart-decimate.js';
import { seriesFacts } from '../../src/components/chart/chart-extent.js';
import { chartNumberFormat } from '../../src/components/chart/chart-format.js';
import { createScales, growDomain } from '../../src/components/chart/chart-scales.js';
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

  it('rows keep their series identity while the rows array is unchanged (no re-read on re-render)', () => {
    const rows = [
      { month: 'Jan', sales: 3 },
      { month: 'Feb', sales: 5 },
    ];
    const first = readChartInput(rows).series[0];
    expect(readChartInput(rows).series[0]).toBe(first);
    expect(readChartInput(rows, { labelKey: 'month' }).series[0]).not.toBe(first);
    expect(readChartInput({ data: rows }).series[0]).not.toBe(first);
    const renders: string[] = [];
    const onSeriesRender = (name: string) => renders.push(name);
    const { rerender } = render(<Chart value={rows} kind="bar" onSeriesRender={onSeriesRender} />);
    renders.length = 0;
    rerender(<Chart value={rows} kind="bar" title="Same rows" onSeriesRender={onSeriesRender} />);
    expect(renders).toEqual([]);
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

describe('Chart axes glide', () => {
  // A requestAnimationFrame driven by hand (no timing in the assertions) and a motion preference.
  const frames = new Map<number, FrameRequestCallback>();
  let clock = 0;
  const step = (ms: number) =>
    act(() => {
      clock += ms;
      const due = [...frames.values()];
      frames.clear();
      for (const callback of due) callback(clock);
    });
  const stubMotion = (reduce: boolean) => {
    let id = 0;
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames.set(++id, callback);
      return id;
    });
    vi.stubGlobal('cancelAnimationFrame', (handle: number) => frames.delete(handle));
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: reduce && query.includes('reduce') }));
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
  };
  const topTick = (container: HTMLElement) => {
    const ticks = [...container.querySelectorAll<SVGGElement>('.ripen-chart-axis--y .ripen-chart-tick')];
    return ticks.map((tick) => [tick.textContent, tick.style.transform] as const).at(-1);
  };
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    frames.clear();
  });

  it('a growing domain glides: ticks and the path move over several frames to the new view', async () => {
    stubMotion(false);
    const { container, rerender } = render(<Chart value={[1, 2, 3, 4, 5]} status="streaming" width={400} />);
    expect(topTick(container)).toEqual(['5', 'translate(0px, 12px)']);
    rerender(<Chart value={[1, 2, 3, 4, 5, 200]} status="streaming" width={400} />);
    // The commit that brings the point still shows the old view (nothing jumps) ...
    expect(topTick(container)).toEqual(['5', 'translate(0px, 12px)']);
    step(16);
    const early = container.querySelector('.ripen-chart-line')!.getAttribute('d')!;
    const middle = Number(/, ([\d.]+)px/.exec(topTick(container)![1])![1]);
    step(16);
    // ... then each frame moves ticks and the line together, the top label still a round step.
    expect(container.querySelector('.ripen-chart-line')!.getAttribute('d')).not.toBe(early);
    expect(middle).toBeGreaterThan(12);
    for (let frame = 0; frame < 60 && frames.size > 0; frame += 1) step(16);
    expect(frames.size).toBe(0);
    expect(topTick(container)).toEqual(['200', 'translate(0px, 12px)']);
    // The new point is clipped to the plot while the axes are still on their way.
    expect(container.querySelector('.ripen-chart-svg g[clip-path]')!.querySelector('.ripen-chart-line')).not.toBeNull();
  });

  it('under prefers-reduced-motion the new view is drawn at once', () => {
    stubMotion(true);
    const { container, rerender } = render(<Chart value={[1, 2, 3, 4, 5]} status="streaming" width={400} />);
    rerender(<Chart value={[1, 2, 3, 4, 5, 200]} status="streaming" width={400} />);
    expect(topTick(container)).toEqual(['200', 'translate(0px, 12px)']);
    expect(frames.size).toBe(0);
  });
});

describe('Chart numbers and extents', () => {
  it('tick labels and the summary read as Intl would print them in US English, without creating one', () => {
    const values = [0, -0, 0.125, -0.125, 1.0005, 2.675, 999, 999.995, 1000, 1234.567, 12_345.678, 999_999, 1.5e6];
    values.push(2.345e9, 1e12, 9.999e14, 1e15, 4.5e-7, -98_765.4321, 0.1 + 0.2, 123_456_789.123);
    const plain = chartNumberFormat('en-US');
    const compact = chartNumberFormat('en-US', true);
    const intl = new Intl.NumberFormat('en-US');
    const intlCompact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 2 });
    expect(values.map(plain)).toEqual(values.map((value) => intl.format(value)));
    expect(values.map(compact)).toEqual(values.map((value) => intlCompact.format(value)));
    expect(chartNumberFormat('de-DE')(1234.5)).toBe(new Intl.NumberFormat('de-DE').format(1234.5));
  });

  it('a series of bare numbers is read once for its extent; points are made only when asked for', () => {
    const values = Array.from({ length: 10_000 }, (_, index) => (index === 7 ? Number.NaN : index % 50));
    const [series] = readChartInput(values).series;
    const facts = seriesFacts(series!);
    expect([facts.count, facts.yLow, facts.yHigh, facts.xLow, facts.xHigh]).toEqual([9_999, 0, 49, 0, 9_999]);
    expect(series!.dropped).toBe(1);
    // Decimated from the values: each column's first, lowest, highest, last (each once), x the source index.
    const kept = decimateValues(values, (index) => index / 100, 100)!;
    expect(kept.length).toBeLessThanOrEqual(400);
    expect(kept.slice(0, 4)).toEqual([
      { x: 0, y: 0 },
      { x: 49, y: 49 },
      { x: 99, y: 49 },
      { x: 100, y: 0 },
    ]);
    expect(series!.points).toHaveLength(9_999);
    expect(series!.points[7]).toEqual({ x: 8, y: 8 });
  });

  it('categories sit where d3 band (bars) and point scales put them', () => {
    const frame = { width: 400, height: 200, left: 40, right: 10, top: 10, bottom: 20 };
    const series = [{ name: 's', source: '', points: ['a', 'b', 'c'].map((x, y) => ({ x, y })) }];
    for (const kind of ['bar', 'line'] as const) {
      const scales = createScales(growDomain(undefined, series, kind), frame, kind);
      const d3 =
        kind === 'bar'
          ? scaleBand().domain(['a', 'b', 'c']).range([40, 390]).padding(0.2)
          : scalePoint().domain(['a', 'b', 'c']).range([40, 390]).padding(0.5);
      for (const label of ['a', 'b', 'c']) expect(scales.xOf(label)).toBeCloseTo(d3(label)!, 9);
      expect(scales.bandwidth).toBeCloseTo(d3.bandwidth(), 9);
    }
  });
});

describe('Chart kind while streaming', () => {
  it('a kind name still being written ("ba" of "bar") draws a line without a warning; a finished unknown one warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container, rerender } = render(<Chart value={{ type: 'ba', data: [] }} status="streaming" />);
    expect(root(container).classList.contains('ripen-chart--line')).toBe(true);
    rerender(<Chart value={{ type: 'bar', data: [1, 2] }} status="streaming" />);
    expect(root(container).classList.contains('ripen-chart--bar')).toBe(true);
    expect(warn).not.toHaveBeenCalled();
    render(<Chart value={{ type: 'bar3d', data: [1] }} status="complete" />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('unknown chart kind "bar3d"'));
    warn.mockRestore();
  });
});
