import { Skeleton } from '../common/skeleton.js';
import { classNames } from '../common/status.js';

/**
 * Placeholder rows `from` ≤ k < `to` (decorative: each row is hidden from assistive technology,
 * which is told `aria-busy`). Rendered in the data rows' `<tbody>` and keyed by absolute row index,
 * so row k mounts exactly where placeholder k stood and nothing below it moves. A numeric column's
 * bar sits on the right, like its values.
 */
export function placeholderRows(from: number, to: number, columns: readonly { numeric?: boolean | undefined }[]) {
  return Array.from({ length: Math.max(0, to - from) }, (_, offset) => {
    const index = from + offset;
    return (
      <tr key={index} aria-hidden="true" className="ripen-table-row ripen-table-row--placeholder">
        {columns.map((column, cell) => (
          <td key={cell} className={classNames('ripen-table-cell', column.numeric && 'ripen-numeric')}>
            <Skeleton width={`${55 + (((index + cell) * 13) % 40)}%`} />
          </td>
        ))}
      </tr>
    );
  });
}
