// The one way the project's tests, stories, benchmarks and demo reach the team's shared folder
// (recorded real transcripts, conformance fixtures, peer parsers' suites, the JSONTestSuite).
// That material comes from public repositories and is read where it lies, never copied into the
// project. Shipped code (src/) never imports this file.
//
// The folder is `../shared` beside the project root; `RIPEN_SHARED` points elsewhere.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path, { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the project root (the folder holding package.json). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Absolute path of the shared folder: `$RIPEN_SHARED` when set (relative paths resolve against
 * the project root), else `../shared` beside the project root. Does not check that it exists.
 * @returns {string}
 */
export function sharedRoot() {
  const configured = process.env.RIPEN_SHARED;
  return configured ? path.resolve(projectRoot, configured) : path.resolve(projectRoot, '..', 'shared');
}

/**
 * Whether the shared folder (or one entry inside it) is present.
 * @param {...string} segments path inside the shared folder, e.g. 'corpus', 'sse'
 * @returns {boolean}
 */
export function hasShared(...segments) {
  return existsSync(path.join(sharedRoot(), ...segments));
}

/**
 * Absolute path of an entry inside the shared folder. Throws an Error naming the missing folder
 * and how to point at another one when the entry does not exist.
 * @param {...string} segments path inside the shared folder, e.g. 'corpus', 'sse', 'anthropic'
 * @returns {string}
 */
export function sharedPath(...segments) {
  const root = sharedRoot();
  const target = path.join(root, ...segments);
  if (!existsSync(target)) {
    const missing = existsSync(root) ? target : root;
    throw new Error(
      `The shared folder entry ${missing} does not exist. The project reads recorded transcripts and ` +
        `test suites from the team's shared folder (../shared beside the project root); set ` +
        `RIPEN_SHARED to its path if it lives elsewhere.`,
    );
  }
  return target;
}

/**
 * Path inside the shared corpus folder (`corpus/…`), e.g. `corpusPath('sse/anthropic/x.sse')`.
 * @param {string} relative path relative to the corpus folder, '/'-separated
 * @returns {string}
 */
export function corpusPath(relative = '') {
  return sharedPath('corpus', ...relative.split('/').filter(Boolean));
}

/**
 * Bytes of a corpus file.
 * @param {string} relative path relative to the corpus folder
 * @returns {Uint8Array}
 */
export function readCorpusBytes(relative) {
  return new Uint8Array(readFileSync(corpusPath(relative)));
}

/**
 * Text (UTF-8) of a corpus file.
 * @param {string} relative path relative to the corpus folder
 * @returns {string}
 */
export function readCorpusText(relative) {
  return readFileSync(corpusPath(relative), 'utf8');
}

/**
 * Every file below a folder (recursively), as absolute paths sorted by name at each level.
 * Links are not followed.
 * @param {string} directory absolute path, e.g. `corpusPath()` or `sharedPath()`
 * @returns {string[]}
 */
export function listFiles(directory) {
  const files = [];
  for (const entry of readdirSync(directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...listFiles(path));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}
