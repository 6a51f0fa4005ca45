import { describe, expect, it } from 'vitest';
import { createMockProvider } from '../../src/testing/index.js';
import { runMock } from './mock-stream-helpers.js';

// The README's "Testing your app with the mock provider" example, as written there.
describe('README mock provider example', () => {
  it('streams the tool call, then the injected provider error ends the stream with the value so far', async () => {
    const mock = createMockProvider({
      dialect: 'anthropic',
      toolCalls: [{ name: 'show_weather', input: { city: 'Paris', high: 21 } }],
      realtime: false,
      fault: { kind: 'provider-error', afterTokens: 5 },
    });
    const result = await runMock(mock);
    expect(result.status).toBe('error');
    expect(result.errorCode).toBe('provider-error');
    expect(result.parts).toMatchObject([{ kind: 'tool-call', name: 'show_weather', value: { city: 'Paris' } }]);

    const complete = await runMock(
      createMockProvider({
        dialect: 'anthropic',
        toolCalls: [{ name: 'show_weather', input: { city: 'Paris', high: 21 } }],
        realtime: false,
      }),
    );
    expect(complete.status).toBe('complete');
    expect(complete.parts[0]?.value).toEqual({ city: 'Paris', high: 21 });
  });
});
