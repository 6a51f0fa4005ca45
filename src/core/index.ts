// ripen/core: framework-agnostic (no React import anywhere below this folder).
export * from './errors/index.js';
export * from './json/index.js';
export * from './sse/index.js';
export * from './providers/index.js';
export * from './transport/index.js';
export * from './stream/index.js';
export * from './schema/index.js';
