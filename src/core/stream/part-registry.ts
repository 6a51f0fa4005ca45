import { createJsonParser } from '../json/json-parser.js';
import type { JsonParser } from '../json/json-parser.js';
import type { JsonParserOptions, JsonSnapshot } from '../json/types.js';
import type { PartInfo } from '../providers/types.js';
import type { PartSelector } from './part-selector.js';
import { matchesSelector } from './part-selector.js';
import { isEndStatus } from './types.js';
import type { FieldStatusReader, PartStatus, StreamPart, StreamStatus } from './types.js';

/** One content or tool-call part being parsed. */
export interface PartEntry {
  info: PartInfo & { kind: 'content' | 'tool-call' };
  parser: JsonParser;
  /** Position among the tool calls of its choice (for `{ toolIndex }`). */
  toolOrdinal: number;
  /** Raw text received so far. */
  text: string;
  /** True after the part's own `part-end` event. */
  ended: boolean;
  /** Last snapshot taken, so each distinct snapshot's `completed` list is handled once. */
  last: JsonSnapshot | undefined;
  /** Completions seen before this part was selected. */
  pendingCompleted: string[];
  /** Last published part object (kept while nothing changed). */
  published: StreamPart | undefined;
  publishedSnapshot: JsonSnapshot | undefined;
}

/**
 * The status reader of one snapshot: the snapshot's own `statusAt`, frozen with it (an old state
 * never answers for text its value does not hold). A node left open when the input stopped is
 * reported `invalid` by the parser (error `truncated`); the stream already says `truncated`, so
 * that node reads as unfinished (`streaming`).
 */
export function statusReaderOf(snapshot: JsonSnapshot): FieldStatusReader {
  const base: FieldStatusReader = (pointer) => snapshot.statusAt(pointer);
  const cutAt = snapshot.error?.code === 'truncated' ? snapshot.error.pointer : undefined;
  if (cutAt === undefined) return base;
  return (pointer) => {
    const status = base(pointer);
    return status === 'invalid' && pointer === cutAt ? 'streaming' : status;
  };
}

/** The parts of one stream: creation on first sight, selection, published objects. */
export interface PartRegistry {
  /** Every part, in order of first appearance. */
  readonly entries: Map<string, PartEntry>;
  /** The part for `part`, created (with its parser) on first sight; a late name is merged in. */
  entryFor(part: PartInfo & { kind: 'content' | 'tool-call' }): PartEntry;
  /**
   * The first part matching `selector` (`'auto'`: the first part whose snapshot has a value),
   * or `undefined`. `snapshotOf` is used for `'auto'`.
   */
  find(selector: PartSelector, snapshotOf: (entry: PartEntry) => JsonSnapshot): PartEntry | undefined;
}

/** Creates an empty {@link PartRegistry} whose parsers use `parserOptions`. */
export function createPartRegistry(parserOptions: JsonParserOptions | undefined): PartRegistry {
  const entries = new Map<string, PartEntry>();
  return {
    entries,
    entryFor(part) {
      let entry = entries.get(part.id);
      if (!entry) {
        let toolOrdinal = 0;
        for (const other of entries.values())
          if (other.info.kind === 'tool-call' && other.info.choice === part.choice) toolOrdinal++;
        entry = {
          info: part,
          parser: createJsonParser(parserOptions),
          toolOrdinal,
          text: '',
          ended: false,
          last: undefined,
          pendingCompleted: [],
          published: undefined,
          publishedSnapshot: undefined,
        };
        entries.set(part.id, entry);
      } else if (
        (part.name !== undefined && entry.info.name === undefined) ||
        (part.callId !== undefined && entry.info.callId === undefined)
      ) {
        entry.info = { ...part, ...entry.info, ...(entry.info.name === undefined ? {} : { name: entry.info.name }) };
        if (part.name !== undefined && entry.info.name === undefined) entry.info.name = part.name;
        if (part.callId !== undefined && entry.info.callId === undefined) entry.info.callId = part.callId;
      }
      return entry;
    },
    find(selector, snapshotOf) {
      for (const entry of entries.values()) {
        const matches =
          selector === 'auto'
            ? snapshotOf(entry).value !== undefined
            : matchesSelector(selector, entry.info, entry.toolOrdinal);
        if (matches) return entry;
      }
      return undefined;
    },
  };
}

function partStatusOf(
  entry: PartEntry,
  snapshot: JsonSnapshot,
  reader: FieldStatusReader,
  streamStatus: StreamStatus,
): PartStatus {
  if (snapshot.error && snapshot.error.code !== 'truncated') return 'error';
  if (!entry.ended && !isEndStatus(streamStatus)) return 'streaming';
  if (!entry.ended && streamStatus === 'aborted') return 'aborted';
  if (snapshot.value === undefined) return 'complete';
  return reader('') === 'complete' ? 'complete' : 'truncated';
}

/**
 * The published object of a part: the previous one while its snapshot, text, status, `done`,
 * name and call id are unchanged, else a new one.
 */
export function publishPart(entry: PartEntry, snapshot: JsonSnapshot, streamStatus: StreamStatus): StreamPart {
  const previous = entry.published;
  const sameSnapshot = previous !== undefined && entry.publishedSnapshot === snapshot;
  const reader = sameSnapshot ? previous.fieldStatus : statusReaderOf(snapshot);
  const status = partStatusOf(entry, snapshot, reader, streamStatus);
  const done = entry.ended || isEndStatus(streamStatus);
  if (
    previous &&
    sameSnapshot &&
    previous.text.length === entry.text.length &&
    previous.status === status &&
    previous.done === done &&
    previous.name === entry.info.name &&
    previous.callId === entry.info.callId
  )
    return previous;
  const part: StreamPart = {
    id: entry.info.id,
    kind: entry.info.kind,
    choice: entry.info.choice,
    value: snapshot.value,
    text: entry.text,
    status,
    done,
    fieldStatus: reader,
  };
  if (entry.info.name !== undefined) part.name = entry.info.name;
  if (entry.info.callId !== undefined) part.callId = entry.info.callId;
  entry.published = part;
  entry.publishedSnapshot = snapshot;
  return part;
}
