import { act } from 'react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { useJsonStream } from '../../src/react/index.js';
import {
  createControlledStream,
  fetchReturning,
  readTranscript,
  splitSseEvents,
} from '../helpers/controlled-stream.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const schema = z.object({
  location: z.string().meta({ title: 'Location' }),
  weather: z.object({ temperature: z.string(), condition: z.string() }).passthrough(),
  forecast: z.array(z.object({ day: z.string() }).passthrough()),
});

function WeatherCard({ fetch }: { fetch: typeof globalThis.fetch }) {
  const { value, status, skeleton } = useJsonStream({
    source: 'https://llm.test/v1/chat',
    provider: 'openai-chat',
    schema,
    fetch,
    throttle: false,
  });
  const fields = skeleton?.kind === 'object' ? skeleton.fields : [];
  return (
    <dl data-state={status}>
      {fields.map((field) => (
        <div key={field.key}>
          <dt>{field.label}</dt>
          <dd>
            {value && field.key === 'location' && typeof value.location === 'string' ? (
              value.location
            ) : (
              <span className="ripen-skeleton" />
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

describe('server rendering and hydration', () => {
  it('renders the schema skeleton on the server without touching the network, then hydrates and streams without warnings', async () => {
    const serverFetch = fetchReturning('');
    const html = renderToString(<WeatherCard fetch={serverFetch} />);
    expect(serverFetch.calls).toBe(0);
    expect(html).toContain('data-state="idle"');
    expect(html).toContain('<dt>Location</dt><dd><span class="ripen-skeleton"></span></dd>');
    expect(html.match(/ripen-skeleton/g)).toHaveLength(3);

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors = vi.spyOn(console, 'error');
    const warnings = vi.spyOn(console, 'warn');
    const body = createControlledStream();
    const clientFetch = fetchReturning(body.stream);
    await act(async () => {
      hydrateRoot(container, <WeatherCard fetch={clientFetch} />);
    });
    for (const event of splitSseEvents(
      readTranscript('openai-chat/openai-python_gpt-4o_json-object-nested-weather.sse'),
    ))
      body.push(event);
    body.close();
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(container.querySelector('dl')?.getAttribute('data-state')).toBe('complete');
    expect(container.querySelector('dd')?.textContent).toBe('San Francisco, CA');
    expect(clientFetch.calls).toBe(1);
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
    errors.mockRestore();
    warnings.mockRestore();
    container.remove();
  });
});
