// A column header that sorts its table: a real button inside the <th>, aria-sort on the column
// that is sorted, and an arrow that is only decoration.
import type { Header } from '@tanstack/react-table';
import { flexRender } from '@tanstack/react-table';
import { useI18n } from '../i18n/i18n';

export function SortableHeader<T>({
  header,
  numeric,
}: {
  header: Header<T, unknown>;
  numeric?: boolean;
}) {
  const { t } = useI18n();
  const sorted = header.column.getIsSorted();
  const label = flexRender(header.column.columnDef.header, header.getContext());
  const ariaSort = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined;
  if (!header.column.getCanSort()) {
    return (
      <th scope="col" className={numeric ? 'num' : undefined}>
        {label}
      </th>
    );
  }
  return (
    <th scope="col" className={numeric ? 'num' : undefined} aria-sort={ariaSort}>
      <button
        type="button"
        className="sort-button"
        onClick={header.column.getToggleSortingHandler()}
        title={t('table.sortBy')}
      >
        {label}
        <span className="sort-button__arrow" aria-hidden="true">
          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}
