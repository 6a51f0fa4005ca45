import type { PartInfo } from '../providers/types.js';

/**
 * Which output part of a model response a stream parses into its `value`:
 * - `'auto'` (default): the first content or tool-call part (choice 0 first) whose text yields
 *   a JSON value, so a tool call wins over a prose preamble ("I'll look that up…");
 * - `'content'`: the message content of choice 0;
 * - `{ tool: name }`: the first tool call with that function name;
 * - `{ toolIndex: n }`: the n-th tool call (0-based) of choice 0;
 * - `{ choice: n }`: the content of choice n (OpenAI `n > 1`, Gemini candidates);
 * - a predicate over {@link PartInfo}.
 * Every content and tool-call part is parsed anyway and exposed in `StreamState.parts`.
 */
export type PartSelector =
  | 'auto'
  | 'content'
  | { tool: string }
  | { toolIndex: number }
  | { choice: number }
  | ((part: PartInfo) => boolean);

/** Does `part` match an explicit selector? (`'auto'` is resolved by the stream, not here.) */
export function matchesSelector(selector: Exclude<PartSelector, 'auto'>, part: PartInfo, toolOrdinal: number): boolean {
  if (typeof selector === 'function') return selector(part);
  if (selector === 'content') return part.kind === 'content' && part.choice === 0;
  if ('tool' in selector) return part.kind === 'tool-call' && part.name === selector.tool;
  if ('toolIndex' in selector)
    return part.kind === 'tool-call' && part.choice === 0 && toolOrdinal === selector.toolIndex;
  return part.kind === 'content' && part.choice === selector.choice;
}
