import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Table } from '../../src/components/index.js';
import { loadFixture, readerFrom } from './helpers.js';

const entities = loadFixture<{ entities: Array<{ name: string; type: string; context: string }> }>(
  'json/claude-cookbooks_named-entities-table.json',
).entities;
const root = (container: HTMLElement) => container.querySelector('.ripen-table') as HTMLElement;
const bodyRows = (container: HTMLElement) =>
  [...container.querySelectorAll('tbody tr.ripen-table-row:not(.ripen-table-row--placeholder)')] as HTMLElement[];
const placeholderRows = (container: HTMLElement) =>
  container.querySelectorAll('tbody tr.ripen-table-row--placeholder[aria-hidden="true"]').length;

describe('Table', () => {
  it('skeleton: header from the columns hint and shimmer rows, no text', () => {
    const { container } = render(
      <Table
        value={undefined}
        status="connecting"
        columns={[
          { key: 'name', label: 'Name' },
          { key: 'score', numeric: true },
        ]}
        skeletonRows={4}
      />,
    );
    expect(root(container).dataset.state).toBe('skeleton');
    expect(root(container).getAttribute('aria-busy')).toBe('true');
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Name', 'Score']);
    expect(placeholderRows(container)).toBe(4);
    expect(container.querySelector('tbody')!.textContent).toBe('');
    expect(container.querySelectorAll('col')).toHaveLength(2);
  });

  it('streams rows of a real entity table; columns from the first complete row', () => {
    const partial = [entities[0], { name: 'Goo' }];
    const { container, rerender } = render(<Table value={partial} status="streaming" caption="Entities" />);
    expect(root(container).dataset.state).toBe('streaming');
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Name', 'Type', 'Context']);
    const rows = bodyRows(container);
    expect(rows.map((row) => row.dataset.state)).toEqual(['complete', 'streaming']);
    expect(rows[1]!.querySelector('.ripen-caret')).not.toBeNull();
    expect(rows[1]!.querySelectorAll('.ripen-skeleton')).toHaveLength(2); // type and context not there yet
    expect(rows.every((row) => row.classList.contains('ripen-row-enter'))).toBe(true);
    expect(screen.queryAllByRole('button')).toHaveLength(0); // no sorting while streaming
    expect(placeholderRows(container)).toBe(1); // 3 rows reserved (skeletonRows), 2 arrived

    rerender(<Table value={entities} status="complete" caption="Entities" />);
    expect(root(container).dataset.state).toBe('complete');
    expect(bodyRows(container)).toHaveLength(6);
    expect(bodyRows(container)[5]!.textContent).toContain('San Francisco');
    expect(container.querySelector('caption')!.textContent).toBe('Entities');
    // rows that arrived while streaming keep their (already played) entry animation; rows that
    // mount after the end (the last four here) never animate
    expect(bodyRows(container).map((row) => row.classList.contains('ripen-row-enter'))).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(container.querySelector('.ripen-table-grid')).not.toBeNull();
  });

  it('row k replaces placeholder k in the same tbody; the placeholders after it keep their nodes', () => {
    const { container, rerender } = render(<Table value={[]} status="streaming" skeletonRows={4} />);
    expect(container.querySelectorAll('tbody')).toHaveLength(1);
    const before = [...container.querySelectorAll('tbody tr')];
    expect(before).toHaveLength(4);

    rerender(<Table value={[entities[0]]} status="streaming" skeletonRows={4} />);
    expect(container.querySelectorAll('tbody')).toHaveLength(1);
    expect(container.querySelector('tbody')!.hasAttribute('aria-hidden')).toBe(false);
    const after = [...container.querySelectorAll('tbody tr')];
    expect(after).toHaveLength(4);
    expect(after[0]!.classList.contains('ripen-table-row--placeholder')).toBe(false);
    expect(after[0]!.getAttribute('aria-rowindex')).toBe('2');
    expect(after.slice(1)).toEqual(before.slice(1)); // placeholders 1..3: same DOM nodes, same places
    expect(after.slice(1).every((row) => row.getAttribute('aria-hidden') === 'true')).toBe(true);

    rerender(<Table value={[entities[0], entities[1]]} status="complete" skeletonRows={4} />);
    expect(placeholderRows(container)).toBe(0);
    expect(bodyRows(container)).toHaveLength(2);
  });

  it('does not re-render rows already shown when the stream ends', () => {
    const renders: number[] = [];
    const onRowRender = (index: number) => renders.push(index);
    const { rerender } = render(<Table value={entities} status="streaming" onRowRender={onRowRender} />);
    renders.length = 0;
    rerender(<Table value={entities} status="complete" onRowRender={onRowRender} />);
    // only the last row, whose status moves from streaming to complete, renders again
    expect(renders).toEqual([entities.length - 1]);
  });

  it('keeps column order stable and adds keys as rows complete', () => {
    const { rerender } = render(<Table value={[{ b: 1, a: 2 }, { c: 3 }]} status="streaming" />);
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['B', 'A']);
    rerender(<Table value={[{ b: 1, a: 2 }, { c: 3, a: 1 }, {}]} status="streaming" />);
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['B', 'A', 'C']);
  });

  it('right-aligns and formats numeric columns with Intl.NumberFormat', () => {
    const { container } = render(
      <Table
        value={[
          { city: 'Oslo', population: 709037 },
          { city: 'Bergen', population: 291940 },
        ]}
        locale="en-US"
      />,
    );
    const header = screen.getByRole('columnheader', { name: /Population/ });
    expect(header.classList.contains('ripen-numeric')).toBe(true);
    const cells = container.querySelectorAll('tbody td.ripen-numeric');
    expect([...cells].map((cell) => cell.textContent)).toEqual(['709,037', '291,940']);
  });

  it('sorts by a header button once complete, with aria-sort, keeping row identity', () => {
    const { container } = render(<Table value={entities} status="complete" />);
    const before = bodyRows(container);
    const nameButton = screen.getByRole('button', { name: /Name/ });
    fireEvent.click(nameButton);
    const nameHeader = screen.getByRole('columnheader', { name: /Name/ });
    expect(nameHeader.getAttribute('aria-sort')).toBe('ascending');
    const names = () => bodyRows(container).map((row) => row.querySelector('td')!.textContent);
    expect(names()).toEqual(['Acme Inc.', 'Google', 'John', 'New York', 'San Francisco', 'Sarah']);
    fireEvent.click(nameButton);
    expect(nameHeader.getAttribute('aria-sort')).toBe('descending');
    expect(names()[0]).toBe('Sarah');
    // rows are moved, not remounted
    expect(new Set(bodyRows(container))).toEqual(new Set(before));
    expect(screen.getByRole('columnheader', { name: /Type/ }).hasAttribute('aria-sort')).toBe(false);
  });

  it('virtualises above the threshold (only visible rows in the DOM)', () => {
    const rows = Array.from({ length: 500 }, (_, index) => ({ id: index, label: `Row ${index}` }));
    const { container } = render(<Table value={rows} status="complete" rowHeight={30} maxHeight={300} />);
    const rendered = bodyRows(container);
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.length).toBeLessThan(60);
    expect(container.querySelector('table')!.getAttribute('aria-rowcount')).toBe('501');
    const spacer = container.querySelector('.ripen-table-spacer td') as HTMLElement;
    expect(parseInt(spacer.style.height, 10)).toBeGreaterThan(10_000);
    const small = render(<Table value={rows.slice(0, 150)} status="complete" />);
    expect(bodyRows(small.container)).toHaveLength(150);
  });

  it('appending a row re-renders that row only; growing the last row re-renders only it', () => {
    const renders: number[] = [];
    const onRowRender = (index: number) => renders.push(index);
    const rows = entities.slice(0, 3);
    const allComplete = readerFrom({ '': 'streaming' }, 'complete');
    const { rerender } = render(
      <Table value={rows} status="streaming" fieldStatus={allComplete} onRowRender={onRowRender} />,
    );
    expect(renders).toEqual([0, 1, 2]);
    renders.length = 0;
    const appended = [...rows, { name: 'Sa' }];
    const reader = readerFrom({ '': 'streaming', '/3': 'streaming', '/3/name': 'streaming' }, 'complete');
    rerender(<Table value={appended} status="streaming" fieldStatus={reader} onRowRender={onRowRender} />);
    expect(renders).toEqual([3]);
    renders.length = 0;
    const grown = [...rows, { name: 'Sarah' }];
    rerender(
      <Table value={grown} status="streaming" fieldStatus={(pointer) => reader(pointer)} onRowRender={onRowRender} />,
    );
    expect(renders).toEqual([3]);
  });

  it('shows truncated, error, aborted and invalid states distinctly', () => {
    const { container, rerender } = render(<Table value={entities.slice(0, 2)} status="truncated" />);
    expect(root(container).dataset.state).toBe('truncated');
    expect(container.querySelector('.ripen-status-note--truncated')).not.toBeNull();
    rerender(<Table value={entities.slice(0, 2)} status="error" />);
    expect(root(container).dataset.state).toBe('error');
    rerender(<Table value={entities.slice(0, 2)} status="aborted" />);
    expect(root(container).dataset.state).toBe('aborted');
    rerender(<Table value={{ not: 'rows' }} status="complete" />);
    expect(root(container).dataset.state).toBe('invalid');
    rerender(<Table value={[]} status="complete" />);
    expect(within(container).getByText('No rows')).toBeTruthy();
  });
});

describe('createColumnInferrer', () => {
  it('agrees with inferColumns while rows append, reading each complete row once', async () => {
    const { createColumnInferrer, inferColumns } = await import('../../src/components/table/table-columns.js');
    const infer = createColumnInferrer();
    const rows: Array<Record<string, unknown>> = [];
    for (let index = 0; index < 50; index += 1) {
      rows.push(
        index % 7 === 0
          ? { id: index, name: `n${index}`, extra: 'x' }
          : { id: index, name: `n${index}`, score: index / 2 },
      );
      // No columns before a row is complete (a half-written first row would add them key by key).
      for (const complete of [rows.length - 1, rows.length])
        expect(infer(rows, complete)).toEqual(complete === 0 ? [] : inferColumns(rows, complete));
    }
    expect(infer(rows, rows.length).map((column) => `${column.key}:${column.numeric}`)).toEqual([
      'id:true',
      'name:false',
      'extra:false',
      'score:true',
    ]);
  });
});
