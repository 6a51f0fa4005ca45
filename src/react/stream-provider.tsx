import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { JsonStream } from '../core/stream/create-json-stream.js';

const StreamContext = createContext<JsonStream<unknown> | null>(null);

/** Props of {@link StreamProvider}. */
export interface StreamProviderProps {
  /** The store to share, e.g. `useJsonStream(...).stream`. */
  stream: JsonStream<unknown>;
  children?: ReactNode;
}

/** Makes a stream available to descendants through {@link useStream}. */
export function StreamProvider({ stream, children }: StreamProviderProps): ReactNode {
  return <StreamContext.Provider value={stream}>{children}</StreamContext.Provider>;
}

/**
 * The stream given to the nearest {@link StreamProvider}. Throws `TypeError` when there is none
 * (a programming error, not a runtime condition).
 */
export function useStream(): JsonStream<unknown> {
  const stream = useContext(StreamContext);
  if (!stream) throw new TypeError('useStream() must be called inside <StreamProvider stream={...}>.');
  return stream;
}
