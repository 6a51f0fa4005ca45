import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createRef, type ReactNode } from 'react';
import { Card, NestedAutoViews, type CardAction } from '../../src/components/index.js';
import { loadFixture, readerFrom } from './helpers.js';

const article = loadFixture<{ author: string; topics: string[]; summary: string }>(
  'json/claude-cookbooks_article-summary-card.json',
);

/** Nested values render through AutoView only where one provides it (no component imports AutoView). */
function withAutoViews(node: ReactNode) {
  return <NestedAutoViews value={undefined}>{node}</NestedAutoViews>;
}

function root(container: HTMLElement) {
  return container.querySelector('.ripen-card') as HTMLElement;
}

describe('Card', () => {
  it('skeleton before any byte: shimmer placeholders, aria-busy, no loading text', () => {
    const { container } = render(<Card value={undefined} status="connecting" />);
    expect(root(container).dataset.state).toBe('skeleton');
    expect(root(container).getAttribute('aria-busy')).toBe('true');
    expect(container.querySelectorAll('.ripen-skeleton').length).toBeGreaterThanOrEqual(2);
    expect(root(container).textContent).toBe('');
  });

  it('lays out the skeleton from field hints before any byte', () => {
    const { container } = render(
      <Card
        value={undefined}
        status="streaming"
        fields={[{ key: 'headline', role: 'title' }, { key: 'price', label: 'Price' }, { key: 'stock' }]}
      />,
    );
    expect(screen.getByText('Price')).toBeTruthy();
    expect(screen.getByText('Stock')).toBeTruthy();
    expect(container.querySelector('.ripen-card-title .ripen-skeleton')).not.toBeNull();
    expect(container.querySelectorAll('.ripen-kv-value .ripen-skeleton')).toHaveLength(2);
  });

  it('skeletonDelay hides the shimmer but keeps its space until the delay passes', () => {
    vi.useFakeTimers();
    try {
      const { container } = render(<Card value={undefined} status="connecting" skeletonDelay={300} />);
      expect(root(container).classList.contains('ripen-skeleton-hidden')).toBe(true);
      expect(container.querySelectorAll('.ripen-skeleton').length).toBeGreaterThan(0);
      act(() => vi.advanceTimersByTime(301));
      expect(root(container).classList.contains('ripen-skeleton-hidden')).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('streams a real article summary: body with caret, then complete', () => {
    const partial = { author: article.author, topics: article.topics, summary: article.summary.slice(0, 80) };
    const { container, rerender } = render(withAutoViews(<Card value={partial} status="streaming" />));
    expect(root(container).dataset.state).toBe('streaming');
    expect(root(container).getAttribute('aria-busy')).toBe('true');
    const body = container.querySelector('.ripen-card-body') as HTMLElement;
    expect(body.textContent).toBe(article.summary.slice(0, 80));
    expect(body.dataset.state).toBe('streaming');
    expect(body.querySelector('.ripen-caret')).not.toBeNull();
    expect(container.querySelector('.ripen-card-subtitle')!.textContent).toBe('Anthropic');
    // topics is a complete earlier sibling rendered through AutoView (a list)
    expect([...container.querySelectorAll('.ripen-list-item')].map((item) => item.textContent)).toEqual(article.topics);

    rerender(withAutoViews(<Card value={article} status="complete" />));
    expect(root(container).dataset.state).toBe('complete');
    expect(root(container).hasAttribute('aria-busy')).toBe(false);
    expect(container.querySelector('.ripen-caret')).toBeNull();
    expect(container.querySelector('.ripen-card-body')!.textContent).toBe(article.summary);
  });

  it('without an AutoView around it, a nested value is a one-line summary (Card does not bundle AutoView)', () => {
    const { container } = render(<Card value={article} status="complete" />);
    const section = container.querySelector('.ripen-card-section') as HTMLElement;
    expect(section.textContent).toBe(`Topics${article.topics.join(', ')}`);
    expect(container.querySelector('.ripen-list')).toBeNull();
  });

  it('custom layouts from the parts: Card.Root binds Title, Text and Field by context, refs forwarded', () => {
    const title = createRef<HTMLElement>();
    const field = createRef<HTMLDivElement>();
    const root = createRef<HTMLElement>();
    const value = { name: 'Kyoto trip', days: 4, notes: 'Temples first, the' };
    const reader = readerFrom({ '': 'streaming', '/notes': 'streaming', '/budget': 'absent' }, 'complete');
    const { container } = render(
      <Card.Root ref={root} value={value} status="streaming" fieldStatus={reader} pointer="" labelled>
        <Card.Title ref={title} name="name" />
        <dl className="ripen-kv-list">
          <Card.Field ref={field} name="days" />
          <Card.Field name="budget" label="Budget (JPY)" />
        </dl>
        <Card.Text name="notes" />
      </Card.Root>,
    );
    expect(root.current!.tagName).toBe('ARTICLE');
    expect(root.current!.getAttribute('data-state')).toBe('streaming');
    expect(title.current!.textContent).toBe('Kyoto trip');
    expect(root.current!.getAttribute('aria-labelledby')).toBe(title.current!.id);
    expect(field.current!.textContent).toBe('Days4');
    const budget = container.querySelectorAll('.ripen-kv-row')[1] as HTMLElement;
    expect(budget.dataset.state).toBe('absent');
    expect(budget.querySelector('.ripen-skeleton')).not.toBeNull();
    const notes = container.querySelector('.ripen-card-body') as HTMLElement;
    expect(notes.textContent).toBe('Temples first, the');
    expect(notes.querySelector('.ripen-caret')).not.toBeNull();
  });

  it('a part outside Card.Root is misuse: a TypeError with a hint', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<Card.Title />)).toThrow(new TypeError('Card.Title must be inside <Card.Root> (or <Card>).'));
    errors.mockRestore();
  });

  it('per-field status drives skeleton vs value', () => {
    const value = { title: 'Weather', city: 'Paris' };
    const reader = readerFrom({
      '': 'streaming',
      '/title': 'complete',
      '/city': 'streaming',
      '/temperature': 'absent',
    });
    const { container } = render(
      <Card value={value} status="streaming" fieldStatus={reader} fields={[{ key: 'temperature' }]} />,
    );
    const rows = [...container.querySelectorAll('.ripen-kv-row')] as HTMLElement[];
    const byLabel = Object.fromEntries(rows.map((row) => [row.querySelector('dt')!.textContent, row]));
    expect(byLabel['Temperature']!.dataset.state).toBe('absent');
    expect(byLabel['Temperature']!.querySelector('.ripen-skeleton')).not.toBeNull();
    expect(byLabel['City']!.dataset.state).toBe('streaming');
    expect(byLabel['City']!.querySelector('.ripen-caret')).not.toBeNull();
    expect(screen.getByRole('heading', { name: 'Weather' })).toBeTruthy();
  });

  it('uses a pointer prefix with the reader (card on a sub-tree)', () => {
    const seen: string[] = [];
    const reader = (pointer: string) => {
      seen.push(pointer);
      return pointer === '/data/card/name' ? 'invalid' : 'complete';
    };
    const { container } = render(
      <Card value={{ name: 'X', kind: 'y' }} status="streaming" fieldStatus={reader} pointer="/data/card" />,
    );
    expect(seen).toContain('/data/card');
    expect(seen).toContain('/data/card/kind');
    expect(container.querySelector('.ripen-card-title')!.getAttribute('data-state')).toBe('invalid');
  });

  it('marks invalid fields and shows truncated / error / aborted distinctly', () => {
    const reader = readerFrom({ '/age': 'invalid' });
    const { container, rerender } = render(
      <Card value={{ name: 'A', age: 'x' }} status="complete" fieldStatus={reader} />,
    );
    expect(container.querySelector('.ripen-kv-row[data-state="invalid"]')!.textContent).toContain('(invalid)');
    for (const status of ['truncated', 'error', 'aborted'] as const) {
      rerender(<Card value={{ name: 'A', bio: 'half' }} status={status} />);
      expect(root(container).dataset.state).toBe(status);
      expect(container.querySelector(`.ripen-status-note--${status}`)).not.toBeNull();
      expect(container.querySelector('.ripen-caret')).toBeNull();
    }
    rerender(<Card value={[1, 2]} status="complete" />);
    expect(root(container).dataset.state).toBe('invalid');
  });

  it('picks title-like keys on arbitrary objects and renders nested values via AutoView', () => {
    const tree = loadFixture<Record<string, unknown>>('json/claude-cookbooks_org-chart-tree.json');
    const { container } = render(withAutoViews(<Card value={tree} status="complete" />));
    expect(container.querySelectorAll('.ripen-card').length).toBeGreaterThan(1);
    expect(container.querySelector('table')).not.toBeNull();
    const person = loadFixture<Record<string, unknown>>('json/claude-cookbooks_person-characteristics.json');
    const second = render(<Card value={person} status="complete" />);
    expect(second.container.querySelector('.ripen-card-title')).toBeNull();
    expect([...second.container.querySelectorAll('.ripen-kv-key')].map((key) => key.textContent)).toEqual([
      'Height',
      'Facial hair',
      'Facial features',
      'Voice',
      'Clothing',
    ]);
  });

  it('actions call onAction with allowlisted data only and never navigate', () => {
    const onAction = vi.fn<(action: CardAction) => void>();
    const value = {
      title: 'Flight',
      actions: [
        { id: 'book', label: 'Book', url: 'https://example.com/book', value: 42 },
        { label: 'Evil', url: 'javascript:alert(1)' },
        { label: 'Pending' },
      ],
    };
    const { rerender } = render(<Card value={value} status="streaming" onAction={onAction} />);
    const pending = screen.getByRole('button', { name: 'Pending' }) as HTMLButtonElement;
    expect(pending.disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Book' }));
    fireEvent.click(screen.getByRole('button', { name: 'Evil' }));
    expect(onAction.mock.calls).toEqual([
      [{ id: 'book', label: 'Book', value: 42, url: 'https://example.com/book' }],
      [{ id: 'Evil', label: 'Evil' }],
    ]);
    rerender(<Card value={value} status="complete" onAction={onAction} />);
    expect((screen.getByRole('button', { name: 'Pending' }) as HTMLButtonElement).disabled).toBe(false);
    expect(document.querySelector('a')).toBeNull();
    for (const button of screen.getAllByRole('button')) expect(button.getAttribute('type')).toBe('button');
  });

  it('shows images only when opted in and only with allowed protocols', () => {
    const value = { title: 'Cat', image: { src: 'https://example.com/cat.png', alt: 'A cat' } };
    const off = render(<Card value={value} status="complete" />);
    expect(off.container.querySelector('img')).toBeNull();
    off.unmount();
    const on = render(<Card value={value} status="complete" images />);
    const img = on.container.querySelector('img')!;
    expect(img.getAttribute('src')).toBe('https://example.com/cat.png');
    expect(img.getAttribute('alt')).toBe('A cat');
    expect(img.getAttribute('referrerpolicy')).toBe('no-referrer');
    on.unmount();
    const bad = render(<Card value={{ title: 'x', image: 'javascript:alert(1)' }} status="complete" images />);
    expect(bad.container.querySelector('img')).toBeNull();
  });

  it('forwards refs and className', () => {
    const ref = { current: null as HTMLElement | null };
    const { container } = render(<Card ref={ref} className="mine" value={{ title: 'T' }} />);
    expect(ref.current).toBe(root(container));
    expect(root(container).classList.contains('mine')).toBe(true);
  });

  it('re-renders only the field that changed (memoised parts)', () => {
    const renders: string[] = [];
    const onPartRender = (part: string) => renders.push(part);
    const base = { title: 'Report', region: 'EU', revenue: 10 };
    const { rerender } = render(
      <Card value={{ ...base, notes: 'Grow' }} status="streaming" onPartRender={onPartRender} />,
    );
    renders.length = 0;
    rerender(<Card value={{ ...base, notes: 'Growing' }} status="streaming" onPartRender={onPartRender} />);
    expect(renders).toEqual(['Notes']);
  });
});
