import { useId, useSyncExternalStore } from 'react';
import type { ReplayController } from '../../src/testing/index.js';

/** Props of {@link ReplayPanel}. */
export interface ReplayPanelProps {
  controller: ReplayController | undefined;
  /** Extra rows (stream status, error code…). */
  details?: Readonly<Record<string, string>>;
}

const idle = { subscribe: () => () => {}, getState: () => undefined };

/** Replay state and controls (pause / resume / step / seek) shown under interactive stories. */
export function ReplayPanel({ controller, details = {} }: ReplayPanelProps) {
  const seekId = useId();
  const source = controller ?? idle;
  const state = useSyncExternalStore(source.subscribe, source.getState, source.getState);
  const over =
    state === undefined || state.status === 'done' || state.status === 'errored' || state.status === 'cancelled';
  return (
    <section className="story-panel" aria-label="Replay controls">
      <dl>
        <dt>replay</dt>
        <dd data-testid="replay-status">{state?.status ?? 'not started'}</dd>
        <dt>event</dt>
        <dd>
          {state?.position ?? 0} / {state?.eventCount ?? 0} ({state?.format ?? '?'}, {state?.dialect ?? '?'})
        </dd>
        <dt>bytes</dt>
        <dd>
          {state?.deliveredBytes ?? 0} / {state?.totalBytes ?? 0} in {state?.chunkCount ?? 0} chunks
        </dd>
        {Object.entries(details).map(([name, value]) => (
          <Row key={name} name={name} value={value} />
        ))}
      </dl>
      <p>
        <button type="button" disabled={over || state?.status !== 'playing'} onClick={() => controller?.pause()}>
          Pause
        </button>
        <button type="button" disabled={over || state?.status !== 'paused'} onClick={() => controller?.resume()}>
          Resume
        </button>
        <button type="button" disabled={over} onClick={() => controller?.step()}>
          Step one event
        </button>
        <label htmlFor={seekId}> Seek to event </label>
        <input
          id={seekId}
          type="range"
          min={0}
          max={state?.eventCount ?? 0}
          value={state?.position ?? 0}
          disabled={over}
          onChange={(event) => {
            const target = Number(event.currentTarget.value);
            if (controller && target > controller.getState().position) controller.seek(target);
          }}
        />
      </p>
    </section>
  );
}

function Row({ name, value }: { name: string; value: string }) {
  return (
    <>
      <dt>{name}</dt>
      <dd data-testid={`detail-${name}`}>{value}</dd>
    </>
  );
}
