import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { AutoView } from '../../src/components/index.js';
import type { SchemaInput } from '../../src/core/schema/index.js';
import { plainText } from '../../src/core/providers/entries/text.js';
import { useJsonStream } from '../../src/react/index.js';
import { createControlledStream } from '../helpers/controlled-stream.js';

afterEach(cleanup);

describe('schemas at render', () => {
  it('a schema with z.date() renders its skeleton, streams, and ends valid with the library output', async () => {
    const schema = z.object({
      title: z.string(),
      due: z.string().transform((text) => new Date(text)),
      seen: z.date().optional(),
    });
    const body = createControlledStream();
    const seen: { status: string; valid: boolean; warnings: number; output: unknown }[] = [];
    function Task() {
      const stream = useJsonStream({ source: body.stream, provider: plainText, schema, throttle: false });
      seen.push({
        status: stream.status,
        valid: stream.valid,
        warnings: stream.validation.warnings.length,
        output: stream.output,
      });
      return (
        <AutoView
          value={stream.value}
          status={stream.status}
          fieldStatus={stream.fieldStatus}
          {...(stream.skeleton ? { skeleton: stream.skeleton } : {})}
        />
      );
    }
    const { container } = render(<Task />);
    expect(container.querySelector('[data-state]')?.getAttribute('data-state')).toBe('skeleton');
    expect(seen[0]).toMatchObject({ status: 'idle', valid: false, warnings: 1, output: undefined });
    await act(async () => {
      body.push('{"title": "Ship v0.2", "due": "2026-12-04T17:00:00Z"}');
      body.close();
    });
    // Wait for the end state (no timing asserted: only that it arrives).
    for (let turn = 0; turn < 200 && seen[seen.length - 1]!.status !== 'complete'; turn++)
      await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
    const last = seen[seen.length - 1]!;
    expect(last.status).toBe('complete');
    expect(last.valid).toBe(true);
    expect(last.output).toEqual({ title: 'Ship v0.2', due: new Date('2026-12-04T17:00:00Z') });
    expect(screen.getByText('Ship v0.2')).toBeTruthy();
  });

  it('a schema that is not a schema is an error state on the first render, never a thrown render error', () => {
    const body = createControlledStream();
    function Broken() {
      const stream = useJsonStream({
        source: body.stream,
        provider: 'text',
        schema: { enum: 5 } as unknown as SchemaInput,
      });
      return (
        <p data-testid="state" data-code={stream.error?.code}>
          {stream.status}: {stream.error?.message}
        </p>
      );
    }
    render(<Broken />);
    const state = screen.getByTestId('state');
    expect(state.getAttribute('data-code')).toBe('invalid-option');
    expect(state.textContent).toBe(
      "error: schema.enum must be a list of allowed values, e.g. ['red', 'green']; got 5.",
    );
  });
});
