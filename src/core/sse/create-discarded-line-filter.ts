/** Field names that WHATWG SSE processing acts on (HTML §9.2.6); every other field is ignored. */
const FIELDS = ['data', 'event', 'id', 'retry'];

const isFieldPrefix = (name: string): boolean => FIELDS.some((field) => field.startsWith(name));

/** Filter of {@link createDiscardedLineFilter}: `push` returns the text to parse. */
export interface DiscardedLineFilter {
  /** Takes the next decoded text; returns what the SSE parser must see (whole ignored lines removed). */
  push(text: string): string;
  /** The end of the text: returns a held, unterminated line start that the parser must still see. */
  end(): string;
}

/**
 * Removes, before the SSE parser buffers them, the lines WHATWG processing ignores, so they never
 * count toward `maxBufferSize` (as in eventsource-parser 4):
 * - a comment line (`:` first) when nobody listens to comments: dropped at its first character;
 * - a line whose field name is none of `data`, `event`, `id`, `retry` (an unknown field, or a name
 *   that can no longer become one, such as `datax`): held until its line end, then passed on (the
 *   parser reports it to `onInvalidField`); past `maxBufferSize` characters it is dropped unreported
 *   and skipped to its line end without being stored.
 *
 * Memory stays bounded: at most the start of a field name (≤ 5 characters) or one unknown-field
 * line of ≤ `maxBufferSize` characters is held. Linear time: every character is looked at once.
 * A dropped line goes with its line end (CR, LF or CRLF, also split across pushes), so the lines
 * around it are unchanged and no blank line appears.
 *
 * @param options.keepComments - true when comment lines are listened to (then they are passed on)
 * @param options.maxBufferSize - longest unknown-field line held, in characters
 */
export function createDiscardedLineFilter(options: {
  keepComments: boolean;
  maxBufferSize: number;
}): DiscardedLineFilter {
  // name: reading the field name (held); pass: a line the parser reads; hold: an unknown field
  // (held); drop: an ignored line being skipped
  let mode: 'name' | 'pass' | 'hold' | 'drop' = 'name';
  let held = '';
  /** The line before ended with a CR that was dropped: an LF right after it belongs to it. */
  let skipLineFeed = false;
  return {
    push(text) {
      let out = '';
      let index = 0;
      if (skipLineFeed && text.length > 0) {
        skipLineFeed = false;
        if (text.charCodeAt(0) === 10) index = 1;
      }
      while (index < text.length) {
        if (mode === 'pass' || mode === 'drop') {
          let end = index;
          while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
          if (mode === 'pass') out += text.slice(index, end < text.length ? end + 1 : end);
          if (end === text.length) return out;
          if (mode === 'drop') {
            if (text.charCodeAt(end) === 13) {
              if (end + 1 < text.length) {
                if (text.charCodeAt(end + 1) === 10) end++;
              } else skipLineFeed = true;
            }
          }
          mode = 'name';
          index = end + 1;
          continue;
        }
        const c = text[index] as string;
        index++;
        if (c === '\n' || c === '\r') {
          // the line ended: whatever was held is a whole line the parser reads
          out += held + c;
          held = '';
          mode = 'name';
          continue;
        }
        if (mode === 'hold') {
          // an unknown field: held in bulk up to its line end, dropped once past the bound
          let end = index;
          while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
          held += text.slice(index - 1, end);
          index = end;
          if (held.length > options.maxBufferSize) {
            held = '';
            mode = 'drop';
          }
          continue;
        }
        // mode 'name'
        if (c === ':') {
          if (held === '' && !options.keepComments) {
            mode = 'drop';
            continue;
          }
          if (held === '' || FIELDS.includes(held)) {
            out += `${held}:`;
            held = '';
            mode = 'pass';
          } else {
            held += c;
            mode = 'hold';
          }
          continue;
        }
        held += c;
        if (!isFieldPrefix(held)) mode = 'hold';
      }
      return out;
    },
    end() {
      if (mode === 'drop') return '';
      const rest = held;
      held = '';
      return rest;
    },
  };
}
