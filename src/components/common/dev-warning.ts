const warned = new Set<string>();

/** True outside production builds (bundlers replace `process.env.NODE_ENV`). */
export function isDevelopment(): boolean {
  return typeof process === 'undefined' || process.env?.NODE_ENV !== 'production';
}

/** A development-only `console.warn`, once per `key` (misuse hints; never in production). */
export function warnOnce(key: string, message: string): void {
  if (!isDevelopment() || warned.has(key)) return;
  warned.add(key);
  console.warn(`ripen: ${message}`);
}
