import { render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AgentSteps,
  AutoView,
  CHINESE_MESSAGES,
  Card,
  Chart,
  ENGLISH_MESSAGES,
  KeyValue,
  MessagesProvider,
  Metric,
  Table,
  Text,
  resolveMessages,
} from '../../src/components/index.js';
import type { SchemaSkeleton } from '../../src/core/schema/schema-skeleton.js';
import { titleMayArrive } from '../../src/components/card/card.js';
import { formatIsoDate } from '../../src/components/common/json-shape.js';
import { columnWeights } from '../../src/components/table/table-layout.js';
import './helpers.js';

const note = (container: HTMLElement) => container.querySelector('.ripen-status-note')?.textContent;

describe('copy in the user’s language', () => {
  it('built-in Simplified Chinese by locale, for notes, labels and summaries', () => {
    const { container } = render(
      <MessagesProvider locale="zh-CN">
        <Table value={[{ name: 'Ada' }]} status="truncated" />
        <AgentSteps value={[{ thought: '先查航班' }]} status="complete" />
        <KeyValue value={{ ok: true, tags: [{ a: 1 }] }} />
      </MessagesProvider>,
    );
    expect(note(container)).toBe('…回答被截断，以下为已收到的内容。');
    expect(container.querySelector('.ripen-step-label')!.textContent).toBe('思考');
    expect(container.querySelector('.ripen-steps')!.getAttribute('aria-label')).toBe('智能体步骤');
    expect(container.querySelector('.ripen-key-value .ripen-kv-value')!.textContent).toBe('是');
    // A nested value of a standalone view: drawn as rows / items (no AutoView needed), never a count.
    expect(container.querySelector('.ripen-key-value ol.ripen-nested dl.ripen-nested')!.textContent).toBe('A1');
  });

  it('any key can be overridden, by the provider or by one view', () => {
    const { container } = render(
      <MessagesProvider locale="zh-CN" messages={{ aborted: '已停止' }}>
        <Text value="partial" status="aborted" />
        <Text value="partial" status="error" messages={{ error: 'Custom failure' }} />
      </MessagesProvider>,
    );
    expect([...container.querySelectorAll('.ripen-status-note')].map((one) => one.textContent)).toEqual([
      '…已停止',
      '!Custom failure',
    ]);
  });

  it('both languages have every key (each component bundles only its own group); resolveMessages picks by locale', () => {
    expect(Object.keys(CHINESE_MESSAGES).sort()).toEqual(Object.keys(ENGLISH_MESSAGES).sort());
    expect(Object.keys(ENGLISH_MESSAGES)).toHaveLength(52);
    expect(resolveMessages('zh-Hans-CN').tableLoaded(2)).toBe('表格已加载，共 2 行');
    expect(resolveMessages('ZH').renderError).toBe('这部分回答无法显示。');
    expect(resolveMessages('zh-TW')).toBe(ENGLISH_MESSAGES);
    expect(resolveMessages('en', { noRows: 'None' }).noRows).toBe('None');
    expect(ENGLISH_MESSAGES.tableLoaded(1)).toBe('Table loaded, 1 row');
    expect(ENGLISH_MESSAGES.unknownType).toBe('This part of the answer uses a component that is not available.');
  });

  it('the invalid state says the content does not match the schema', () => {
    const { container } = render(<Table value="not rows" />);
    expect(container.querySelector('.ripen-table')!.getAttribute('data-state')).toBe('invalid');
    expect(note(container)).toBe('!This content does not match the schema.');
  });
});

describe('numbers, units and dates', () => {
  it('Metric formats currency and units with Intl.NumberFormat, never glued', () => {
    const { container, rerender } = render(<Metric value={{ value: 4812350, unit: 'USD' }} locale="en-US" />);
    const value = () => container.querySelector('.ripen-metric-value')!.textContent;
    expect(value()).toBe('$4,812,350.00');
    rerender(<Metric value={{ value: 4812350, currency: 'CNY' }} locale="zh-CN" />);
    expect(value()).toBe('¥4,812,350.00');
    rerender(<Metric value={120} unit="km/h" locale="en-US" />);
    expect(value()).toBe('120 km/h');
    rerender(<Metric value={3} unit="widgets" locale="en-US" />);
    expect(value()).toBe('3 widgets');
  });

  it('Metric with better="lower" shows a drop as good, in colour and in words', () => {
    const { container } = render(
      <Metric value={{ label: 'p95 latency', value: 180, unit: 'ms', delta: -12 }} better="lower" locale="en-US" />,
    );
    const delta = container.querySelector('.ripen-metric-delta')!;
    expect(delta.classList.contains('ripen-metric-delta--good')).toBe(true);
    expect(delta.textContent).toBe('▼ Down -12% (better)');
    expect(container.querySelector('.ripen-metric-value')!.textContent).toBe('180 ms');
  });

  it('complete ISO dates and timestamps are formatted with Intl.DateTimeFormat; other strings stay', () => {
    expect(formatIsoDate('2026-10-01', 'en-US')).toBe('Oct 1, 2026');
    expect(formatIsoDate('2026-10-01', 'zh-CN')).toBe('2026年10月1日');
    expect(formatIsoDate('2026-10-01T09:30:00Z', 'en-US')).toMatch(/^(Sep 30|Oct 1|Oct 2), 2026, \d{1,2}:30\s?[AP]M$/);
    expect(formatIsoDate('2026-13-45', 'en-US')).toBeUndefined();
    expect(formatIsoDate('Release 2026-10-01', 'en-US')).toBeUndefined();
    const { container } = render(<KeyValue value={{ due: '2026-10-01' }} locale="en-US" />);
    expect(container.querySelector('.ripen-kv-value')!.textContent).toBe('Oct 1, 2026');
  });
});

describe('calm to watch', () => {
  it('a card streaming without a schema holds the title line until its first value; never blank at the end', () => {
    const { container, rerender } = render(<Card value={{}} status="streaming" />);
    expect(container.querySelector('.ripen-card-title--reserved .ripen-skeleton')).not.toBeNull();
    // A title first: it takes the line.
    rerender(<Card value={{ title: 'Pan' }} status="streaming" />);
    expect(container.querySelector('.ripen-card-title--reserved')).toBeNull();
    expect(container.querySelector('header .ripen-card-title')!.textContent).toBe('Pan');
    rerender(<Card value={{ title: 'Pancakes', servings: 4 }} status="complete" />);
    expect(container.querySelector('h3.ripen-card-title')!.textContent).toBe('Pancakes');
    // Another key first (a tool call's arguments): the line goes with the skeleton, a later
    // title-like key stays a row below (no line left blank, nothing pushed down).
    const untitled = render(<Card value={{}} status="streaming" />);
    untitled.rerender(<Card value={{ servings: 4 }} status="streaming" />);
    expect(untitled.container.querySelector('.ripen-card-title--reserved')).toBeNull();
    expect(untitled.container.querySelector('header')).toBeNull();
    untitled.rerender(<Card value={{ servings: 4, title: 'Pancakes' }} status="complete" />);
    expect(untitled.container.querySelector('header')).toBeNull();
    const labels = [...untitled.container.querySelectorAll('.ripen-kv-key')].map((one) => one.textContent);
    expect(labels).toEqual(['Servings', 'Title']);
    // Static data lays out at once: the title is the heading wherever it is.
    const settled = render(<Card value={{ servings: 4, title: 'Pancakes' }} />);
    expect(settled.container.querySelector('h3.ripen-card-title')!.textContent).toBe('Pancakes');
  });

  it('a card keeps rows and sections in key order: a row arriving after a section goes below it', () => {
    const order = (container: HTMLElement) =>
      [...container.querySelector('.ripen-card')!.children]
        .filter((one) => one.matches('dl, section'))
        .map((one) =>
          one.matches('section')
            ? `section:${one.querySelector('h4')!.textContent}`
            : `rows:${one.querySelectorAll(':scope > div').length}`,
        );
    const { container, rerender } = render(<Card value={{ servings: 4, ingredients: ['egg'] }} status="streaming" />);
    expect(order(container)).toEqual(['rows:1', 'section:Ingredients']);
    const section = container.querySelector('section');
    rerender(<Card value={{ servings: 4, ingredients: ['egg'], minutes: 10 }} status="complete" />);
    expect(order(container)).toEqual(['rows:1', 'section:Ingredients', 'rows:1']);
    // The section is the same node, with nothing inserted above it.
    expect(container.querySelector('section')).toBe(section);
  });

  it('a card reserves the title line only where the schema has a title-role field (or no schema)', () => {
    const answers: SchemaSkeleton = { kind: 'array', expectedItems: 3, item: { kind: 'object', fields: [] } };
    const untitledSchema: SchemaSkeleton = {
      kind: 'object',
      fields: [{ key: 'answers', label: 'answers', required: true, skeleton: answers }],
    };
    const noTitle = render(<AutoView value={{}} skeleton={untitledSchema} status="streaming" />);
    expect(noTitle.container.querySelector('.ripen-card-title--reserved')).toBeNull();
    expect(noTitle.container.querySelector('.ripen-card-header')).toBeNull();
    noTitle.rerender(<AutoView value={{ answers: [] }} skeleton={untitledSchema} status="complete" />);
    expect(noTitle.container.querySelector('.ripen-card-header')).toBeNull();
    expect(noTitle.container.querySelector('.ripen-card-section-title')!.textContent).toBe('Answers');
    // Card with the skeleton only (no field hints): same rule.
    const skeletonOnly = render(<Card value={{}} skeleton={untitledSchema} status="streaming" />);
    expect(skeletonOnly.container.querySelector('.ripen-card-title--reserved')).toBeNull();
    // A schema with a title field: the title slot itself holds the line (shimmer), no extra reservation.
    const titled: SchemaSkeleton = {
      kind: 'object',
      fields: [
        { key: 'name', label: 'name', required: true, skeleton: { kind: 'string' } },
        { key: 'age', label: 'age', required: true, skeleton: { kind: 'integer' } },
      ],
    };
    const withTitle = render(<AutoView value={{ age: 3 }} skeleton={titled} status="streaming" />);
    expect(withTitle.container.querySelector('.ripen-card-title--reserved')).toBeNull();
    expect(withTitle.container.querySelector('div.ripen-card-title .ripen-skeleton')).not.toBeNull();
    expect(titleMayArrive(undefined, titled)).toBe(true);
    expect(titleMayArrive(undefined, untitledSchema)).toBe(false);
    expect(titleMayArrive([{ key: 'answers', role: 'section' }], undefined)).toBe(false);
    expect(titleMayArrive(undefined, undefined)).toBe(true);
  });

  it('the end-state note comes after the content, and absent rows stop shimmering once aborted', () => {
    const { container } = render(<KeyValue value={{ a: 1 }} fields={[{ key: 'a' }, { key: 'b' }]} status="aborted" />);
    const root = container.querySelector('.ripen-key-value')!;
    expect(root.lastElementChild!.previousElementSibling!.className).toContain('ripen-status-note');
    expect(root.querySelectorAll('.ripen-skeleton').length).toBe(0);
  });

  it('column widths follow content: a long description gets more room than an id', () => {
    const rows = [{ id: 1, description: 'A long description of the item that needs room', price: 9.5 }];
    const weights = columnWeights([{ key: 'id' }, { key: 'description' }, { key: 'price' }], rows);
    expect(weights).toEqual([4, 40, 7]);
    const { container } = render(<Table value={rows} />);
    const widths = [...container.querySelectorAll('col')].map((col) => (col as HTMLElement).style.width);
    expect(widths).toEqual(['7.84%', '78.43%', '13.73%']);
  });

  it('numeric placeholder bars follow their column’s alignment', () => {
    const { container } = render(
      <Table value={undefined} status="streaming" columns={[{ key: 'name' }, { key: 'price', numeric: true }]} />,
    );
    const cells = [...container.querySelector('tbody tr')!.children];
    expect(cells.map((cell) => cell.classList.contains('ripen-numeric'))).toEqual([false, true]);
  });

  it('one labelling rule: chart legends humanise column keys like tables and cards', () => {
    const rows = [
      { month: 'Jan', revenue_usd: 3, cost_usd: 2 },
      { month: 'Feb', revenue_usd: 5, cost_usd: 1 },
    ];
    const { container } = render(<Chart value={rows} />);
    expect([...container.querySelectorAll('.ripen-chart-legend li')].map((li) => li.textContent)).toEqual([
      'Revenue usd',
      'Cost usd',
    ]);
  });
});

describe('development warnings and misuse', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  it('fieldStatus without pointer, an unknown chart kind and an out-of-range heading level warn', () => {
    render(<Text value="grows" fieldStatus={() => 'absent'} status="streaming" />);
    const { container } = render(<Chart value={[1, 2, 3]} kind={'pie3d' as never} />);
    const card = render(<Card value={{ title: 'T' }} headingLevel={7 as never} />);
    expect(warn.mock.calls.map((call: unknown[]) => call[0])).toEqual([
      'ripen: `fieldStatus` was given without `pointer`: statuses are read at the root (""). Pass the pointer of `value`.',
      'ripen: unknown chart kind "pie3d"; drawing a line chart (kinds: line, bar, area, scatter, pie, donut).',
      'ripen: headingLevel must be 2–5; got 7, using 5.',
    ]);
    expect(container.querySelector('.ripen-chart--line')).not.toBeNull();
    expect(container.querySelector('svg')!.getAttribute('aria-label')).toBe('Line chart, 1 series');
    expect(card.container.querySelector('h5.ripen-card-title')!.textContent).toBe('T');
  });
});
