import { cleanup } from '@testing-library/react';
import axe from 'axe-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { corpusPath } from '../../scripts/shared-folder.mjs';
import type { FieldStatus } from '../../src/core/json/types.js';
import type { FieldStatusReader } from '../../src/core/stream/types.js';

// Testing Library cleans up automatically only with vitest globals; do it here for every file.
afterEach(cleanup);

const fixturesRoot = corpusPath();

/** Reads a JSON file of the shared corpus (path relative to its corpus folder), in place. */
export function loadFixture<T = unknown>(relative: string): T {
  return JSON.parse(readFileSync(join(fixturesRoot, relative), 'utf8')) as T;
}

/** A field-status reader from a map of pointer → status (default for unknown pointers). */
export function readerFrom(map: Record<string, FieldStatus>, fallback: FieldStatus = 'complete'): FieldStatusReader {
  return (pointer) => map[pointer] ?? fallback;
}

/**
 * Runs axe-core on a container. `color-contrast` is off (jsdom has no layout); page-level rules
 * (`region`, `page-has-heading-one`, `landmark-one-main`) are off since a component is not a page.
 */
export async function axeViolations(container: Element): Promise<string[]> {
  const results = await axe.run(container, {
    rules: {
      'color-contrast': { enabled: false },
      region: { enabled: false },
      'page-has-heading-one': { enabled: false },
      'landmark-one-main': { enabled: false },
    },
  });
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`,
  );
}

/** Every attribute of every element under `root` (to hunt for script-capable ones). */
export function allAttributes(root: Element): Array<{ tag: string; name: string; value: string }> {
  const found: Array<{ tag: string; name: string; value: string }> = [];
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const attribute of element.attributes)
      found.push({ tag: element.tagName.toLowerCase(), name: attribute.name, value: attribute.value });
  }
  return found;
}
