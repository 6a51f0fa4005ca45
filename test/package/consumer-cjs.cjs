// CommonJS consumer of the packed package: `require` of every subpath, `ripen/styles.css`
// resolution, and a server render. Run by scripts/check-package.mjs inside a temporary project.
'use strict';
const { existsSync, statSync } = require('node:fs');
const { check, checkExports, checkServerRender } = require('./consumer-shared.cjs');
const expected = require('./expected-exports.json');
const kind = `CJS on Node ${process.versions.node}`;

const modules = {};
for (const specifier of Object.keys(expected)) {
  try {
    modules[specifier] = require(specifier);
  } catch (error) {
    check(`${kind}: require('${specifier}')`, () => {
      throw error;
    });
  }
}
if (Object.keys(modules).length === Object.keys(expected).length) {
  checkExports(kind, modules, expected);
  checkServerRender(kind, modules, require('react'), require('react-dom/server'), process.env.EXPECTED_REACT_MAJOR);
}
check(`${kind}: require.resolve('ripen/styles.css') is a non-empty file`, () => {
  const path = require.resolve('ripen/styles.css');
  if (!existsSync(path) || statSync(path).size === 0) throw new Error(`${path} missing or empty`);
  return `${statSync(path).size} bytes`;
});
