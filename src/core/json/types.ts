import type { RipenError } from '../errors/ripen-error.js';

/** Any JSON value. Objects are plain objects created with a null-safe key store. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * Status of one node, addressed by RFC 6901 JSON Pointer:
 * - `absent`: not seen yet (or its key name is not complete yet);
 * - `streaming`: started but not closed (a string still growing, an open object or array);
 * - `complete`: closed; never changes again;
 * - `invalid`: could not be parsed (see the snapshot's `errors`) or failed validation.
 */
export type FieldStatus = 'absent' | 'streaming' | 'complete' | 'invalid';

/** Kinds of repair tolerant mode applies to real model output; each is reported as a warning. */
export type RepairKind =
  | 'code-fence'
  | 'prose'
  | 'think-block'
  | 'trailing-comma'
  | 'comment'
  | 'single-quote'
  | 'unquoted-key'
  | 'python-literal'
  | 'non-finite-number'
  | 'control-character'
  | 'invalid-escape'
  | 'multiple-values'
  | 'missing-comma'
  | 'skipped-invalid-value'
  /** A number followed by other characters (`2024-10-18`, `1.2.3`, `123abc`) read whole as a string. */
  | 'number-as-string'
  /** `“a”`, `‘a’`, `` `a´ `` used as string delimiters. */
  | 'smart-quote'
  /** A quote inside a string that the next characters show was not its end (`"apple "bee" carrot"`). */
  | 'inner-quote'
  /** A key followed by its value with no `:` (`{"a" 2}`). */
  | 'missing-colon'
  /** A no-break space or another Unicode space between tokens. */
  | 'unicode-space'
  /** JavaScript's `undefined` as a value, read as `null`. */
  | 'undefined-value'
  /** A `...` placeholder between elements or members, skipped. */
  | 'ellipsis'
  /** A `,` where an element or a key was expected (`[,1]`, `{,"a":1}`), skipped. */
  | 'leading-comma'
  /** A closing bracket for an outer container closes the inner ones left open (`{"a":[1}`). */
  | 'missing-bracket'
  /** A closing bracket that matches no open container, skipped (`[}`). */
  | 'extra-bracket'
  /** JSON escaped as the contents of a string (`{\"a\": 1}`, or a whole JSON string holding JSON), read once unescaped. */
  | 'double-encoded'
  /** A key that cannot be read (junk in key position); skipped to the next `,` or `}`. */
  | 'skipped-invalid-key';

/** One repair applied in tolerant mode. */
export interface JsonWarning {
  kind: RepairKind;
  /** Offset in characters (UTF-16 code units) into the input text. */
  offset: number;
}

/** Immutable view of the document after the chunks pushed so far. */
export interface JsonSnapshot<T = JsonValue> {
  /** The auto-completed value so far; `undefined` before the first value starts. Structurally
   * shared: unchanged subtrees are the same objects as in the previous snapshot. */
  value: T | undefined;
  /** All top-level values seen, when the input holds several (JSON Lines / concatenated). */
  values: readonly T[];
  /** True once `end()` was called, or the top-level value closed and nothing else may follow. */
  done: boolean;
  /** The first fatal error, if any; the value stays the last good one. */
  error?: RipenError;
  /** Non-fatal errors local to one node (that node is `invalid`, the rest is still read). */
  errors: readonly RipenError[];
  /** Repairs applied (tolerant mode). */
  warnings: readonly JsonWarning[];
  /**
   * RFC 6901 JSON Pointers of the nodes of the first top-level value (`value`) that became
   * `complete` since the previous snapshot object was produced, in the order they closed
   * (children before their parent, so document order of closing brackets/quotes). `""` is the
   * root. Each pointer appears in exactly one snapshot over the life of a document; a consumer
   * that handles every distinct snapshot object once sees every completion exactly once.
   * Everything else that changed lies on the path of the node still streaming; compare
   * subtrees by identity (structural sharing) to find it.
   */
  completed: readonly string[];
  /**
   * Status of the node at an RFC 6901 JSON Pointer *as of this snapshot* (same rules as
   * `JsonParser.statusAt`, which answers for "now"): an old snapshot never answers for text
   * pushed after it, so a status read beside this snapshot's `value` always agrees with it.
   * When nothing visible changed, `snapshot()` hands out the same object again, which keeps
   * answering for the moment it was made (a field that started but shows nothing yet may still
   * read `absent` there while `parser.statusAt` says `streaming`).
   * Cost O(pointer length); capturing it costs O(depth) per snapshot.
   * @throws TypeError on a malformed pointer
   */
  statusAt(pointer: string): FieldStatus;
}

/** Options for {@link createJsonParser} and {@link parsePartialJson}. */
export interface JsonParserOptions {
  /** `'tolerant'` (default) repairs model quirks with warnings; `'strict'` agrees with `JSON.parse`. */
  mode?: 'tolerant' | 'strict';
  /** Maximum nesting depth. Default 512. Exceeding it raises `depth-limit`. */
  maxDepth?: number;
  /**
   * Maximum total input, in UTF-8 bytes (what transports and servers limit), counted as the text
   * is pushed: 1 byte up to U+007F, 2 up to U+07FF, 3 up to U+FFFF, 4 above (`é` 2, `中` 3, an
   * emoji 4; a lone surrogate counts 2). Default 67,108,864 (64 MiB). Past it, the longest prefix
   * that fits (whole code points) is read and the parser stops with `size-limit`, its `offset`
   * the character offset of the cut.
   */
  maxBytes?: number;
  /** Maximum length of one string, in characters. Default 16,777,216. Raises `string-limit`. */
  maxStringLength?: number;
  /**
   * Show partial numbers while streaming (default false: numbers appear only when complete).
   * The longest complete prefix is shown (`-1.25e` shows -1.25) and only grows; it is withdrawn
   * (the node becomes `invalid`) only when the number turns out invalid: a leading zero (`[05`),
   * other characters after it (`1.2.3`), or a cut at `.`/`e`/sign when `end()` comes.
   */
  partialNumbers?: boolean;
  /**
   * Every `snapshot()` shows all text pushed so far, whatever it costs (default false). By default
   * snapshot work is bounded on huge open containers: when the containers along the open path
   * hold more than 256 array slots (a member of an object of 128+ keys counts 16), a new copy is made only once
   * the text pushed since the last one is half that size (so copy work stays within ~2 slots per
   * input character), and an object of ≥ 1,024 keys is copied over several calls (≤ 4,096 keys
   * each, so no call stalls); meanwhile `snapshot()` returns the previous snapshot (a valid earlier view).
   * `end()` always gives the exact final snapshot; `JsonParser.statusAt` always answers for now.
   */
  exactSnapshots?: boolean;
}

/** Options for {@link parsePartialJson}: parser options plus whether the text is the whole input. */
export interface ParsePartialJsonOptions extends JsonParserOptions {
  /**
   * `false` (default): `text` is a prefix of a stream that may go on, so a trailing number is
   * held back and an unfinished document is not an error. `true`: `text` is all there is
   * (`end()` is called): a trailing number completes, an unfinished document gets `truncated`.
   */
  complete?: boolean;
}
