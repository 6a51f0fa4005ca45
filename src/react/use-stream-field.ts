import { useCallback, useRef } from 'react';
import type { JsonStream } from '../core/stream/create-json-stream.js';
import { getAtPointer } from '../core/pointer/json-pointer.js';
import type { FieldStatus } from '../core/json/types.js';
import type { StreamStatus } from '../core/stream/types.js';
import { usePrioritizedSnapshot } from './use-prioritized-snapshot.js';

/** Result of {@link useStreamField}. */
export interface UseStreamFieldResult<V = unknown> {
  /** The field's value so far (`undefined` while absent); same object while unchanged. */
  value: V | undefined;
  /** The field's own status. */
  status: FieldStatus;
  /** The whole stream's status. */
  streamStatus: StreamStatus;
}

/**
 * Subscribes to one field of a stream, by RFC 6901 JSON Pointer (`""` = the whole value).
 * The component re-renders only when that subtree's identity, its status or the stream's status
 * changes: other fields growing do not re-render it (structural sharing keeps unchanged
 * subtrees identical between snapshots). Throws `TypeError` for a malformed pointer. Priorities as
 * in `useJsonStream`: status changes render synchronously, growth with default priority.
 */
export function useStreamField<V = unknown>(stream: JsonStream<unknown>, pointer: string): UseStreamFieldResult<V> {
  const cache = useRef<UseStreamFieldResult<V> | undefined>(undefined);
  const getSnapshot = useCallback((): UseStreamFieldResult<V> => {
    const state = stream.getSnapshot();
    const value = getAtPointer(state.value, pointer) as V | undefined;
    const status = state.fieldStatus(pointer);
    const previous = cache.current;
    if (previous && previous.value === value && previous.status === status && previous.streamStatus === state.status)
      return previous;
    const next = { value, status, streamStatus: state.status };
    cache.current = next;
    return next;
  }, [stream, pointer]);
  return usePrioritizedSnapshot(stream, getSnapshot, getSnapshot);
}
