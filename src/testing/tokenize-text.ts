import { RipenError } from '../core/errors/ripen-error.js';
import type { MockTokenizer } from './mock-provider-types.js';

type Splitter = (text: string) => readonly string[];

interface BpeEncoding {
  encode(text: string): number[];
  decodeGenerator(tokens: Iterable<number>): Generator<string, void, void>;
}

const loaded = new Map<string, Promise<Splitter>>();

/**
 * Load a BPE encoding of the optional peer dependency `gpt-tokenizer` (its encodings ship inside
 * the npm package; nothing is downloaded). Loaded once per encoding, on first use, so importing
 * `ripen/testing` stays light. Fails with `RipenError` `invalid-option` when the package is missing.
 */
function loadEncoding(name: 'o200k_base' | 'cl100k_base'): Promise<Splitter> {
  let splitter = loaded.get(name);
  if (splitter === undefined) {
    const module: Promise<BpeEncoding> =
      name === 'o200k_base'
        ? import('gpt-tokenizer/encoding/o200k_base')
        : import('gpt-tokenizer/encoding/cl100k_base');
    splitter = module.then(
      (encoding) => (text: string) => splitWithEncoding(encoding, text),
      (error: unknown) => {
        loaded.delete(name);
        throw new RipenError(
          'invalid-option',
          `tokenize '${name}' needs the optional peer dependency gpt-tokenizer (npm i -D gpt-tokenizer); ` +
            `or pass tokenize: 'characters' or a function.`,
          { cause: error },
        );
      },
    );
    loaded.set(name, splitter);
  }
  return splitter;
}

/**
 * Token pieces of `text` under a BPE encoding, each a whole number of characters: a token that ends
 * inside a UTF-8 character (an emoji, a CJK character) is merged with the next one, as a real
 * streaming API does when it sends text deltas.
 */
function splitWithEncoding(encoding: BpeEncoding, text: string): readonly string[] {
  const pieces: string[] = [];
  for (const piece of encoding.decodeGenerator(encoding.encode(text))) pieces.push(piece);
  // gpt-tokenizer decodes lone surrogates to U+FFFD; fall back to characters when the pieces differ.
  return pieces.join('') === text ? pieces : splitCharacters(text);
}

/** One piece per Unicode code point (a lone surrogate is its own piece). */
function splitCharacters(text: string): readonly string[] {
  return Array.from(text);
}

/**
 * Split `text` into token pieces with the given tokenizer. The pieces always concatenate to `text`.
 *
 * @throws RipenError `invalid-option` (as a rejection) when a custom tokenizer returns pieces that do
 * not concatenate to the text, or when `gpt-tokenizer` is needed but not installed
 */
export async function tokenizeText(text: string, tokenizer: MockTokenizer): Promise<readonly string[]> {
  if (text.length === 0) return [];
  if (tokenizer === 'characters') return splitCharacters(text);
  if (tokenizer === 'o200k_base' || tokenizer === 'cl100k_base') return (await loadEncoding(tokenizer))(text);
  const pieces = await tokenizer(text);
  if (!Array.isArray(pieces) || pieces.join('') !== text) {
    throw new RipenError(
      'invalid-option',
      'tokenize must return an array of strings that concatenate to the text it was given.',
    );
  }
  return pieces.filter((piece) => piece.length > 0);
}
