// The naive baseline: accumulate the text, call partial-json's `parse` on the whole text for
// every chunk, `setState`, and render everything with plain, non-memoised markup of the same
// table and chart (every row and every series re-render on every commit).
import { parse } from 'partial-json';
import { useEffect, useState } from 'react';
import type { BenchRecorder } from './bench-recorder.js';
import type { BenchRow } from './dataset.js';
import { benchColumns } from './ripen-variant.js';

export interface NaiveVariantProps {
  source: ReadableStream<string>;
  recorder: BenchRecorder;
  onComplete: (rowCount: number) => void;
}

type PartialDocument = Partial<{
  table: Partial<BenchRow>[];
  chart: Partial<{ title: string; series: Partial<{ name: string; data: number[][] }>[] }>;
}>;

function NaiveRow({ row, index, recorder }: { row: Partial<BenchRow>; index: number; recorder: BenchRecorder }) {
  recorder.onRowRender(index);
  return (
    <tr>
      {benchColumns.map((column) => (
        <td key={column.key}>{String(row[column.key as keyof BenchRow] ?? '')}</td>
      ))}
    </tr>
  );
}

const width = 480;
const height = 270;

function NaiveSeries({
  data,
  bounds,
  recorder,
}: {
  data: number[][];
  bounds: { maxX: number; minY: number; maxY: number };
  recorder: BenchRecorder;
}) {
  recorder.onSeriesRender();
  const scaleX = (x: number) => 48 + (x / Math.max(bounds.maxX, 1)) * (width - 60);
  const scaleY = (y: number) =>
    height - 32 - ((y - bounds.minY) / Math.max(bounds.maxY - bounds.minY, 1)) * (height - 44);
  const path = data
    .filter((point) => typeof point?.[0] === 'number' && typeof point[1] === 'number')
    .map((point, index) => `${index === 0 ? 'M' : 'L'}${scaleX(point[0]!).toFixed(2)},${scaleY(point[1]!).toFixed(2)}`)
    .join('');
  return <path d={path} fill="none" stroke="currentColor" />;
}

export function NaiveVariant({ source, recorder, onComplete }: NaiveVariantProps) {
  const [value, setValue] = useState<PartialDocument | undefined>(undefined);
  const [done, setDone] = useState(false);
  useEffect(() => {
    const reader = source.getReader();
    let text = '';
    let cancelled = false;
    void (async () => {
      for (;;) {
        const { done: ended, value: chunk } = await reader.read();
        if (cancelled) return;
        if (ended) break;
        text += chunk;
        try {
          setValue(parse(text) as PartialDocument);
        } catch {
          // partial-json throws on text it cannot complete yet; keep the last value.
        }
      }
      setValue(JSON.parse(text) as PartialDocument);
      setDone(true);
    })();
    return () => {
      cancelled = true;
      void reader.cancel();
    };
  }, [source]);
  useEffect(() => {
    if (done) onComplete(value?.table?.length ?? 0);
  }, [done, value, onComplete]);

  const series = value?.chart?.series ?? [];
  let maxX = 0;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const item of series) {
    for (const point of item.data ?? []) {
      if (typeof point?.[0] !== 'number' || typeof point[1] !== 'number') continue;
      maxX = Math.max(maxX, point[0]);
      minY = Math.min(minY, point[1]);
      maxY = Math.max(maxY, point[1]);
    }
  }
  const bounds = { maxX, minY: Number.isFinite(minY) ? minY : 0, maxY: Number.isFinite(maxY) ? maxY : 1 };
  return (
    <>
      <p data-testid="status">{done ? 'complete' : value ? 'streaming' : 'waiting'}</p>
      <table>
        <caption>Orders</caption>
        <thead>
          <tr>
            {benchColumns.map((column) => (
              <th key={column.key}>{column.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(value?.table ?? []).map((row, index) => (
            <NaiveRow key={index} row={row ?? {}} index={index} recorder={recorder} />
          ))}
        </tbody>
      </table>
      <p>{value?.chart?.title ?? ''}</p>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label="Chart">
        {series.map((item, index) => (
          <NaiveSeries key={index} data={item.data ?? []} bounds={bounds} recorder={recorder} />
        ))}
      </svg>
    </>
  );
}
