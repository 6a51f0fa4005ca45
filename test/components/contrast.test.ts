import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(join(process.cwd(), 'src', 'styles', 'ripen.css'), 'utf8');

/** Custom properties declared in the first block matching `selector`. */
function themeVariables(selector: string): Record<string, string> {
  const start = css.indexOf(selector);
  const block = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return Object.fromEntries(
    [...block.matchAll(/(--ripen-[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((match) => [match[1]!, match[2]!]),
  );
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((offset) => parseInt(hex.slice(offset, offset + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

const TEXT_PAIRS: Array<[string, string]> = [
  ['--ripen-fg', '--ripen-bg'],
  ['--ripen-fg', '--ripen-surface'],
  ['--ripen-muted', '--ripen-bg'],
  ['--ripen-muted', '--ripen-surface'],
  ['--ripen-accent-fg', '--ripen-accent'],
  ['--ripen-positive', '--ripen-bg'],
  ['--ripen-negative', '--ripen-bg'],
  ['--ripen-warning-fg', '--ripen-warning-bg'],
  ['--ripen-error-fg', '--ripen-error-bg'],
];

describe('WCAG AA colour contrast of the theme variables', () => {
  const light = themeVariables(':root,');
  const dark = themeVariables("[data-theme='dark'] {");
  const darkMedia = themeVariables(":root:not([data-theme='light'])");

  it('the prefers-color-scheme and [data-theme=dark] palettes are the same', () => {
    expect(Object.keys(dark).length).toBeGreaterThan(15);
    expect(darkMedia).toEqual(dark);
  });

  for (const [name, theme] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    it.each(TEXT_PAIRS)(`${name}: %s on %s ≥ 4.5:1`, (fg, bg) => {
      const ratio = contrast(theme[fg] ?? light[fg]!, theme[bg] ?? light[bg]!);
      expect(ratio).toBeGreaterThanOrEqual(4.5);
    });
    it(`${name}: chart series colours ≥ 3:1 against the background`, () => {
      for (let index = 1; index <= 6; index += 1)
        expect(contrast(theme[`--ripen-series-${index}`]!, theme['--ripen-bg']!)).toBeGreaterThanOrEqual(3);
    });
  }
});
