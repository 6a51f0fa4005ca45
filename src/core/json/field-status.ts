import { parseJsonPointer } from './json-pointer.js';
import { childAt } from './own-member.js';
import type { ContainerFrame } from './parser-frame.js';
import type { FieldStatus, JsonValue } from './types.js';

/** What {@link resolveFieldStatus} needs to know about the parser. Internal. */
export interface FieldStatusInput {
  pointer: string;
  /** Open containers of the first top-level value, root first (empty once it closed). */
  stack: readonly ContainerFrame[];
  /** Key of the scalar being read in the top frame (string, number or word), if any. */
  leafKey: string | number | undefined;
  /** The first top-level value is open (a container or a visible string). */
  rootOpen: boolean;
  /** The first top-level value, once complete. */
  firstValue: JsonValue | undefined;
  hasFirstValue: boolean;
  /** Pointer of the node where the fatal error happened. */
  fatalPointer: string | undefined;
  /** Pointers of nodes that could not be read (local errors). */
  invalidPointers: ReadonlyMap<string, number>;
}

/**
 * Status of the node at `pointer` (RFC 6901) in the first top-level value:
 * - on the open path (root → open containers → the scalar being read): `streaming`;
 * - present in a closed part of the tree: `complete`;
 * - the node of the fatal error, or a local error's node that nothing has replaced: `invalid`;
 * - otherwise `absent`.
 * Cost: O(pointer length).
 */
export function resolveFieldStatus(input: FieldStatusInput): FieldStatus {
  const { pointer } = input;
  const tokens = parseJsonPointer(pointer);
  if (input.fatalPointer === pointer) return 'invalid';
  if (input.hasFirstValue) return resolveClosed(input.firstValue, tokens, 0, input);
  if (!input.rootOpen) return 'absent';
  const stack = input.stack;
  let level = 0;
  let matched = 0;
  for (;;) {
    if (matched === tokens.length) return 'streaming';
    const token = tokens[matched] as string;
    const next = stack[level + 1];
    if (next !== undefined) {
      if (String(next.key) === token) {
        level++;
        matched++;
        continue;
      }
    } else if (input.leafKey !== undefined && String(input.leafKey) === token) {
      return matched === tokens.length - 1 ? 'streaming' : 'absent';
    }
    const frame = stack[level];
    if (frame === undefined) return 'absent';
    return resolveClosed(frame.work, tokens, matched, input);
  }
}

function resolveClosed(
  value: JsonValue | undefined,
  tokens: readonly string[],
  from: number,
  input: FieldStatusInput,
): FieldStatus {
  let current = value;
  for (let index = from; index < tokens.length && current !== undefined; index++) {
    current = childAt(current, tokens[index] as string);
  }
  if (current !== undefined) return 'complete';
  return input.invalidPointers.has(input.pointer) ? 'invalid' : 'absent';
}

/** What a snapshot keeps to answer `statusAt` for its own moment (O(depth) to capture). Internal. */
export interface FrozenFieldStatus {
  /** Keys (as strings, `''` at the root) of the open containers, root first (never mutated). */
  keys: readonly string[];
  /**
   * The value shown for the root container (when `keys` is not empty). Every open container's
   * shown value lies in it at its keys, so a node beside the open path is looked up from here.
   */
  root: JsonValue | undefined;
  leafKey: string | undefined;
  rootOpen: boolean;
  firstValue: JsonValue | undefined;
  hasFirstValue: boolean;
  fatalPointer: string | undefined;
  /** The parser's invalid pointers, in the order they were found, and how many existed then. */
  invalidOrder: ReadonlyMap<string, number>;
  invalidCount: number;
}

/**
 * Status of the node at `pointer` as it was when a snapshot was taken (same rules as
 * {@link resolveFieldStatus}; newer text never changes the answer). Cost: O(pointer length).
 * @throws TypeError on a malformed pointer
 */
export function resolveFrozenFieldStatus(frozen: FrozenFieldStatus, pointer: string): FieldStatus {
  const tokens = parseJsonPointer(pointer);
  if (frozen.fatalPointer === pointer) return 'invalid';
  const invalidAt = frozen.invalidOrder.get(pointer);
  const invalid = invalidAt !== undefined && invalidAt < frozen.invalidCount;
  if (frozen.hasFirstValue) return present(frozen.firstValue, tokens, 0, invalid);
  if (!frozen.rootOpen) return 'absent';
  let level = 0;
  let matched = 0;
  for (;;) {
    if (matched === tokens.length) return 'streaming';
    const token = tokens[matched] as string;
    if (level + 1 < frozen.keys.length) {
      if (frozen.keys[level + 1] === token) {
        level++;
        matched++;
        continue;
      }
    } else if (frozen.leafKey !== undefined && frozen.leafKey === token) {
      return matched === tokens.length - 1 ? 'streaming' : 'absent';
    }
    if (level >= frozen.keys.length) return 'absent';
    // any other child shown in this container was closed when the snapshot was taken; the
    // tokens matched so far are the keys down to this container, so the walk starts at the root
    return present(frozen.root, tokens, 0, invalid);
  }
}

function present(value: JsonValue | undefined, tokens: readonly string[], from: number, invalid: boolean): FieldStatus {
  let current = value;
  for (let index = from; index < tokens.length && current !== undefined; index++) {
    current = childAt(current, tokens[index] as string);
  }
  if (current !== undefined) return 'complete';
  return invalid ? 'invalid' : 'absent';
}
