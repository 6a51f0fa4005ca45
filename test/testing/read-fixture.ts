import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Bytes of a file under test/fixtures (path relative to that folder). */
export function readFixture(path: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(process.cwd(), 'test/fixtures', path)));
}
