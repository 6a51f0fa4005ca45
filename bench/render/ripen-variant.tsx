// The ripen variant: useJsonStream over the replayed ReadableStream (provider `text`, default
// frame-coalesced publishing), the library's Table (memoised rows; its row counter is the
// `onRowRender` prop) and Chart (memoised series, `onSeriesRender`), with columns given up front.
import { useEffect, useRef } from 'react';
import { Chart } from '../../src/components/chart/chart.js';
import { Table } from '../../src/components/table/table.js';
import type { TableColumn } from '../../src/components/table/table-columns.js';
import { useJsonStream } from '../../src/react/index.js';
import type { BenchRecorder } from './bench-recorder.js';
import type { BenchDocument } from './dataset.js';

export const benchColumns: readonly TableColumn[] = [
  { key: 'id', label: 'ID', numeric: true, width: '8%' },
  { key: 'name', label: 'Name', width: '32%' },
  { key: 'region', label: 'Region', width: '15%' },
  { key: 'status', label: 'Status', width: '15%' },
  { key: 'quantity', label: 'Quantity', numeric: true, width: '15%' },
  { key: 'price', label: 'Price', numeric: true, width: '15%' },
];

export interface RipenVariantProps {
  source: ReadableStream<string>;
  recorder: BenchRecorder;
  /** Rows above which the Table virtualises (its default is 200; Infinity renders every row). */
  virtualizeThreshold: number | undefined;
  onComplete: (rowCount: number) => void;
}

export function RipenVariant({ source, recorder, virtualizeThreshold, onComplete }: RipenVariantProps) {
  const { value, status, fieldStatus } = useJsonStream<BenchDocument>({ source, provider: 'text' });
  const reported = useRef(false);
  useEffect(() => {
    if (reported.current || (status !== 'complete' && status !== 'truncated' && status !== 'error')) return;
    reported.current = true;
    onComplete(value?.table?.length ?? 0);
  }, [status, value, onComplete]);
  return (
    <>
      <p data-testid="status">{status}</p>
      <Table
        value={value?.table}
        status={status}
        fieldStatus={fieldStatus}
        pointer="/table"
        columns={benchColumns}
        caption="Orders"
        announce={false}
        onRowRender={recorder.onRowRender}
        {...(virtualizeThreshold === undefined ? {} : { virtualizeThreshold })}
      />
      <Chart
        value={value?.chart}
        status={status}
        fieldStatus={fieldStatus}
        pointer="/chart"
        kind="line"
        announce={false}
        onSeriesRender={recorder.onSeriesRender}
      />
    </>
  );
}
