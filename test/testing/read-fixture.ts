import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readCorpusBytes } from '../../scripts/shared-folder.mjs';

/**
 * Bytes of a test input: `synthetic/…` from the project's own seeded streams (test/synthetic),
 * anything else from the shared corpus, read in place (e.g. `sse/anthropic/….sse`).
 */
export function readFixture(path: string): Uint8Array {
  if (path.startsWith('synthetic/')) return new Uint8Array(readFileSync(resolve(process.cwd(), 'test', path)));
  return readCorpusBytes(path);
}
