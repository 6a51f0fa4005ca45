// ESM consumer of the packed package: `import` of every subpath, `ripen/styles.css` resolution,
// and a server render. Run by scripts/check-package.mjs inside a temporary project.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { check, checkExports, checkServerRender } = require('./consumer-shared.cjs');
const expected = JSON.parse(readFileSync(new URL('./expected-exports.json', import.meta.url), 'utf8'));
const kind = `ESM on Node ${process.versions.node}`;

const modules = {};
for (const specifier of Object.keys(expected)) {
  try {
    modules[specifier] = await import(specifier);
  } catch (error) {
    check(`${kind}: import '${specifier}'`, () => {
      throw error;
    });
  }
}
if (Object.keys(modules).length === Object.keys(expected).length) {
  checkExports(kind, modules, expected);
  const React = await import('react');
  const ReactDomServer = await import('react-dom/server');
  checkServerRender(
    kind,
    modules,
    React.default ?? React,
    ReactDomServer.default ?? ReactDomServer,
    process.env.EXPECTED_REACT_MAJOR,
  );
}
check(`${kind}: import.meta.resolve('ripen/styles.css') is a non-empty file`, () => {
  const path = fileURLToPath(import.meta.resolve('ripen/styles.css'));
  if (!existsSync(path) || statSync(path).size === 0) throw new Error(`${path} missing or empty`);
  return `${statSync(path).size} bytes`;
});
