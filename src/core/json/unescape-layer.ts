/**
 * Streaming decoder for double-encoded JSON (tolerant mode): text that is JSON escaped once more,
 * as the contents of a string (`{\"a\": \"x\\\"y\"}`). Each `\X` escape of the raw text is
 * decoded as a JSON string escape (`\"` → `"`, `\\` → `\`, `\n` → line feed, `\uXXXX` → the
 * character; an unknown `\X` → `X`), and the result is JSON the parser reads as usual. An escape
 * cut by a chunk boundary is held until its end arrives. Internal.
 */
export interface UnescapeLayer {
  /** Decode the next chunk (any split). */
  decode(text: string): string;
  /** End of input: whatever an unfinished escape held back is dropped (`\"abc\` → `"abc`). */
  flush(): void;
}

const SIMPLE: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' };

/** Create a {@link UnescapeLayer}. */
export function createUnescapeLayer(): UnescapeLayer {
  let held = '';
  return {
    decode(text: string): string {
      const input = held === '' ? text : held + text;
      held = '';
      let output = '';
      let index = 0;
      while (index < input.length) {
        const slash = input.indexOf('\\', index);
        if (slash === -1) {
          output += input.slice(index);
          break;
        }
        output += input.slice(index, slash);
        if (slash + 1 >= input.length) {
          held = '\\';
          break;
        }
        const escaped = input[slash + 1] as string;
        if (escaped === 'u') {
          if (slash + 6 > input.length) {
            held = input.slice(slash);
            break;
          }
          const hex = input.slice(slash + 2, slash + 6);
          if (/^[0-9a-fA-F]{4}$/.test(hex)) {
            output += String.fromCharCode(Number.parseInt(hex, 16));
            index = slash + 6;
            continue;
          }
        }
        output += SIMPLE[escaped] ?? escaped;
        index = slash + 2;
      }
      return output;
    },
    flush(): void {
      held = '';
    },
  };
}
