// After the tsup build: puts the `'use client'` directive first in the entries that hold React
// code (the root `ripen`, `ripen/react` and the components entry), ESM and CJS, so React Server
// Components frameworks (Next.js App Router and others) treat them as client modules. `ripen/core`
// and `ripen/testing` stay directive-free: they have no React and run on the server too.
// Each entry's source map gets one empty line prepended so its mappings still line up.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const DIRECTIVE = "'use client';";
const entries = ['index', 'react/index', 'components/index'];

for (const entry of entries) {
  for (const extension of ['js', 'cjs']) {
    const file = `dist/${entry}.${extension}`;
    if (!existsSync(file)) throw new Error(`${file} is missing: run tsup first`);
    const code = readFileSync(file, 'utf8');
    if (code.startsWith(DIRECTIVE)) continue;
    writeFileSync(file, `${DIRECTIVE}\n${code}`);
    const map = `${file}.map`;
    if (existsSync(map)) {
      const sourceMap = JSON.parse(readFileSync(map, 'utf8'));
      sourceMap.mappings = `;${sourceMap.mappings}`;
      writeFileSync(map, JSON.stringify(sourceMap));
    }
  }
}
console.log(`'use client' added to ${entries.length * 2} entry files`);
