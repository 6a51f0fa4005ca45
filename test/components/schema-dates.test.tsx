import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AutoView, MessagesProvider } from '../../src/components/index.js';
import { formatIsoDate } from '../../src/components/common/json-shape.js';
import type { FieldStatusReader } from '../../src/core/stream/types.js';
import type { SchemaSkeleton } from '../../src/core/schema/schema-skeleton.js';
import './helpers.js';

const event: SchemaSkeleton = {
  kind: 'object',
  fields: [
    { key: 'due', label: 'due', required: true, skeleton: { kind: 'string', format: 'date' } },
    { key: 'sent', label: 'sent', required: true, skeleton: { kind: 'string', format: 'date-time' } },
    { key: 'note', label: 'note', required: true, skeleton: { kind: 'string' } },
  ],
};
const rows: SchemaSkeleton = {
  kind: 'array',
  expectedItems: 1,
  item: {
    kind: 'object',
    fields: [
      { key: 'day', label: 'day', required: true, skeleton: { kind: 'string', format: 'date' } },
      { key: 'at', label: 'at', required: true, skeleton: { kind: 'string', format: 'date-time' } },
    ],
  },
};
const values = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('.ripen-kv-value'), (element) => element.textContent);
const cells = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('tbody .ripen-table-cell'), (element) => element.textContent);

describe('dates from the schema (format: date / date-time)', () => {
  it('a date field shows the date only, in UTC (a timestamp too); date-time with the time; lowercase RFC 3339', () => {
    expect(formatIsoDate('2026-10-01T23:30:00-05:00', 'en-US', 'date')).toBe('Oct 1, 2026');
    expect(formatIsoDate('2026-10-01', 'en-US', 'date')).toBe('Oct 1, 2026');
    expect(formatIsoDate('2026-10-01t09:30:00z', 'en-US', 'date-time')).toMatch(/^(Sep 30|Oct 1|Oct 2), 2026, /);
    expect(formatIsoDate('2026-02-30', 'en-US', 'date')).toBeUndefined();
    expect(formatIsoDate('2026-00-10', 'en-US')).toBeUndefined();
    expect(formatIsoDate('2024-02-29', 'en-US', 'date')).toBe('Feb 29, 2024');
    expect(formatIsoDate('next Tuesday', 'en-US', 'date')).toBeUndefined();
  });

  it('a card (English): schema date and date-time fields formatted once complete; a plain string left alone', () => {
    const value = { due: '2026-10-01T00:00:00Z', sent: '2026-10-01T09:30:00Z', note: '2026-10-01 is the day' };
    const { container } = render(<AutoView value={value} skeleton={event} status="complete" locale="en-US" />);
    const [due, sent, note] = values(container);
    expect(due).toBe('Oct 1, 2026');
    expect(sent).toMatch(/^(Sep 30|Oct 1|Oct 2), 2026, \d{1,2}:30\s?[AP]M$/);
    expect(note).toBe('2026-10-01 is the day');
  });

  it('never a half date: a date string still streaming shows as typed', () => {
    const fieldStatus: FieldStatusReader = (pointer) => (pointer === '/due' ? 'streaming' : 'complete');
    const { container } = render(
      <AutoView
        value={{ due: '2026-10' }}
        skeleton={event}
        status="streaming"
        fieldStatus={fieldStatus}
        pointer=""
        locale="en-US"
      />,
    );
    expect(values(container)[0]).toBe('2026-10');
    const done: FieldStatusReader = (pointer) => (pointer === '/due' ? 'streaming' : 'complete');
    const whole = render(
      <AutoView
        value={{ due: '2026-10-01' }}
        skeleton={event}
        status="streaming"
        fieldStatus={done}
        pointer=""
        locale="en-US"
      />,
    );
    // Complete-looking text, but the field is still streaming: not formatted yet.
    expect(values(whole.container)[0]).toBe('2026-10-01');
  });

  it('zh-CN: the card and the table format schema dates in Chinese', () => {
    const { container } = render(
      <MessagesProvider locale="zh-CN">
        <AutoView value={{ due: '2026-10-01', sent: 'soon', note: 'x' }} skeleton={event} locale="zh-CN" />
        <AutoView value={[{ day: '2026-10-01T22:00:00-08:00', at: '2026-10-01' }]} skeleton={rows} locale="zh-CN" />
      </MessagesProvider>,
    );
    expect(values(container).slice(0, 2)).toEqual(['2026年10月1日', 'soon']);
    expect(cells(container)).toEqual(['2026年10月1日', '2026年10月1日']);
  });

  it('a table column with format date-time (English)', () => {
    const { container } = render(
      <AutoView value={[{ day: '2026-12-04', at: '2026-12-04T12:00:00Z' }]} skeleton={rows} locale="en-US" />,
    );
    const [day, at] = cells(container);
    expect(day).toBe('Dec 4, 2026');
    expect(at).toMatch(/^Dec (4|5), 2026, \d{1,2}:00\s?[AP]M$/);
  });
});
