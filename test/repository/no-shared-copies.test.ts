// The shared folder's material (recorded transcripts, conformance fixtures, peer suites, the
// JSONTestSuite) comes from public repositories: the project reads it in place and never commits a
// copy. This test fails when any tracked file is byte-for-byte a file of the shared folder.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, sharedPath } from '../../scripts/shared-folder.mjs';

function walk(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(directory, entry.name)) : entry.isFile() ? [join(directory, entry.name)] : [],
  );
}

const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('no copy of the shared folder in the repository', () => {
  it('no tracked file has the bytes of a shared file', () => {
    const shared = sharedPath();
    // Index the shared files by size first, so only same-sized tracked files are hashed.
    const sharedBySize = new Map<number, Map<string, string>>();
    let sharedFiles = 0;
    for (const file of walk(shared)) {
      const size = statSync(file).size;
      if (size === 0) continue; // an empty file matches every empty file: not a copy of anything
      sharedFiles += 1;
      let hashes = sharedBySize.get(size);
      if (!hashes) {
        hashes = new Map();
        sharedBySize.set(size, hashes);
      }
      hashes.set(sha256(file), file.slice(shared.length + 1));
    }
    expect(sharedFiles).toBeGreaterThan(500); // the corpus, conformance and peer suites are there

    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: projectRoot, encoding: 'utf8' })
      .split('\0')
      .filter(Boolean);
    expect(tracked.length).toBeGreaterThan(100);
    const copies: string[] = [];
    for (const relative of tracked) {
      const path = join(projectRoot, relative);
      let size: number;
      try {
        size = statSync(path).size;
      } catch {
        continue; // deleted in the work tree, not yet committed
      }
      const hashes = sharedBySize.get(size);
      const match = hashes?.get(sha256(path));
      if (match) copies.push(`${relative} is a copy of shared/${match}`);
    }
    expect(copies).toEqual([]);
  });
});
