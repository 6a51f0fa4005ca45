import { Skeleton } from '../common/skeleton.js';
import { classNames } from '../common/status.js';

/**
 * Placeholder rows (decorative: hidden from assistive technology, which is told `aria-busy`). A
 * numeric column's bar sits on the right, like its values.
 */
export function SkeletonRows({
  count,
  columns,
  offset = 0,
}: {
  count: number;
  columns: readonly { numeric?: boolean | undefined }[];
  offset?: number;
}) {
  return (
    <tbody aria-hidden="true">
      {Array.from({ length: count }, (_, index) => (
        <tr key={index} className="ripen-table-row ripen-table-row--placeholder">
          {columns.map((column, cell) => (
            <td key={cell} className={classNames('ripen-table-cell', column.numeric && 'ripen-numeric')}>
              <Skeleton width={`${55 + (((index + offset + cell) * 13) % 40)}%`} />
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  );
}
