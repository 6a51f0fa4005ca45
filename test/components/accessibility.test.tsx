import { act, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { FieldStatusReader, StreamStatus } from '../../src/core/stream/types.js';
import {
  AgentSteps,
  AutoView,
  Card,
  Chart,
  createDefaultCatalog,
  KeyValue,
  List,
  Metric,
  Renderer,
  Table,
  Text,
} from '../../src/components/index.js';
import { axeViolations, loadFixture, readerFrom } from './helpers.js';

const entities = loadFixture<{ entities: Array<Record<string, string>> }>(
  'json/claude-cookbooks_named-entities-table.json',
).entities;
const article = loadFixture<Record<string, unknown>>('json/claude-cookbooks_article-summary-card.json');
const catalog = createDefaultCatalog();

type Make = (value: unknown, status: StreamStatus, fieldStatus?: FieldStatusReader) => ReactElement;
const COMPONENTS: Record<string, { make: Make; full: unknown; partial: unknown }> = {
  Card: {
    make: (value, status, fs) => <Card value={value} status={status} fieldStatus={fs} onAction={() => undefined} />,
    full: { ...article, title: 'Testing', actions: [{ label: 'Open' }] },
    partial: { title: 'Test', summary: 'The art' },
  },
  Table: {
    make: (value, status, fs) => <Table value={value} status={status} fieldStatus={fs} caption="Entities" />,
    full: entities,
    partial: [entities[0], { name: 'Goo' }],
  },
  Chart: {
    make: (value, status, fs) => <Chart value={value} status={status} fieldStatus={fs} title="Series" />,
    full: {
      series: [
        { name: 'A', data: [1, 3, 2] },
        { name: 'B', data: [2, 2, 4] },
      ],
    },
    partial: { series: [{ name: 'A', data: [1, 3] }] },
  },
  Pie: {
    make: (value, status, fs) => <Chart value={value} status={status} fieldStatus={fs} kind="donut" />,
    full: [
      { label: 'a', v: 2 },
      { label: 'b', v: 3 },
    ],
    partial: [{ label: 'a', v: 2 }],
  },
  List: {
    make: (value, status, fs) => <List value={value} status={status} fieldStatus={fs} />,
    full: article.topics,
    partial: ['AI pol'],
  },
  KeyValue: {
    make: (value, status, fs) => <KeyValue value={value} status={status} fieldStatus={fs} />,
    full: { a: 1, b: 'two' },
    partial: { a: 1, b: 't' },
  },
  Metric: {
    make: (value, status, fs) => <Metric value={value} status={status} fieldStatus={fs} label="Revenue" />,
    full: { value: 12, delta: 3 },
    partial: { value: 12 },
  },
  Text: {
    make: (value, status, fs) => <Text value={value} status={status} fieldStatus={fs} />,
    full: 'Hello world',
    partial: 'Hel',
  },
  AgentSteps: {
    make: (value, status, fs) => <AgentSteps value={value} status={status} fieldStatus={fs} />,
    full: [{ thought: 'Plan', action: 'search', action_input: { q: 'x' }, observation: 'found' }],
    partial: [{ thought: 'Pl' }],
  },
  AutoView: {
    make: (value, status, fs) => <AutoView value={value} status={status} fieldStatus={fs} />,
    full: { title: 'T', rows: entities.slice(0, 2) },
    partial: { title: 'T' },
  },
  Renderer: {
    make: (value, status, fs) => <Renderer spec={value} status={status} fieldStatus={fs} catalog={catalog} />,
    full: {
      type: 'stack',
      children: [
        { type: 'card', props: { title: 'A' } },
        { type: 'unknown-thing' },
        { type: 'table', props: { rows: entities.slice(0, 2) } },
      ],
    },
    partial: { type: 'stack', children: [{ type: 'card', props: { title: 'A' } }, { type: 'ta' }] },
  },
};

const STATES: Array<[string, (entry: (typeof COMPONENTS)[string]) => ReactElement]> = [
  ['skeleton', (entry) => entry.make(undefined, 'connecting')],
  ['streaming', (entry) => entry.make(entry.partial, 'streaming')],
  ['complete', (entry) => entry.make(entry.full, 'complete')],
  ['truncated', (entry) => entry.make(entry.partial, 'truncated')],
  ['aborted', (entry) => entry.make(entry.partial, 'aborted')],
  ['error', (entry) => entry.make(entry.partial, 'error')],
  ['invalid', (entry) => entry.make(entry.full, 'complete', readerFrom({}, 'invalid'))],
];

describe('axe-core: no violations in any state', () => {
  for (const [name, entry] of Object.entries(COMPONENTS)) {
    for (const [state, build] of STATES) {
      it(`${name} ${state}`, async () => {
        const { container } = render(build(entry));
        const root = container.firstElementChild as HTMLElement;
        if (name !== 'AutoView' && name !== 'Renderer') {
          expect(root.dataset.state).toBe(state);
          expect(root.getAttribute('aria-busy')).toBe(state === 'skeleton' || state === 'streaming' ? 'true' : null);
        }
        expect(await axeViolations(container)).toEqual([]);
      });
    }
  }
});

describe('live region announcements', () => {
  it('announces once when a table completes, never per token, and never moves focus', () => {
    const button = document.createElement('button');
    document.body.appendChild(button);
    button.focus();
    const { container, rerender } = render(<Table value={undefined} status="connecting" />);
    const region = () => container.querySelector('[role="status"]') as HTMLElement;
    expect(region().getAttribute('aria-live')).toBe('polite');
    const texts: string[] = [];
    for (let count = 1; count <= entities.length; count += 1) {
      rerender(<Table value={entities.slice(0, count)} status="streaming" />);
      texts.push(region().textContent!);
    }
    expect(texts.every((text) => text === '')).toBe(true);
    act(() => rerender(<Table value={entities} status="complete" />));
    expect(region().textContent).toBe('Table loaded, 6 rows');
    act(() => rerender(<Table value={entities} status="complete" caption="x" />));
    expect(region().textContent).toBe('Table loaded, 6 rows');
    expect(document.activeElement).toBe(button);
    button.remove();
  });

  it('stays silent for content mounted already complete (history)', () => {
    const { container } = render(<Card value={{ title: 'Old' }} status="complete" />);
    expect(container.querySelector('[role="status"]')!.textContent).toBe('');
  });

  it('announces a card, a chart and a list by name', () => {
    const card = render(<Card value={{ title: 'Wea' }} status="streaming" />);
    act(() => card.rerender(<Card value={{ title: 'Weather' }} status="complete" />));
    expect(card.container.querySelector('[role="status"]')!.textContent).toBe('Card loaded: Weather');
    const chart = render(<Chart value={[1]} status="streaming" />);
    act(() => chart.rerender(<Chart value={[1, 2]} status="complete" />));
    expect(chart.container.querySelector('[role="status"]')!.textContent).toBe('Chart loaded, 1 series');
    const list = render(<List value={['a']} status="streaming" />);
    act(() => list.rerender(<List value={['a', 'b']} status="truncated" />));
    expect(list.container.querySelector('[role="status"]')!.textContent).toBe('List loaded, 2 items');
  });
});

describe('stylesheet', () => {
  it('defines light and dark themes, reduced motion, and prefixes every class', async () => {
    const { readFileSync } = await import('node:fs');
    const css = readFileSync(`${process.cwd()}/src/styles/ripen.css`, 'utf8');
    expect(css).toContain('@media (prefers-color-scheme: dark)');
    expect(css).toContain("[data-theme='dark']");
    const reduced = css.slice(css.indexOf('@media (prefers-reduced-motion: reduce)'));
    expect(reduced).toContain('.ripen-skeleton::after { animation: none');
    expect(reduced).toContain('.ripen-caret { animation: none; }');
    const classes = [...css.matchAll(/\.([a-zA-Z][\w-]*)/g)]
      .map((match) => match[1]!)
      .filter((name) => !/^\d/.test(name));
    expect(classes.length).toBeGreaterThan(50);
    for (const name of classes) expect(name.startsWith('ripen-'), name).toBe(true);
  });
});
