import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KeyValue, List, Metric, Text } from '../../src/components/index.js';
import { loadFixture, readerFrom } from './helpers.js';

const stateOf = (container: HTMLElement) => (container.firstElementChild as HTMLElement).dataset.state;

describe('Text', () => {
  it('skeleton → streaming with caret → complete, plain text only', () => {
    const { container, rerender } = render(<Text value={undefined} status="connecting" />);
    expect(stateOf(container)).toBe('skeleton');
    expect(container.querySelectorAll('.ripen-skeleton')).toHaveLength(3);
    rerender(<Text value={'<b>Hello</b>\nworld'} status="streaming" />);
    expect(stateOf(container)).toBe('streaming');
    expect(container.querySelector('.ripen-text-body')!.textContent).toBe('<b>Hello</b>\nworld');
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('.ripen-caret')).not.toBeNull();
    rerender(<Text value={'<b>Hello</b>\nworld!'} status="complete" />);
    expect(stateOf(container)).toBe('complete');
    expect(container.querySelector('.ripen-caret')).toBeNull();
    rerender(<Text value="cut" status="truncated" />);
    expect(stateOf(container)).toBe('truncated');
    rerender(<Text value="bad" status="complete" fieldStatus={readerFrom({}, 'invalid')} />);
    expect(stateOf(container)).toBe('invalid');
  });
});

describe('List', () => {
  const topics = loadFixture<{ topics: string[] }>('json/claude-cookbooks_article-summary-card.json').topics;

  it('streams items; only the last item streams; unchanged items do not re-render', () => {
    const renders: number[] = [];
    const onItemRender = (index: number) => renders.push(index);
    const { container, rerender } = render(
      <List value={[topics[0], 'AI sa']} status="streaming" onItemRender={onItemRender} />,
    );
    const items = () => [...container.querySelectorAll('li')] as HTMLElement[];
    expect(items().map((item) => item.dataset.state)).toEqual(['complete', 'streaming']);
    renders.length = 0;
    rerender(<List value={[topics[0], 'AI safety']} status="streaming" onItemRender={onItemRender} />);
    expect(renders).toEqual([1]);
    rerender(<List value={topics} status="complete" ordered onItemRender={onItemRender} />);
    expect(container.querySelector('ol')).not.toBeNull();
    expect(items().map((item) => item.textContent)).toEqual(topics);
  });

  it('skeleton and invalid states', () => {
    const { container, rerender } = render(<List value={undefined} status="streaming" skeletonItems={5} />);
    expect(container.querySelectorAll('li .ripen-skeleton')).toHaveLength(5);
    rerender(<List value="not a list" status="complete" />);
    expect(stateOf(container)).toBe('invalid');
  });
});

describe('KeyValue', () => {
  it('renders real sentiment scores as a description list with formatted numbers', () => {
    const scores = loadFixture<Record<string, number>>('json/claude-cookbooks_sentiment-scores.json');
    const { container } = render(<KeyValue value={scores} status="complete" locale="en-US" />);
    expect([...container.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual([
      'Negative score',
      'Neutral score',
      'Positive score',
    ]);
    expect([...container.querySelectorAll('dd')].map((dd) => dd.textContent)).toEqual(['0.6', '0.3', '0.1']);
  });

  it('hinted rows show shimmer until they arrive; the last key streams', () => {
    const { container } = render(
      <KeyValue
        value={{ city: 'Par' }}
        status="streaming"
        fields={[{ key: 'city', label: 'City' }, { key: 'country' }]}
      />,
    );
    const rows = [...container.querySelectorAll('.ripen-kv-row')] as HTMLElement[];
    expect(rows.map((row) => row.dataset.state)).toEqual(['streaming', 'absent']);
    expect(rows[1]!.querySelector('.ripen-skeleton')).not.toBeNull();
    expect(screen.getByText('Country')).toBeTruthy();
  });
});

describe('Metric', () => {
  it('number with label and delta; direction in text, not only colour', () => {
    const { container, rerender } = render(<Metric value={undefined} label="Revenue" status="connecting" />);
    expect(stateOf(container)).toBe('skeleton');
    expect(container.querySelector('.ripen-metric-value .ripen-skeleton')).not.toBeNull();
    rerender(
      <Metric
        value={{ label: 'Revenue', value: 1284000, delta: 8.4 }}
        status="complete"
        locale="en-US"
        format={{ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }}
      />,
    );
    expect(container.querySelector('.ripen-metric-label')!.textContent).toBe('Revenue');
    expect(container.querySelector('.ripen-metric-value')!.textContent).toBe('$1,284,000');
    const delta = container.querySelector('.ripen-metric-delta') as HTMLElement;
    expect(delta.classList.contains('ripen-metric-delta--up')).toBe(true);
    expect(delta.textContent).toBe('▲ Up +8.4%');
    rerender(<Metric value={{ value: 3, delta: -2 }} label="Errors" unit=" ms" deltaStyle="number" locale="en-US" />);
    expect(container.querySelector('.ripen-metric-value')!.textContent).toBe('3 ms');
    expect(container.querySelector('.ripen-metric-delta')!.textContent).toBe('▼ Down -2');
  });
});

describe('refs and className', () => {
  it('every component forwards its ref to its root and merges className', async () => {
    const { AgentSteps, AutoView, Card, Chart, Renderer, Table, createDefaultCatalog } = await import(
      '../../src/components/index.js'
    );
    const cases: Array<[string, (ref: { current: HTMLElement | null }) => React.ReactElement]> = [
      ['Card', (ref) => <Card ref={ref} className="x" value={{ title: 't' }} />],
      ['Table', (ref) => <Table ref={ref as { current: HTMLDivElement | null }} className="x" value={[{ a: 1 }]} />],
      ['Chart', (ref) => <Chart ref={ref as { current: HTMLDivElement | null }} className="x" value={[1, 2]} />],
      ['List', (ref) => <List ref={ref as { current: HTMLDivElement | null }} className="x" value={['a']} />],
      [
        'KeyValue',
        (ref) => <KeyValue ref={ref as { current: HTMLDivElement | null }} className="x" value={{ a: 1 }} />,
      ],
      ['Metric', (ref) => <Metric ref={ref as { current: HTMLDivElement | null }} className="x" value={1} />],
      ['Text', (ref) => <Text ref={ref as { current: HTMLDivElement | null }} className="x" value="t" />],
      ['AgentSteps', (ref) => <AgentSteps ref={ref as { current: HTMLDivElement | null }} className="x" value={[]} />],
      [
        'Renderer',
        (ref) => (
          <Renderer
            ref={ref as { current: HTMLDivElement | null }}
            className="x"
            spec={{ type: 'text', props: { text: 't' } }}
            catalog={createDefaultCatalog()}
          />
        ),
      ],
      ['AutoView', (ref) => <AutoView ref={ref} className="x" value={{ title: 't' }} />],
    ];
    for (const [name, make] of cases) {
      const ref = { current: null as HTMLElement | null };
      const { container, unmount } = render(make(ref));
      expect(ref.current, name).toBe(container.firstElementChild);
      expect(ref.current!.classList.contains('x'), name).toBe(true);
      unmount();
    }
  });
});
