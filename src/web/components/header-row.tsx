// A table's header row from its column labels; numeric columns are right-aligned.
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/sv';

export type HeaderColumn = MessageKey | [MessageKey, 'num'];

export function HeaderRow({ columns }: { columns: readonly HeaderColumn[] }) {
  const { t } = useI18n();
  return (
    <thead>
      <tr>
        {columns.map((column) => {
          const [key, kind] = typeof column === 'string' ? [column, undefined] : column;
          return (
            <th key={key} scope="col" className={kind === 'num' ? 'num' : undefined}>
              {t(key)}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
