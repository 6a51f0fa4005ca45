/** One finished SSE block (ended by a blank line), as far as the last event ID is concerned. */
export interface SseBlockEnd {
  /** The value of the block's last valid `id` field (U+0000-free), when it had one. */
  id?: string;
  /** Whether the block had a `data` field (then it is dispatched as an event). */
  hasData: boolean;
}

/** See {@link createBlockScanner}. */
export interface SseBlockScanner {
  push(text: string): void;
}

const FIELD_PREFIX = 16;

/**
 * A light second pass over SSE text that only notes, for each block, its `id` field and whether
 * it has `data`: eventsource-parser 3 does not report blocks without data, but by the WHATWG
 * rules their `id` still sets the last event ID (at the blank line). Line ends as in the spec
 * (CR, LF, CRLF, also split across pushes). Keeps at most a short prefix of long non-`id` lines.
 *
 * @param onBlockEnd - called at each blank line, in order
 */
export function createBlockScanner(onBlockEnd: (block: SseBlockEnd) => void): SseBlockScanner {
  let line = '';
  let afterCarriageReturn = false;
  let id: string | undefined;
  let hasId = false;
  let hasData = false;

  const append = (piece: string): void => {
    if (piece.length === 0) return;
    line += piece;
    if (line.length > FIELD_PREFIX && !line.startsWith('id')) line = line.slice(0, FIELD_PREFIX);
  };

  const endLine = (): void => {
    const text = line;
    line = '';
    if (text.length === 0) {
      onBlockEnd(hasId ? { id: id as string, hasData } : { hasData });
      id = undefined;
      hasId = false;
      hasData = false;
      return;
    }
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    if (field === 'data') hasData = true;
    else if (field === 'id') {
      let value = colon === -1 ? '' : text.slice(colon + 1);
      if (value.startsWith(' ')) value = value.slice(1);
      if (!value.includes('\0')) {
        id = value;
        hasId = true;
      }
    }
  };

  return {
    push(text) {
      let start = 0;
      for (let index = 0; index < text.length; index++) {
        const char = text.charCodeAt(index);
        if (char === 0x0a && afterCarriageReturn) {
          // the LF of a CRLF whose CR ended the line already
          afterCarriageReturn = false;
          start = index + 1;
          continue;
        }
        afterCarriageReturn = false;
        if (char !== 0x0a && char !== 0x0d) continue;
        append(text.slice(start, index));
        endLine();
        afterCarriageReturn = char === 0x0d;
        start = index + 1;
      }
      append(text.slice(start));
    },
  };
}
