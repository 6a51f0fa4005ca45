// useJsonStream never throws during render: misused options (as plain JavaScript passes them)
// give `status: 'error'` with the `invalid-option` error on the first render, also on the server.
import { cleanup, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { useJsonStream } from '../../src/react/index.js';

afterEach(cleanup);

function View({ options }: { options: Record<string, unknown> }) {
  const state = useJsonStream(options as never);
  return <p data-testid="state">{`${state.status}|${state.error?.code ?? ''}|${state.error?.message ?? ''}`}</p>;
}

const body = () => new ReadableStream<Uint8Array>({ pull: (controller) => controller.close() });

const cases: [string, Record<string, unknown>, string][] = [
  [
    'select',
    { select: 'all' },
    "select must be 'auto' | 'content' | { tool } | { toolIndex } | { choice } | a function; got 'all'.",
  ],
  ['throttle', { throttle: 'fast' }, "throttle must be 'frame' | false | a number of milliseconds ≥ 0; got 'fast'."],
  [
    'source',
    { source: { url: '/api' } },
    'source must be a URL (string or URL), a Response, a function returning a Response, a ReadableStream or an AsyncIterable; got { url }.',
  ],
  ['autoStart', { autoStart: 'yes' }, "autoStart must be true | false; got 'yes'."],
  ['requestKey', { requestKey: 7 }, 'requestKey must be a string; got 7.'],
  ['onFinish', { onFinish: 'done' }, "onFinish must be a function; got 'done'."],
  ['idleTimeout', { idleTimeout: -1 }, 'idleTimeout must be false | a number of milliseconds > 0; got -1.'],
];

describe('useJsonStream with misused options', () => {
  it.each(cases)('%s: error state on the first render, no thrown render error', (_name, patch, message) => {
    render(<View options={{ source: body(), ...patch }} />);
    expect(screen.getByTestId('state').textContent).toBe(`error|invalid-option|${message}`);
  });

  it('renders the same error state on the server', () => {
    const html = renderToString(<View options={{ source: '/api', select: 'all' }} />);
    expect(html).toContain('error|invalid-option|select must be');
  });

  it('an unknown provider name is an error state too (unknown-provider)', () => {
    render(<View options={{ source: body(), provider: 'openai' }} />);
    expect(screen.getByTestId('state').textContent).toMatch(/^error\|unknown-provider\|Unknown provider "openai"/);
  });
});
