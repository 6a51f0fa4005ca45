import type { SseEvent } from '../sse/sse-event.js';
import type { Framing } from '../sse/create-frame-decoder.js';
import { createCustomDialect } from './custom-dialect.js';
import type { CustomDialectFunction } from './custom-dialect.js';
import type { ProviderDialect } from './dialect.js';
import { checkProviderName } from './provider-names.js';
import type { ProviderName } from './types.js';

/** Detection over the built-in dialects: the dialect for the first records, and the fallback. */
export interface DialectDetection {
  detect(events: readonly SseEvent[], framing: Framing): ProviderDialect | undefined;
  fallback: ProviderDialect;
}

// The registry of every built-in dialect is loaded on first use of a name or of detection, so an
// app passing one dialect object (`provider: openaiChat`) never loads the others.
const loadRegistry = () => import('./provider-dialects.js');

/** Starts loading the dialect registry ahead of use (a stream created with a name or no provider). */
export function preloadDialects(): void {
  void loadRegistry().catch(() => undefined);
}

/**
 * Resolves a `provider` option to a dialect: a dialect object as is, a function through
 * `createCustomDialect`, a name from the lazily loaded registry (`unknown-provider` otherwise).
 */
export async function loadDialect(
  provider: ProviderName | ProviderDialect | CustomDialectFunction,
): Promise<ProviderDialect> {
  if (typeof provider === 'function') return createCustomDialect(provider);
  if (typeof provider !== 'string') return provider;
  checkProviderName(provider);
  return (await loadRegistry()).providerDialects[provider];
}

/** Loads provider detection (`detectProvider` over the built-in dialects, `text` as fallback). */
export async function loadDialectDetection(): Promise<DialectDetection> {
  const registry = await loadRegistry();
  return {
    detect: (events, framing) => {
      const name = registry.detectProvider(events, framing);
      return name === undefined ? undefined : registry.providerDialects[name];
    },
    fallback: registry.providerDialects.text,
  };
}
