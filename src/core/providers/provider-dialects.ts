import { RipenError } from '../errors/ripen-error.js';
import { anthropicDialect } from './anthropic.js';
import { createCustomDialect } from './custom-dialect.js';
import type { CustomDialectFunction } from './custom-dialect.js';
import type { ProviderDialect } from './dialect.js';
import { geminiDialect } from './gemini.js';
import { ndjsonDialect } from './ndjson.js';
import { PROVIDER_NAMES } from './provider-names.js';
import { openAiChatDialect } from './openai-chat.js';
import { openAiResponsesDialect } from './openai-responses.js';
import { textDialect } from './text.js';
import type { ProviderName } from './types.js';
import { vercelAiDialect } from './vercel-ai.js';

export { detectProvider } from './detect-provider.js';

/** The built-in dialects by name (loaded lazily by the stream pipeline, see `loadDialect`). */
export const providerDialects: Readonly<Record<ProviderName, ProviderDialect>> = {
  'openai-chat': openAiChatDialect,
  'openai-responses': openAiResponsesDialect,
  anthropic: anthropicDialect,
  gemini: geminiDialect,
  'vercel-ai': vercelAiDialect,
  text: textDialect,
  ndjson: ndjsonDialect,
};

/** What `provider` options accept: a built-in name, a dialect object, or a function (custom). */
export type ProviderOption = ProviderName | ProviderDialect | CustomDialectFunction;

/**
 * Resolves a `provider` option to a dialect. Throws `RipenError` code `unknown-provider` for an
 * unknown name (a programming error surfaced before any request is sent).
 */
export function resolveDialect(provider: ProviderOption): ProviderDialect {
  if (typeof provider === 'function') return createCustomDialect(provider);
  if (typeof provider === 'string') {
    const dialect = Object.hasOwn(providerDialects, provider) ? providerDialects[provider] : undefined;
    if (!dialect) {
      throw new RipenError(
        'unknown-provider',
        `Unknown provider "${String(provider)}"; use one of ${PROVIDER_NAMES.join(', ')} or a custom dialect.`,
      );
    }
    return dialect;
  }
  if (typeof provider === 'object' && provider !== null && typeof provider.createDecoder === 'function')
    return provider;
  throw new RipenError(
    'unknown-provider',
    'The provider option must be a provider name, a dialect object or a function.',
  );
}
