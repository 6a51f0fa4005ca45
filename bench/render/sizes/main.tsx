// First screen at the sizes models and tools produce (issue 14): one case per page, its data built
// before the clock starts; the clock runs from `root.render` to the first frame painted after the
// commit (a message posted from requestAnimationFrame runs after that frame). Driven by
// bench/render/sizes/bench-sizes.mjs.
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { Card, Chart, KeyValue, List, Table, Text } from '../../../src/components/index.js';
import '../../../src/styles/ripen.css';

declare global {
  interface Window {
    runSizeCase?: () => Promise<number>;
    /** Chart shapes (series paths and bars) in the DOM when the measured frame was painted. */
    drawnAtResolve?: number;
  }
}

const cases: Record<string, () => ReactNode> = {
  'list-100k': () => (
    <List value={Array.from({ length: 100_000 }, (_, index) => `Item ${index}: a short line of text`)} />
  ),
  'key-value-10k': () => <KeyValue value={record(10_000)} />,
  'card-10k': () => <Card value={{ title: 'Ten thousand fields', ...record(10_000) }} />,
  'table-200x2000': () => (
    <Table
      value={Array.from({ length: 200 }, (_, row) =>
        Object.fromEntries(Array.from({ length: 2_000 }, (_, column) => [`metric_${column}`, row * 7 + column])),
      )}
    />
  ),
  'line-100k': () => (
    <Chart
      value={Array.from({ length: 100_000 }, (_, index) => Math.sin(index / 700) * 1000 + ((index * 7919) % 97))}
    />
  ),
  'bar-20k': () => (
    <Chart
      kind="bar"
      value={Array.from({ length: 20_000 }, (_, index) => ({ label: `c${index}`, value: (index * 31) % 500 }))}
    />
  ),
  'text-16m': () => (
    <Text value={'The quick brown fox jumps over the lazy dog. '.repeat(372_000).slice(0, 16_000_000)} />
  ),
};

function record(keys: number): Record<string, number> {
  return Object.fromEntries(Array.from({ length: keys }, (_, index) => [`field_${index}`, index * 3]));
}

const name = new URLSearchParams(location.search).get('case') ?? '';
const make = cases[name];
if (!make) throw new Error(`unknown case ${name}`);
const element = make(); // the data is built here, before the clock
window.runSizeCase = () =>
  new Promise<number>((resolve) => {
    const start = performance.now();
    const root = createRoot(document.getElementById('root')!);
    flushSync(() => root.render(element));
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const ms = performance.now() - start;
        window.drawnAtResolve = document.querySelectorAll('.ripen-chart-series path, .ripen-chart-series rect').length;
        resolve(ms);
      };
      channel.port2.postMessage(null);
    });
  });
