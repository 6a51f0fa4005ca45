/** One Gemini streamed function-call argument (`functionCall.partialArgs[i]`). */
export interface PartialArgument {
  /** JSONPath of the value, e.g. `$.recipe.steps[2]` or `$['a key']`. */
  jsonPath: string;
  stringValue?: string;
  numberValue?: number;
  boolValue?: boolean;
  nullValue?: unknown;
  /** For strings: more text of the same value follows. */
  willContinue?: boolean;
}

/** See {@link createJsonPathWriter}. */
export interface JsonPathWriter {
  /** Applies one partial argument; returns the JSON text to append (possibly `''`). */
  apply(argument: PartialArgument): string;
  /** Closes every open string and container; returns the closing text. */
  finish(): string;
  /** True once any text was written. */
  started(): boolean;
}

type Segment = string | number;

/** Parses `$.a.b[0]['c d']` into segments; `undefined` when the path is not of that form. */
export function parseJsonPath(path: string): Segment[] | undefined {
  if (!path.startsWith('$')) return undefined;
  const segments: Segment[] = [];
  let index = 1;
  while (index < path.length) {
    const char = path[index];
    if (char === '.') {
      const match = /^[^.[\]]+/.exec(path.slice(index + 1));
      if (!match) return undefined;
      segments.push(match[0]);
      index += 1 + match[0].length;
    } else if (char === '[') {
      const rest = path.slice(index);
      const number = /^\[(\d+)\]/.exec(rest);
      const quoted = /^\[(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\]/.exec(rest);
      if (number?.[1] !== undefined) {
        segments.push(Number(number[1]));
        index += number[0].length;
      } else if (quoted) {
        segments.push((quoted[1] ?? quoted[2] ?? '').replace(/\\(.)/g, '$1'));
        index += quoted[0].length;
      } else return undefined;
    } else return undefined;
  }
  return segments;
}

/**
 * Turns Gemini's streamed function-call arguments (`partialArgs`: one JSONPath + value at a
 * time, strings in pieces while `willContinue`) into JSON text, written incrementally in the
 * order values arrive, so the text can feed the same incremental parser as any other stream.
 * Values must arrive in document order (Gemini's order: keys in order of first appearance,
 * array indices ascending); a path that goes back into a closed container is written as a new
 * member anyway (the parser will see a duplicate key), never reordered.
 */
export function createJsonPathWriter(): JsonPathWriter {
  const stack: { segment: Segment | undefined; kind: 'array' | 'object'; hasMembers: boolean }[] = [];
  let openString: string | undefined;

  const kindFor = (segment: Segment): 'array' | 'object' => (typeof segment === 'number' ? 'array' : 'object');
  const close = (kind: 'array' | 'object'): string => (kind === 'array' ? ']' : '}');
  const open = (kind: 'array' | 'object'): string => (kind === 'array' ? '[' : '{');
  const memberPrefix = (segment: Segment): string => {
    const container = stack[stack.length - 1];
    if (!container) return '';
    let text = container.hasMembers ? ',' : '';
    container.hasMembers = true;
    if (container.kind === 'object') text += `${JSON.stringify(String(segment))}:`;
    return text;
  };

  return {
    apply(argument) {
      const segments = parseJsonPath(argument.jsonPath);
      if (!segments || segments.length === 0) return '';
      const key = argument.jsonPath;
      let text = '';
      if (openString !== undefined) {
        if (openString === key && argument.stringValue !== undefined) {
          text = JSON.stringify(argument.stringValue).slice(1, -1);
          if (!argument.willContinue) {
            text += '"';
            openString = undefined;
          }
          return text;
        }
        text += '"';
        openString = undefined;
      }
      const first = segments[0] as Segment;
      if (stack.length === 0) {
        stack.push({ segment: undefined, kind: kindFor(first), hasMembers: false });
        text += open(kindFor(first));
      }
      const last = segments.length - 1;
      // stack[d] (d >= 1) is the container reached by segments[d - 1].
      let depth = 1;
      while (depth < stack.length && depth - 1 < last && stack[depth]?.segment === segments[depth - 1]) depth++;
      while (stack.length > depth) text += close((stack.pop() as { kind: 'array' | 'object' }).kind);
      for (let level = stack.length; level <= last; level++) {
        const segment = segments[level - 1] as Segment;
        const kind = kindFor(segments[level] as Segment);
        text += memberPrefix(segment) + open(kind);
        stack.push({ segment, kind, hasMembers: false });
      }
      text += memberPrefix(segments[last] as Segment);
      if (argument.stringValue !== undefined) {
        text += `"${JSON.stringify(argument.stringValue).slice(1, -1)}`;
        if (argument.willContinue) openString = key;
        else text += '"';
      } else if (argument.numberValue !== undefined) {
        text += Number.isFinite(argument.numberValue) ? String(argument.numberValue) : 'null';
      } else if (argument.boolValue !== undefined) {
        text += argument.boolValue ? 'true' : 'false';
      } else {
        text += 'null';
      }
      return text;
    },
    finish() {
      let text = '';
      if (openString !== undefined) {
        text += '"';
        openString = undefined;
      }
      while (stack.length > 0) text += close((stack.pop() as { kind: 'array' | 'object' }).kind);
      return text;
    },
    started: () => stack.length > 0,
  };
}
