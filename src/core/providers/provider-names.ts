import { RipenError } from '../errors/ripen-error.js';
import type { ProviderName } from './types.js';

/** Names of the built-in dialects, in the order they are listed in messages. */
export const PROVIDER_NAMES: readonly ProviderName[] = [
  'openai-chat',
  'openai-responses',
  'anthropic',
  'gemini',
  'vercel-ai',
  'text',
  'ndjson',
];

/**
 * Checks a provider name without loading any dialect (the registry is loaded lazily, only when
 * a name is used). Throws `RipenError` code `unknown-provider` naming the built-in ones.
 */
export function checkProviderName(name: string): asserts name is ProviderName {
  if (!(PROVIDER_NAMES as readonly string[]).includes(name))
    throw new RipenError(
      'unknown-provider',
      `Unknown provider "${name}"; use one of ${PROVIDER_NAMES.join(', ')} or a custom dialect.`,
    );
}
