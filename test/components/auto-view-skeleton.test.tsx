import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { AutoView } from '../../src/components/index.js';
import { createSchemaSkeleton, toJsonSchema } from '../../src/core/schema/index.js';

afterEach(cleanup);

const weather = z.object({
  location: z.string(),
  weather: z.object({ temperature: z.string(), condition: z.string() }),
  forecast: z.array(z.object({ day: z.string(), high: z.number() })).min(3),
});
const skeleton = createSchemaSkeleton(toJsonSchema(weather)!);

describe('AutoView with a schema skeleton', () => {
  it('draws the card, the nested card and the table columns before the first byte', () => {
    const { container } = render(<AutoView value={undefined} status="connecting" skeleton={skeleton} />);
    const card = container.querySelector('.ripen-card')!;
    expect(card.getAttribute('data-state')).toBe('skeleton');
    expect(card.getAttribute('aria-busy')).toBe('true');
    expect(within(card as HTMLElement).getByText('Location')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Weather' })).toBeTruthy();
    expect(screen.getByText('Temperature')).toBeTruthy();
    const headers = screen.getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers).toEqual(['Day', 'High']);
    expect(container.querySelectorAll('tbody tr')).toHaveLength(3);
    expect(container.textContent).not.toMatch(/loading/i);
  });

  it('keeps the schema order and columns as values arrive', () => {
    const value = { location: 'Paris', forecast: [{ day: 'Mon', high: 20 }] };
    render(<AutoView value={value} status="streaming" skeleton={skeleton} />);
    expect(screen.getByText('Paris')).toBeTruthy();
    expect(screen.getByText('Temperature')).toBeTruthy();
    expect(screen.getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Day', 'High']);
    expect(screen.getByText('Mon')).toBeTruthy();
  });

  it('chooses a table for an array-of-objects schema', () => {
    const rows = createSchemaSkeleton(toJsonSchema(z.array(z.object({ name: z.string(), score: z.number() })))!);
    const { container } = render(<AutoView value={undefined} status="connecting" skeleton={rows} />);
    expect(container.querySelector('table')).toBeTruthy();
    expect(screen.getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Name', 'Score']);
  });
});

describe('AutoView end states', () => {
  it('shows the end state, not a shimmer, when the stream ended before any value', () => {
    const { container } = render(<AutoView value={undefined} status="error" />);
    expect(container.querySelector('.ripen-skeleton')).toBeNull();
    expect(container.querySelector('[data-state="error"] .ripen-status-note--error')).not.toBeNull();
  });

  it('says "cut off" once for a truncated card with nested sections', () => {
    const value = { filename: 'taxes.txt', lines_of_text: ['# Guide', '', 'Filing'] };
    const { container } = render(<AutoView value={value} status="truncated" />);
    expect(container.querySelectorAll('.ripen-status-note--truncated')).toHaveLength(1);
    expect(container.querySelector('.ripen-card')?.getAttribute('data-state')).toBe('truncated');
  });
});
