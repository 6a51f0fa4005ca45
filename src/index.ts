// ripen: everything — core, React hooks and components.
export * from './core/index.js';
export * from './react/index.js';
export * from './components/index.js';
