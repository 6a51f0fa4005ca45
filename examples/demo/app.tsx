import { useEffect, useState } from 'react';
import { AutoView, useJsonStream } from 'ripen';
import type { JsonSchema, ProviderName } from 'ripen';

interface TranscriptEntry {
  id: string;
  title: string;
  provider: ProviderName;
  schema?: JsonSchema;
}

const speeds = [
  { label: 'Realistic (30 ms / event)', delay: 30 },
  { label: 'Fast (10 ms / event)', delay: 10 },
  { label: 'Slow (150 ms / event)', delay: 150 },
  { label: 'Very slow (400 ms / event)', delay: 400 },
];

function StreamView({ entry, delay, run }: { entry: TranscriptEntry; delay: number; run: number }) {
  const stream = useJsonStream({
    source: `/api/stream/${entry.id}?delay=${delay}`,
    requestKey: `${entry.id}:${delay}:${run}`,
    provider: entry.provider,
    ...(entry.schema ? { schema: entry.schema } : {}),
  });
  const toolCalls = stream.parts.filter((part) => part.part.kind === 'tool-call' && part.snapshot.value !== undefined);
  return (
    <section aria-label="Streamed result">
      <div className="demo-status">
        <span>
          status <code data-testid="status">{stream.status}</code>
        </span>
        {stream.finishReason && (
          <span>
            finish reason <code>{stream.finishReason}</code>
          </span>
        )}
        {stream.selectedPart && (
          <span>
            part{' '}
            <code>
              {stream.selectedPart.kind}
              {stream.selectedPart.name ? ` ${stream.selectedPart.name}` : ''}
            </code>
          </span>
        )}
        {stream.status === 'streaming' && (
          <button type="button" onClick={stream.abort}>
            Stop
          </button>
        )}
      </div>
      {stream.error && (
        <p
          className={stream.status === 'truncated' ? 'demo-warning' : 'demo-error'}
          role={stream.status === 'error' ? 'alert' : 'status'}
        >
          <code>{stream.error.code}</code> {stream.error.message}
        </p>
      )}
      {toolCalls.length > 1 ? (
        // Parallel tool calls: every part is parsed on its own; show each one.
        toolCalls.map((part) => (
          <section key={part.part.id} className="demo-part" aria-label={`Tool call ${part.part.name ?? part.part.id}`}>
            <h2 className="demo-part-title">
              <code>{part.part.name ?? 'tool'}</code> <span>{part.part.callId}</span>
            </h2>
            <AutoView value={part.snapshot.value} status={part.snapshot.done ? 'complete' : stream.status} nested />
          </section>
        ))
      ) : (
        <AutoView
          value={stream.value}
          status={stream.status}
          fieldStatus={stream.fieldStatus}
          skeleton={stream.skeleton}
        />
      )}
      {stream.validation.state === 'invalid' && (
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

export function App() {
  const [entries, setEntries] = useState<TranscriptEntry[]>([]);
  const [selected, setSelected] = useState('');
  const [delay, setDelay] = useState(30);
  const [run, setRun] = useState(0);
  useEffect(() => {
    void fetch('/api/transcripts')
      .then((response) => response.json() as Promise<TranscriptEntry[]>)
      .then((list) => {
        setEntries(list);
        setSelected((current) => current || (list[0]?.id ?? ''));
      });
  }, []);
  const entry = entries.find((candidate) => candidate.id === selected);
  return (
    <main className="demo">
      <h1>ripen: recorded LLM streams, rendered while they stream</h1>
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
                {speed.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" data-testid="replay" onClick={() => setRun((value) => value + 1)}>
          Replay
        </button>
      </div>
      {entry && <StreamView key={`${entry.id}:${delay}:${run}`} entry={entry} delay={delay} run={run} />}
    </main>
  );
}
