import type { TranscriptFormat } from './replay-types.js';

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Detect how a transcript body is framed (see {@link TranscriptFormat}): `json-array` when the
 * first non-whitespace byte (after an optional BOM) is `[`, `sse` when a line starts with a field
 * name `data:`, `event:`, `id:`, `retry:` or with `:` (comment), otherwise `lines`.
 */
export function detectTranscriptFormat(bytes: Uint8Array): Exclude<TranscriptFormat, 'auto'> {
  const head = new TextDecoder().decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  if (/^\s*\[/.test(head)) return 'json-array';
  if (/(^|[\r\n])(data|event|id|retry)?:/.test(head)) return 'sse';
  return 'lines';
}

/**
 * Cut a transcript into events without changing a byte: the returned views concatenate to the
 * input exactly.
 *
 * - `sse`: an event ends after the blank line that dispatches it (LF, CRLF or CR endings, mixed).
 *   Bytes after the last blank line form a last event.
 * - `lines`: an event ends after each LF (a CRLF stays whole).
 * - `json-array`: an event ends after each top-level element of the array (strings and escapes
 *   respected); the separator (`,`, whitespace) starts the next event; the closing `]` and what
 *   follows form the last event.
 *
 * @param bytes - the transcript body
 * @param format - framing, already detected
 * @returns subarray views of `bytes`, in order, none empty
 */
export function splitTranscript(bytes: Uint8Array, format: Exclude<TranscriptFormat, 'auto'>): Uint8Array[] {
  const ends =
    format === 'sse' ? sseEventEnds(bytes) : format === 'lines' ? lineEnds(bytes) : jsonArrayElementEnds(bytes);
  const events: Uint8Array[] = [];
  let start = 0;
  for (const end of ends) {
    if (end > start) events.push(bytes.subarray(start, end));
    start = Math.max(start, end);
  }
  if (start < bytes.length) events.push(bytes.subarray(start));
  return events;
}

function sseEventEnds(bytes: Uint8Array): number[] {
  const ends: number[] = [];
  let atLineStart = false;
  let lineHasContent = false;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index];
    if (byte !== LINE_FEED && byte !== CARRIAGE_RETURN) {
      lineHasContent = true;
      atLineStart = false;
      continue;
    }
    const terminatorEnd = byte === CARRIAGE_RETURN && bytes[index + 1] === LINE_FEED ? index + 2 : index + 1;
    if (atLineStart && !lineHasContent) {
      ends.push(terminatorEnd);
      atLineStart = false;
    } else {
      atLineStart = true;
    }
    lineHasContent = false;
    index = terminatorEnd - 1;
  }
  return ends;
}

function lineEnds(bytes: Uint8Array): number[] {
  const ends: number[] = [];
  for (let index = 0; index < bytes.length; index++) {
    if (bytes[index] === LINE_FEED) ends.push(index + 1);
  }
  return ends;
}

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function jsonArrayElementEnds(bytes: Uint8Array): number[] {
  const ends: number[] = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  // Depth 1 is "inside the top-level array"; an element ends when depth returns to 1, or, for a
  // scalar element, at the next `,` or `]` at depth 1 (the separator then starts the next event).
  let scalarOpen = false;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index];
    if (inString) {
      if (escaped) escaped = false;
      else if (byte === BACKSLASH) escaped = true;
      else if (byte === QUOTE) {
        inString = false;
        if (depth === 1) scalarOpen = true;
      }
      continue;
    }
    if (byte === QUOTE) {
      inString = true;
      continue;
    }
    if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      depth++;
    } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      if (depth === 1 && scalarOpen) {
        ends.push(index);
        scalarOpen = false;
      }
      depth--;
      if (depth === 1) ends.push(index + 1);
    } else if (depth === 1 && byte === 0x2c /* , */ && scalarOpen) {
      ends.push(index);
      scalarOpen = false;
    } else if (depth === 1 && byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09 && byte !== 0x2c) {
      scalarOpen = true;
    }
  }
  return ends;
}
