import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import type { JsonStream } from '../core/stream/create-json-stream.js';

/**
 * Publishes after a change of the stream's status that still render synchronously (in the frame
 * that publishes them): the first words of an answer are painted in the frame after their bytes
 * arrive. Later publishes render with default priority.
 */
export const URGENT_PUBLISHES = 6;

interface Shown<S> {
  readonly snapshot: S;
  /** Order of publishes as this hook saw them: the larger one is newer. */
  readonly version: number;
}

interface StatusCount {
  status: unknown;
  /** Publishes seen since the status changed (the one that changed it is 0). */
  since: number;
}

type AnyStream = JsonStream<never, never>;

/** Per stream: its last status and the publishes since it changed (shared by every hook). */
const counts = new WeakMap<object, StatusCount>();
/** Per published state: rendered synchronously or not (decided once, so every hook agrees). */
const urgency = new WeakMap<object, boolean>();

/**
 * Is this published state urgent? Yes when the status changed, and for the
 * {@link URGENT_PUBLISHES} after: the start, the first content and the end show at once
 * (whatever the frame rate). Otherwise no: React renders it with
 * default priority, which never interrupts a `startTransition` render in progress (a synchronous
 * update every frame would restart any transition render longer than a frame, up to React's 5 s
 * expiry of transitions).
 */
function isUrgent(stream: AnyStream): boolean {
  const state = stream.getSnapshot() as object & { status: unknown };
  const known = urgency.get(state);
  if (known !== undefined) return known;
  let count = counts.get(stream);
  if (!count || count.status !== state.status) {
    count = { status: state.status, since: 0 };
    counts.set(stream, count);
  } else count.since++;
  const urgent = count.since <= URGENT_PUBLISHES;
  urgency.set(state, urgent);
  return urgent;
}

function createChannel<S>(stream: AnyStream, select: () => S, selectServer: () => S) {
  let version = 0;
  let urgent: Shown<S> = { snapshot: select(), version };
  const server: Shown<S> = { snapshot: selectServer(), version };
  let delivered = urgent.snapshot;
  return {
    getUrgent: () => urgent,
    getServer: () => server,
    subscribe(onUrgent: () => void, onDeferred: (shown: Shown<S>) => void): () => void {
      const deliver = (catchUp: boolean): void => {
        const snapshot = select();
        if (Object.is(snapshot, delivered)) return;
        delivered = snapshot;
        const shown = { snapshot, version: ++version };
        if (isUrgent(stream) || catchUp) {
          urgent = shown;
          onUrgent();
        } else onDeferred(shown);
      };
      const unsubscribe = stream.subscribe(() => deliver(false));
      // A publish between the render and this subscription: shown at once.
      deliver(true);
      return unsubscribe;
    },
  };
}

/**
 * Reads `select()` of a stream's state and re-renders when it changes, like
 * `useSyncExternalStore`, but with two priorities: status changes (and the
 * {@link URGENT_PUBLISHES} after them) render synchronously, the frame-coalesced growth of the value in between renders
 * with React's default priority, so a stream never starves an app's `startTransition`.
 * `select` must return the same value while nothing it reads changed.
 */
export function usePrioritizedSnapshot<S>(stream: JsonStream<unknown>, select: () => S, selectServer: () => S): S {
  const channel = useMemo(
    () => createChannel(stream as unknown as AnyStream, select, selectServer),
    [stream, select, selectServer],
  );
  const [held, setHeld] = useState<{ channel: unknown; shown: Shown<S> } | undefined>(undefined);
  const subscribe = useCallback(
    (onUrgent: () => void) => channel.subscribe(onUrgent, (shown) => setHeld({ channel, shown })),
    [channel],
  );
  const urgent = useSyncExternalStore(subscribe, channel.getUrgent, channel.getServer);
  const deferred = held?.channel === channel ? held.shown : undefined;
  return deferred && deferred.version > urgent.version ? deferred.snapshot : urgent.snapshot;
}
