import { useEffect, useState } from 'react';
import { AutoView, useJsonStream } from 'ripen';
import type { JsonSchema, ProviderName } from 'ripen';

interface TranscriptEntry {
  id: string;
  title: string;
  provider: ProviderName;
  schema?: JsonSchema;
  /** Set for the live entries: the provider the server proxies (`/api/live?provider=…`). */
  live?: 'openai' | 'anthropic';
}

/** What the server streams from (`/api/config`). */
interface DemoConfig {
  source: 'corpus' | 'mock';
  description: string;
  live: { id: string; provider: 'openai' | 'anthropic'; dialect: ProviderName }[];
}

// The same four speeds for both sources: recorded transcripts are paced per event; the mock
// provider's pace is measured time to first token and tokens per second, scaled (30 ms = 1×).
const speeds = [
  { delay: 30, recorded: 'Realistic (30 ms / event)', mock: 'Realistic (1.0 s to first token, 81 tokens/s)' },
  { delay: 10, recorded: 'Fast (10 ms / event)', mock: 'Fast (3×)' },
  { delay: 150, recorded: 'Slow (150 ms / event)', mock: 'Slow (0.2×)' },
  { delay: 400, recorded: 'Very slow (400 ms / event)', mock: 'Very slow (0.075×)' },
];

const liveTitles = {
  openai: 'Live · OpenAI Chat (your OPENAI_API_KEY, proxied by the demo server)',
  anthropic: 'Live · Anthropic (your ANTHROPIC_API_KEY, proxied by the demo server)',
};

type Part = ReturnType<typeof useJsonStream>['parts'][number];

function partLabel(part: Part | undefined): string {
  return part?.kind === 'tool-call' ? `Tool call ${part.name ?? part.id}` : 'Streamed value';
}

/** A part's title line: the tool name and call id, the part kind, or a blank line until it is known. */
function PartTitle({ part }: { part: Part | undefined }) {
  return (
    <h2 className="demo-part-title">
      {part ? <code>{part.kind === 'tool-call' ? (part.name ?? 'tool') : part.kind}</code> : '\u00a0'}
      {part?.callId ? <span>{part.callId}</span> : null}
    </h2>
  );
}

function StreamView({ entry, delay, run }: { entry: TranscriptEntry; delay: number; run: number }) {
  const stream = useJsonStream({
    source: entry.live ? `/api/live?provider=${entry.live}` : `/api/stream/${entry.id}?delay=${delay}`,
    requestKey: `${entry.id}:${delay}:${run}`,
    provider: entry.provider,
    ...(entry.schema ? { schema: entry.schema } : {}),
  });
  // Parallel tool calls: every part is parsed on its own; the ones not selected are shown below it.
  const others = stream.parts.filter(
    (part) => part.kind === 'tool-call' && part.value !== undefined && part.id !== stream.selectedPart?.id,
  );
  return (
    <section aria-label="Streamed result">
      {/* Fixed slots, each always there: a value arriving, changing width or going away (the Stop
          button) moves nothing else on the line. */}
      <div className="demo-status">
        <span>
          status <code data-testid="status">{stream.status}</code>
        </span>
        <span>
          {stream.finishReason && (
            <>
              finish reason <code>{stream.finishReason}</code>
            </>
          )}
        </span>
        <span>
          {stream.selectedPart && (
            <>
              part{' '}
              <code>
                {stream.selectedPart.kind}
                {stream.selectedPart.name ? ` ${stream.selectedPart.name}` : ''}
              </code>
            </>
          )}
        </span>
        <span>
          {stream.status === 'streaming' && (
            <button type="button" onClick={stream.abort}>
              Stop
            </button>
          )}
        </span>
      </div>
      {/* One list of parts from the first byte: the selected part first (with the schema's skeleton),
          under a title line that is there before its name is known, then every other tool call below.
          A second call adds a section under the first card, which never moves or remounts. */}
      <div className="demo-parts">
        <section className="demo-part" aria-label={partLabel(stream.selectedPart)}>
          <PartTitle part={stream.selectedPart} />
          <AutoView
            value={stream.value}
            status={stream.status}
            fieldStatus={stream.fieldStatus}
            skeleton={stream.skeleton}
          />
        </section>
        {others.map((part) => (
          <section key={part.id} className="demo-part" aria-label={partLabel(part)}>
            <PartTitle part={part} />
            <AutoView
              value={part.value}
              status={part.done ? part.status : stream.status}
              fieldStatus={part.fieldStatus}
              announce={false}
            />
          </section>
        ))}
      </div>
      {/* End notes (error, cut, validation) go below the parts: arriving at the end, they move no card. */}
      {stream.error && (
        <p
          className={stream.status === 'truncated' ? 'demo-warning' : 'demo-error'}
          role={stream.status === 'error' ? 'alert' : 'status'}
        >
          <code>{stream.error.code}</code> {stream.error.message}
        </p>
      )}
      {stream.validation.status === 'invalid' && (
        <ul className="demo-warning" aria-label="Validation issues">
          {stream.validation.issues.map((issue, index) => (
            <li key={index}>
              <code>{issue.pointer || '/'}</code> {issue.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** `?transcript=<id>&speed=<ms per event>` opens the page on that entry and speed (a link to one replay). */
const linked = new URLSearchParams(window.location.search);
const linkedDelay = speeds.find((speed) => speed.delay === Number(linked.get('speed')))?.delay;

export function App() {
  const [entries, setEntries] = useState<TranscriptEntry[]>([]);
  const [config, setConfig] = useState<DemoConfig | undefined>();
  const [selected, setSelected] = useState(linked.get('transcript') ?? '');
  const [delay, setDelay] = useState(linkedDelay ?? 30);
  const [run, setRun] = useState(0);
  useEffect(() => {
    void Promise.all([
      fetch('/api/config').then((response) => response.json() as Promise<DemoConfig>),
      fetch('/api/transcripts').then((response) => response.json() as Promise<TranscriptEntry[]>),
    ]).then(([loaded, list]) => {
      const live = loaded.live.map(
        (item): TranscriptEntry => ({
          id: item.id,
          title: liveTitles[item.provider],
          provider: item.dialect,
          live: item.provider,
        }),
      );
      setConfig(loaded);
      setEntries([...list, ...live]);
      setSelected((current) => (list.some((item) => item.id === current) ? current : (list[0]?.id ?? '')));
    });
  }, []);
  const entry = entries.find((candidate) => candidate.id === selected);
  const mock = config?.source === 'mock';
  return (
    <main className="demo">
      <h1>ripen: LLM streams, rendered while they stream</h1>
      {config && (
        <p className="demo-source" data-testid="source" data-source={config.source}>
          Replaying {config.description}.
          {config.live.length > 0 && ' Live entries call the provider with your API key.'}
        </p>
      )}
      {/* The controls wait for the config (one render with the source line), so nothing pushes them down. */}
      {config && (
        <div className="demo-controls">
          <label>
            Transcript
            <select data-testid="transcript" value={selected} onChange={(event) => setSelected(event.target.value)}>
              {entries.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.title}
                </option>
              ))}
            </select>
          </label>
          <label>
            Speed
            <select data-testid="speed" value={delay} onChange={(event) => setDelay(Number(event.target.value))}>
              {speeds.map((speed) => (
                <option key={speed.delay} value={speed.delay}>
                  {mock ? speed.mock : speed.recorded}
                </option>
              ))}
            </select>
          </label>
          <button type="button" data-testid="replay" onClick={() => setRun((value) => value + 1)}>
            Replay
          </button>
        </div>
      )}
      {entry && <StreamView key={`${entry.id}:${delay}:${run}`} entry={entry} delay={delay} run={run} />}
    </main>
  );
}
