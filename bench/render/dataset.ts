// Seeded benchmark document (500-row table + 5 series × 1,000 points) and its split into tokens.
// Same seed → same text → same tokens, in every run and for every variant.

import { createSeededRandom } from '../../src/testing/create-seeded-random.js';

export interface BenchRow {
  id: number;
  name: string;
  region: string;
  status: string;
  quantity: number;
  price: number;
}

export interface BenchDocument {
  table: BenchRow[];
  chart: { title: string; series: { name: string; data: [number, number][] }[] };
}

export const TABLE_ROWS = 500;
export const CHART_SERIES = 5;
export const CHART_POINTS = 1000;

export { createSeededRandom };

const adjectives = [
  'Amber',
  'Brisk',
  'Cobalt',
  'Dusky',
  'Elder',
  'Frosty',
  'Golden',
  'Hollow',
  'Ivory',
  'Jade',
  'Kindled',
  'Lunar',
];
const nouns = ['Harbor', 'Meadow', 'Summit', 'Canyon', 'Forest', 'Delta', 'Prairie', 'Glacier', 'Orchard', 'Lagoon'];
const regions = ['North', 'South', 'East', 'West', 'Central'];
const statuses = ['open', 'shipped', 'delivered', 'returned'];

export function createBenchDocument(seed = 20261130): BenchDocument {
  const random = createSeededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const table: BenchRow[] = [];
  for (let index = 0; index < TABLE_ROWS; index++) {
    table.push({
      id: index + 1,
      name: `${pick(adjectives)} ${pick(nouns)} ${String(index + 1).padStart(3, '0')}`,
      region: pick(regions),
      status: pick(statuses),
      quantity: 1 + Math.floor(random() * 500),
      price: Math.round(random() * 100000) / 100,
    });
  }
  const series: BenchDocument['chart']['series'] = [];
  for (let seriesIndex = 0; seriesIndex < CHART_SERIES; seriesIndex++) {
    let level = 50 + random() * 50;
    const data: [number, number][] = [];
    for (let point = 0; point < CHART_POINTS; point++) {
      level = Math.max(0, level + (random() - 0.5) * 6);
      data.push([point, Math.round(level * 10) / 10]);
    }
    series.push({ name: `Series ${seriesIndex + 1}`, data });
  }
  return { table, chart: { title: 'Seeded random walks', series } };
}

/**
 * Splits text into tokens of 1–7 characters (mean 4, like an LLM's tokens on JSON), seeded.
 * Joining the tokens gives the text back.
 */
export function splitIntoTokens(text: string, seed = 7): string[] {
  const random = createSeededRandom(seed);
  const tokens: string[] = [];
  let offset = 0;
  while (offset < text.length) {
    const length = 1 + Math.floor(random() * 7);
    tokens.push(text.slice(offset, offset + length));
    offset += length;
  }
  return tokens;
}
