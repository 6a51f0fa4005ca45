// Views skip re-rendering when the store publishes a new fieldStatus reader but their own subtree
// is settled (same value, node complete or absent): the render bench saw Chart re-render on every
// publish of the table phase, and Table on every publish of the chart phase.
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card } from '../../src/components/index.js';
import { sameViewProps } from '../../src/components/common/same-view-props.js';
import type { FieldStatus } from '../../src/core/json/types.js';

afterEach(cleanup);

const reader = (statuses: Record<string, FieldStatus>) => (pointer: string) => statuses[pointer] ?? 'absent';

describe('sameViewProps', () => {
  const value = { title: 'Paris', high: 21 };
  it('a new reader for a complete subtree with the same value is the same props', () => {
    const a = { value, status: 'streaming', pointer: '/card', fieldStatus: reader({ '/card': 'complete' }) };
    const b = { ...a, fieldStatus: reader({ '/card': 'complete', '/rows': 'streaming' }) };
    expect(sameViewProps(a, b)).toBe(true);
  });
  it('a new reader for an absent node without a value is the same props', () => {
    const a = { value: undefined, status: 'streaming', pointer: '/chart', fieldStatus: reader({}) };
    const b = { ...a, fieldStatus: reader({ '/rows/3': 'streaming' }) };
    expect(sameViewProps(a, b)).toBe(true);
  });
  it('a streaming subtree re-renders on a new reader even with the same value (a string may have completed)', () => {
    const a = {
      value,
      status: 'streaming',
      pointer: '',
      fieldStatus: reader({ '': 'streaming', '/title': 'streaming' }),
    };
    const b = { ...a, fieldStatus: reader({ '': 'streaming', '/title': 'complete' }) };
    expect(sameViewProps(a, b)).toBe(false);
  });
  it('a node whose status changed, another value, another stream status or another prop set re-renders', () => {
    const a = { value, status: 'streaming', pointer: '/card', fieldStatus: reader({ '/card': 'streaming' }) };
    expect(sameViewProps(a, { ...a, fieldStatus: reader({ '/card': 'complete' }) })).toBe(false);
    expect(sameViewProps(a, { ...a, value: { ...value } })).toBe(false);
    expect(sameViewProps(a, { ...a, status: 'complete' })).toBe(false);
    expect(sameViewProps(a, { ...a, title: 'x' })).toBe(false);
    const { fieldStatus: _dropped, ...withoutReader } = a;
    expect(sameViewProps(a, { ...withoutReader, fieldStatus: undefined })).toBe(false);
  });
});

describe('a view under a stream that publishes new readers', () => {
  it('a complete Card is not rendered again while another part of the stream grows', () => {
    const value = { city: 'Paris', high: 21 };
    // A reader that records what it is asked: a render of the card asks for its fields.
    const asked: string[][] = [];
    const recording = (statuses: Record<string, FieldStatus>) => {
      const log: string[] = [];
      asked.push(log);
      return (pointer: string) => {
        log.push(pointer);
        return statuses[pointer] ?? (pointer.startsWith('/card/') ? (statuses['/card'] ?? 'absent') : 'absent');
      };
    };
    const view = (statuses: Record<string, FieldStatus>) => (
      <Card value={value} status="streaming" pointer="/card" fieldStatus={recording(statuses)} />
    );
    const { rerender, container } = render(view({ '/card': 'complete' }));
    expect(container.textContent).toContain('Paris');
    expect(asked[0]).toContain('/card/city');
    rerender(view({ '/card': 'complete', '/rows/0': 'streaming' }));
    rerender(view({ '/card': 'complete', '/rows/1': 'streaming' }));
    // Only the comparison asked the new readers, and only for the card's own node.
    expect(new Set(asked[1])).toEqual(new Set(['/card']));
    expect(new Set(asked[2])).toEqual(new Set(['/card']));
    // A streaming card renders with each new reader, which is then asked for its fields.
    rerender(view({ '/card': 'streaming' }));
    expect(asked[3]).toContain('/card/city');
  });
});

describe('warmNumberFormat', () => {
  it('makes the default number format once, in an idle moment, not during the call', async () => {
    vi.resetModules();
    vi.useFakeTimers();
    const made = vi.spyOn(Intl, 'NumberFormat');
    try {
      const { warmNumberFormat } = await import('../../src/components/common/warm-number-format.js');
      const { getNumberFormat } = await import('../../src/components/common/json-shape.js');
      warmNumberFormat();
      warmNumberFormat();
      expect(made).not.toHaveBeenCalled();
      vi.advanceTimersByTime(5);
      expect(made).toHaveBeenCalledTimes(1);
      getNumberFormat(); // cached: the view's first number costs nothing more
      expect(made).toHaveBeenCalledTimes(1);
    } finally {
      made.mockRestore();
      vi.useRealTimers();
    }
  });
});
