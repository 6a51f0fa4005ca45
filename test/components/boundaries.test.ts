import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ALLOWED_PACKAGES = new Set(['react', 'd3-scale', 'd3-shape', '@tanstack/react-virtual', '@standard-schema/spec']);
// Layers import one way (core → react → components): components may use core; they take data as
// props, so they never need the hooks.
const isCore = (target: string): boolean => target.startsWith('../../core/');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('component boundaries', () => {
  const files = sourceFiles(join(process.cwd(), 'src', 'components'));

  it('import only react, d3, react-virtual, standard-schema types and core (never hooks)', () => {
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)) {
        const target = match[1]!;
        if (
          target.startsWith('./') ||
          /^\.\.\/(common|card|table|chart|list|key-value|metric|text|agent-steps|renderer|auto-view)\//.test(target)
        )
          continue;
        expect(ALLOWED_PACKAGES.has(target) || isCore(target), `${file} imports ${target}`).toBe(true);
      }
      if (source.includes('@standard-schema/spec'))
        expect(/^import type .*@standard-schema\/spec/m.test(source), file).toBe(true);
    }
  });

  // DESIGN §2: components stay short (~150 lines), now that every view shares one shell.
  it('keeps files short (≤ 150 lines at 120 characters a line)', () => {
    for (const file of files) expect(readFileSync(file, 'utf8').split('\n').length, file).toBeLessThanOrEqual(150);
  });

  // No import circle: nested values render through the nested-view context AutoView provides.
  it('no component imports AutoView (only the Renderer catalog and AutoView itself may)', () => {
    const importers = files.filter((file) =>
      /from '\.\.\/auto-view\/auto-view(-body)?\.js'/.test(readFileSync(file, 'utf8')),
    );
    expect(importers.map((file) => file.slice(file.indexOf('src/components/')))).toEqual([
      'src/components/renderer/default-catalog.tsx',
    ]);
  });
});
