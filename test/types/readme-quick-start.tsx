// The README's quick start, type-checked by `npm test` (tsc): if the public API drifts from the
// README, this file stops compiling.
import { AutoView, useJsonStream } from 'ripen';
import * as z from 'zod';

const Weather = z.object({ location: z.string(), forecast: z.array(z.object({ day: z.string(), high: z.number() })) });

export function WeatherCard() {
  const stream = useJsonStream({
    source: '/api/chat',
    init: { method: 'POST', body: JSON.stringify({ prompt: 'Weather in Paris as JSON' }) },
    provider: 'openai-chat',
    schema: Weather,
    requestKey: 'Paris',
  });
  if (stream.valid) {
    const high: number | undefined = stream.output.forecast[0]?.high;
    void high;
  } else {
    // still streaming: a deep partial
    const day: string | undefined = stream.value?.forecast?.[0]?.day;
    void day;
  }
  return (
    <AutoView value={stream.value} status={stream.status} fieldStatus={stream.fieldStatus} skeleton={stream.skeleton} />
  );
}
