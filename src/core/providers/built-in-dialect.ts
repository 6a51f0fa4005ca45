import type { ProviderDialect } from './dialect.js';

const builtIn = new WeakSet<ProviderDialect>();

/**
 * Marks one of ripen's own dialects (a throw inside it is then an `internal-error`, a throw in a
 * user's dialect a `callback-error`). Returns the dialect.
 */
export function defineBuiltInDialect<T extends ProviderDialect>(dialect: T): T {
  builtIn.add(dialect);
  return dialect;
}

/** Is `dialect` one of ripen's own? */
export function isBuiltInDialect(dialect: ProviderDialect): boolean {
  return builtIn.has(dialect);
}
