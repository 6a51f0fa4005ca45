import { render, screen, waitFor } from '@testing-library/react';
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import {
  createCatalog,
  createDefaultCatalog,
  defineCatalogEntry,
  describeCatalog,
  Renderer,
  type CatalogRenderArgs,
} from '../../src/components/index.js';
import { loadFixture } from './helpers.js';

const badgeSchema = z.object({ label: z.string(), tone: z.enum(['info', 'warning']) });
type BadgeProps = z.infer<typeof badgeSchema>;
const badge = defineCatalogEntry<BadgeProps>({
  description: 'A small badge.',
  schema: badgeSchema,
  render: (args: CatalogRenderArgs<BadgeProps>) => (
    <span
      className="test-badge"
      data-validated={String(args.validated)}
      data-tone={args.validated ? args.props.tone : 'pending'}
    >
      {typeof args.props.label === 'string' ? args.props.label : ''}
    </span>
  ),
});
const panel = defineCatalogEntry({
  description: 'A panel with children.',
  schema: v.object({ heading: v.string() }),
  children: true,
  render: (args) => (
    <section className="test-panel">
      <h2>{typeof args.props.heading === 'string' ? args.props.heading : ''}</h2>
      {args.children}
    </section>
  ),
});

describe('Renderer', () => {
  const catalog = createCatalog({ badge, panel });

  it('renders only catalog components, validating props once a node is complete', () => {
    const spec = {
      type: 'panel',
      props: { heading: 'Status' },
      children: [
        { type: 'badge', props: { label: 'OK', tone: 'info' } },
        { type: 'badge', props: { label: 'Ha' } },
      ],
    };
    const { container, rerender } = render(<Renderer spec={spec} catalog={catalog} status="streaming" />);
    const badges = () => [...container.querySelectorAll('.test-badge')] as HTMLElement[];
    expect(badges().map((node) => node.dataset.validated)).toEqual(['true', 'false']);
    expect(badges()[1]!.dataset.tone).toBe('pending');
    expect(screen.getByRole('heading', { name: 'Status' })).toBeTruthy();
    const done = {
      ...spec,
      children: [spec.children[0], { type: 'badge', props: { label: 'Hazard', tone: 'warning' } }],
    };
    rerender(<Renderer spec={done} catalog={catalog} status="complete" />);
    expect(badges().map((node) => node.dataset.tone)).toEqual(['info', 'warning']);
  });

  it('shows a skeleton until the type name is complete', () => {
    const { container } = render(<Renderer spec={{ type: 'bad' }} catalog={catalog} status="streaming" />);
    expect(container.querySelector('.ripen-renderer-skeleton')).not.toBeNull();
    expect(container.querySelector('.ripen-fallback')).toBeNull();
  });

  it('unknown types, invalid props, non-objects and too-deep nesting fall back without crashing', () => {
    const cases: Array<[unknown, string]> = [
      [{ type: 'script', props: { src: 'x' } }, 'unknown-type'],
      [{ type: '__proto__', props: {} }, 'unknown-type'],
      [{ type: 'constructor', props: {} }, 'unknown-type'],
      [{ type: 'toString' }, 'unknown-type'],
      [{ type: 'badge', props: { label: 5, tone: 'loud' } }, 'invalid-props'],
      [{ type: 7 }, 'not-an-object'],
      ['just a string', 'not-an-object'],
    ];
    for (const [spec, reason] of cases) {
      const { container, unmount } = render(<Renderer spec={spec} catalog={catalog} status="complete" />);
      const fallback = container.querySelector('.ripen-fallback') as HTMLElement;
      expect(fallback?.dataset.reason).toBe(reason);
      expect(fallback.dataset.state).toBe('invalid');
      unmount();
    }
    let deep: unknown = { type: 'badge', props: { label: 'deep', tone: 'info' } };
    for (let index = 0; index < 6; index += 1)
      deep = { type: 'panel', props: { heading: `L${index}` }, children: [deep] };
    const { container } = render(<Renderer spec={deep} catalog={catalog} maxDepth={3} />);
    expect((container.querySelector('.ripen-fallback') as HTMLElement).dataset.reason).toBe('depth-limit');
  });

  it('a component that throws renders the fallback; siblings still render', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const boom = defineCatalogEntry({
      description: 'throws',
      render: () => {
        throw new Error('boom');
      },
    });
    const spec = {
      type: 'panel',
      props: { heading: 'H' },
      children: [{ type: 'boom' }, { type: 'badge', props: { label: 'fine', tone: 'info' } }],
    };
    const { container } = render(<Renderer spec={spec} catalog={createCatalog({ panel, badge, boom })} />);
    expect((container.querySelector('.ripen-fallback') as HTMLElement).dataset.reason).toBe('render-error');
    expect(screen.getByText('fine')).toBeTruthy();
    error.mockRestore();
  });

  it('supports async Standard Schema validation', async () => {
    const asyncEntry = defineCatalogEntry<{ label: string }>({
      description: 'async',
      schema: v.pipeAsync(
        v.object({ label: v.string() }),
        v.checkAsync(async (input) => input.label !== 'no', 'rejected'),
      ),
      render: (args) => <span className="async-ok">{String(args.props.label)}</span>,
    });
    const asyncCatalog = createCatalog({ item: asyncEntry });
    const { container } = render(<Renderer spec={{ type: 'item', props: { label: 'yes' } }} catalog={asyncCatalog} />);
    await waitFor(() => expect(container.querySelector('.async-ok')!.textContent).toBe('yes'));
    const rejected = render(<Renderer spec={{ type: 'item', props: { label: 'no' } }} catalog={asyncCatalog} />);
    await waitFor(() =>
      expect((rejected.container.querySelector('.ripen-fallback') as HTMLElement).dataset.reason).toBe('invalid-props'),
    );
  });

  it('renders a realistic dashboard spec through the default catalog', () => {
    const spec = {
      type: 'stack',
      props: { direction: 'vertical' },
      children: [
        { type: 'metric', props: { label: 'Total Revenue', value: 1284000, delta: 8.4 } },
        {
          type: 'table',
          props: {
            caption: 'Entities',
            columns: [
              { key: 'name', label: 'Name' },
              { key: 'type', label: 'Type' },
            ],
            rows: loadFixture<{ entities: object[] }>('json/claude-cookbooks_named-entities-table.json').entities,
          },
        },
        {
          type: 'chart',
          props: {
            kind: 'bar',
            title: 'Rain',
            data: [
              { year: '2019', mm: 1000 },
              { year: '2020', mm: 1100 },
            ],
          },
        },
        { type: 'card', props: { title: 'Note', body: 'All good' } },
        { type: 'list', props: { items: ['a', 'b'] } },
        { type: 'text', props: { text: 'Plain' } },
        { type: 'key-value', props: { data: { region: 'EU' } } },
        { type: 'agent-steps', props: { steps: [{ type: 'thought', content: 'Done' }] } },
      ],
    };
    const { container } = render(
      <Renderer spec={spec} catalog={createDefaultCatalog()} context={{ locale: 'en-US' }} />,
    );
    expect(container.querySelector('.ripen-fallback')).toBeNull();
    expect(container.querySelector('.ripen-metric')).not.toBeNull();
    expect(screen.getByRole('columnheader', { name: 'Name' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Type' })).toBeTruthy();
    expect(screen.queryByRole('columnheader', { name: 'Context' })).toBeNull();
    expect(container.querySelectorAll('.ripen-chart-bar')).toHaveLength(2);
    expect(screen.getByRole('heading', { name: 'Note' })).toBeTruthy();
    expect(container.querySelectorAll('[role="status"]')).toHaveLength(1); // nested components stay silent
  });

  it('validates a complete node once, however often it re-renders', () => {
    let calls = 0;
    const counted = defineCatalogEntry<{ label: string }>({
      description: 'counted',
      schema: {
        '~standard': {
          version: 1,
          vendor: 'test',
          validate: (value) => {
            calls += 1;
            return { value: value as { label: string } };
          },
        },
      },
      render: (args) => <span className="counted">{String(args.props.label)}</span>,
    });
    const countedCatalog = createCatalog({ counted });
    const node = { type: 'counted', props: { label: 'x' } };
    const { rerender } = render(
      <Renderer
        spec={{ type: 'counted', props: { label: 'partial' } }}
        catalog={countedCatalog}
        status="streaming"
        fieldStatus={() => 'streaming'}
      />,
    );
    expect(calls).toBe(0); // never validated while streaming
    for (let round = 0; round < 4; round += 1)
      rerender(<Renderer spec={node} catalog={countedCatalog} status="complete" className={`r${round}`} />);
    expect(calls).toBe(1);
    expect(document.querySelector('.counted')!.textContent).toBe('x');
  });

  it('accepts props inline on the node', () => {
    const { container } = render(
      <Renderer spec={{ type: 'text', text: 'Inline props' }} catalog={createDefaultCatalog()} />,
    );
    expect(container.querySelector('.ripen-text-body')!.textContent).toBe('Inline props');
  });
});

describe('describeCatalog', () => {
  it('lists every type with description, JSON Schema and children rule', () => {
    const text = describeCatalog(createCatalog({ badge, panel }));
    expect(text).toContain('## badge\nA small badge.');
    expect(text).toContain('"tone":{"type":"string","enum":["info","warning"]}');
    expect(text).toContain('## panel');
    expect(text).toContain('children: allowed');
    const defaults = describeCatalog(createDefaultCatalog());
    for (const type of ['card', 'table', 'chart', 'list', 'key-value', 'metric', 'text', 'agent-steps', 'stack'])
      expect(defaults).toContain(`## ${type}\n`);
    expect(defaults).toContain('"required":["rows"]');
  });
});
