// One table of the report to the government as the report prints it ("Tabell 2", caption, base,
// note, the table, the source line) with its bar chart beside it. The chart is drawn from the
// same printed table, so the page, the XLSX and the PDF cannot disagree; its figures are also
// in the table, so nothing is only visual.
import { lazy, Suspense, useId } from 'react';
import {
  baseText,
  cellText,
  chartBars,
  type PrintedCell,
  type PrintedTable,
} from '../../../domain/government-report/printed-table';
import { formatPercent, type Locale } from '../../../domain/money';
import { ExportLinks } from '../../components/export-links';
import { Loading } from '../../components/loading';
import { TableScroll } from '../../components/table-scroll';
import { useI18n } from '../../i18n/i18n';

const BarChartFigure = lazy(() =>
  import('../../components/bar-chart-figure').then((m) => ({ default: m.BarChartFigure })),
);

/** A row's cells: the first heads the row, the others are data (numbers right-aligned). */
function PrintedRowCells({ cells, language }: { cells: readonly PrintedCell[]; language: Locale }) {
  return cells.map((cell, index) =>
    index === 0 ? (
      <th key={index} scope="row">
        {cellText(cell, language)}
      </th>
    ) : (
      <td key={index} className={cell.kind === 'text' ? undefined : 'num'}>
        {cellText(cell, language)}
      </td>
    ),
  );
}

export function PrintedTableView({
  table,
  csvHref,
  headingLevel = 2,
}: {
  table: PrintedTable;
  /** The table's own CSV download, or null where it has none. */
  csvHref: string | null;
  /** 3 inside a section of the page that has its own heading. */
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { t, language, locale } = useI18n();
  const headingId = useId();
  const bars = chartBars(table);
  const valueColumn = table.chart ? table.columns[table.chart.valueColumn] : undefined;
  const about = [table.base ? baseText(table.base, language) : null, table.note].filter(
    (part): part is string => part !== null,
  );
  const title = `${table.label}. ${table.caption}`;
  return (
    <section className="printed-table" aria-labelledby={headingId}>
      <Heading id={headingId} className="printed-table__title">
        {title}
      </Heading>
      {about.length > 0 ? <p className="printed-table__about">{about.join('. ')}</p> : null}
      <div className={bars.length > 0 ? 'printed-table__body' : undefined}>
        <TableScroll label={table.label}>
          <table className="table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {table.columns.map((column, index) => (
                  <th
                    key={index}
                    scope="col"
                    className={column.kind === 'text' ? undefined : 'num'}
                  >
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((cells, rowIndex) => (
                <tr key={rowIndex}>
                  <PrintedRowCells cells={cells} language={language} />
                </tr>
              ))}
            </tbody>
            {table.totals ? (
              <tfoot>
                <tr>
                  <PrintedRowCells cells={table.totals} language={language} />
                </tr>
              </tfoot>
            ) : null}
          </table>
        </TableScroll>
        {bars.length > 0 && table.chart ? (
          <Suspense fallback={<Loading />}>
            <BarChartFigure
              caption={t('governmentReport.chartCaption', { table: table.label })}
              data={bars.map((bar) => ({ label: bar.label, value: bar.value }))}
              format={(value) => {
                // A bar shows the figure as printed ("<1 %" draws as a sliver); an axis tick as a number.
                const bar = bars.find((candidate) => candidate.value === value);
                const printed = bar ? table.rows[bar.row]?.[table.chart?.valueColumn ?? 0] : null;
                if (printed) return cellText(printed, language);
                return valueColumn?.kind === 'percent'
                  ? formatPercent(String(value), language, 0)
                  : value.toLocaleString(locale);
              }}
              labelHeader={table.columns[table.chart.labelColumn]?.header ?? ''}
              valueHeader={valueColumn?.header ?? ''}
            />
          </Suspense>
        ) : null}
      </div>
      <p className="printed-table__source">{table.source}</p>
      {table.spread ? (
        <details className="printed-table__details">
          <summary>{t('governmentReport.showSpread')}</summary>
          <PrintedTableView table={table.spread} csvHref={null} headingLevel={3} />
        </details>
      ) : null}
      {table.otherTexts ? (
        <details className="printed-table__details">
          <summary>
            {t('governmentReport.showOtherTexts', { count: table.otherTexts.rows.length })}
          </summary>
          <PrintedTableView table={table.otherTexts} csvHref={null} headingLevel={3} />
        </details>
      ) : null}
      {csvHref ? (
        <ExportLinks
          links={[{ href: csvHref, label: t('governmentReport.tableCsv', { table: table.label }) }]}
        />
      ) : null}
    </section>
  );
}
