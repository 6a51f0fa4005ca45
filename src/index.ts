// ripen: everything — core, React hooks and components.
export * from './core/index.js';
export * from './react/index.js';
export * from './components/index.js';
// Both core (schema module) and components (renderer) name a JSON Schema type; core's wins.
export type { JsonSchema } from './core/index.js';
