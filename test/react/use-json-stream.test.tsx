import { StrictMode } from 'react';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useJsonStream } from '../../src/react/index.js';
import type { UseJsonStreamOptions } from '../../src/react/index.js';
import {
  createControlledStream,
  fetchReturning,
  readTranscript,
  splitSseEvents,
} from '../helpers/controlled-stream.js';

interface Answer {
  label?: string;
  answer?: string;
}

function Answers(
  props: UseJsonStreamOptions<{ answers?: Answer[] }> & { onState?: (status: string, value: unknown) => void },
) {
  const { value, status, error, fieldStatus } = useJsonStream<{ answers?: Answer[] }>({ throttle: false, ...props });
  props.onState?.(status, value);
  return (
    <div data-testid="root" data-state={status} aria-busy={status === 'streaming' || status === 'connecting'}>
      {value === undefined ? (
        <span data-testid="skeleton" className="ripen-skeleton" />
      ) : (
        <ul>
          {(value.answers ?? []).map((answer, index) => (
            <li key={index} data-status={fieldStatus(`/answers/${index}`)}>
              <strong>{answer.label ?? '…'}</strong>: {answer.answer}
            </li>
          ))}
        </ul>
      )}
      {error && <p data-testid="error">{`${error.code}:${error.status ?? ''}`}</p>}
    </div>
  );
}

afterEach(cleanup);

const flush = () =>
  act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

describe('useJsonStream with a recorded OpenAI tool-call stream released event by event', () => {
  const events = splitSseEvents(readTranscript('openai-chat/pydantic-ai_gpt-4o_tool-call-answers-table.sse'));

  it('shows the skeleton, then partial fields, then the final values', async () => {
    const body = createControlledStream();
    const fetch = fetchReturning(body.stream);
    const seen: string[] = [];
    render(
      <Answers
        source="https://llm.test/v1/chat"
        provider="openai-chat"
        fetch={fetch}
        onState={(status) => seen.push(status)}
      />,
    );
    await flush();
    expect(screen.getByTestId('skeleton')).toBeTruthy();
    expect(screen.getByTestId('root').getAttribute('data-state')).toBe('connecting');

    let sawPartial = false;
    for (const event of events) {
      body.push(event);
      await flush();
      const items = screen.queryAllByRole('listitem');
      if (items.length > 0 && screen.getByTestId('root').getAttribute('data-state') === 'streaming') sawPartial = true;
    }
    body.close();
    await flush();
    expect(sawPartial).toBe(true);
    expect(screen.getByTestId('root').getAttribute('data-state')).toBe('complete');
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual([
      'Capital of the Country: The capital of Mexico is Mexico City.',
      'Weather in the Capital: The weather in Mexico City is currently sunny.',
      'Product Name: The product name is Pydantic AI.',
    ]);
    expect(screen.getAllByRole('listitem').map((item) => item.getAttribute('data-status'))).toEqual([
      'complete',
      'complete',
      'complete',
    ]);
    expect(seen.indexOf('streaming')).toBeGreaterThan(seen.indexOf('connecting'));
    expect(fetch.calls).toBe(1);
  });

  it('sends exactly one request under StrictMode', async () => {
    const fetch = fetchReturning(events.join(''));
    render(
      <StrictMode>
        <Answers source="https://llm.test/v1/chat" provider="openai-chat" fetch={fetch} />
      </StrictMode>,
    );
    await flush();
    await flush();
    expect(fetch.calls).toBe(1);
    expect(screen.getByTestId('root').getAttribute('data-state')).toBe('complete');
  });

  it('ends truncated when the body stops before [DONE], keeping the partial value', async () => {
    const cut = events.slice(0, Math.floor(events.length / 2)).join('');
    render(<Answers source="https://llm.test/v1/chat" provider="openai-chat" fetch={fetchReturning(cut)} />);
    await flush();
    await flush();
    expect(screen.getByTestId('root').getAttribute('data-state')).toBe('truncated');
    expect(screen.getAllByRole('listitem').length).toBeGreaterThan(0);
  });

  it('ends truncated for a recorded max_tokens stream (Anthropic)', async () => {
    const text = readTranscript('anthropic/anthropic-sdk-python_incomplete-partial-json-max-tokens.sse');
    let final: unknown;
    function Probe() {
      const { status, value, error } = useJsonStream<{ filename?: string }>({
        source: 'https://llm.test/v1/messages',
        provider: 'anthropic',
        fetch: fetchReturning(text),
        throttle: false,
      });
      final = value;
      return (
        <p data-testid="probe" data-state={status}>
          {error?.code}
        </p>
      );
    }
    render(<Probe />);
    await flush();
    await flush();
    expect(screen.getByTestId('probe').getAttribute('data-state')).toBe('truncated');
    expect(screen.getByTestId('probe').textContent).toBe('truncated');
    expect((final as { filename?: string }).filename).toBe('taxes.txt');
  });

  it('ends error with the HTTP status for a 500 response', async () => {
    render(
      <Answers
        source="https://llm.test/v1/chat"
        provider="openai-chat"
        fetch={fetchReturning('{"error":{"message":"boom"}}', 500)}
      />,
    );
    // The provider's dialect loads on demand first: a few tasks, more on a busy machine.
    const state = () => screen.getByTestId('root').getAttribute('data-state');
    for (let turn = 0; turn < 100 && state() !== 'error'; turn++) await flush();
    expect(screen.getByTestId('root').getAttribute('data-state')).toBe('error');
    expect(screen.getByTestId('error').textContent).toBe('http-error:500');
  });

  it('abort() ends aborted, cancels the body and keeps the value so far', async () => {
    const body = createControlledStream();
    let abort: () => void = () => {};
    function Abortable() {
      const result = useJsonStream<{ answers?: Answer[] }>({
        source: 'https://llm.test/v1/chat',
        provider: 'openai-chat',
        fetch: fetchReturning(body.stream),
        throttle: false,
      });
      abort = result.abort;
      return (
        <p data-testid="abortable" data-state={result.status}>
          {result.value?.answers?.[0]?.label ?? ''}
        </p>
      );
    }
    render(<Abortable />);
    await flush();
    for (const event of events.slice(0, 30)) body.push(event);
    await flush();
    await act(async () => abort());
    await flush();
    expect(screen.getByTestId('abortable').getAttribute('data-state')).toBe('aborted');
    expect(screen.getByTestId('abortable').textContent).toBe('Capital of the Country');
    expect(body.cancelled).toBe(true);
  });
});
