// Every recipient of a performance-based grant: its verdict on each condition, its outcome and its
// amount; sortable, filterable, and each amount explained in a dialog (the condition's inputs and
// computed values, then the recipient's part of each pool).
import { useMemo, useState } from 'react';
import type { ColumnDef } from '@tanstack/react-table';
import type {
  ConditionEvaluation,
  PerformanceCalculation,
  PerformanceRecipient,
  PerformanceRecipientStatus,
} from '../../../contracts/performance';
import { describeConditionText } from '../../../domain/performance/describe-condition';
import { humanisedName } from '../../../domain/labels';
import { formatDecimal, formatFigureValue, formatKronor, rationalToDecimal } from '../../format';
import { FormulaDetails } from '../../components/formula-details';
import { labelIn, shortLabelIn } from './model-labels';
import { useI18n, type Translate } from '../../i18n/i18n';
import { DataTable, explainColumn, recipientColumns } from '../../components/data-table';
import { Dialog } from '../../components/dialog';
import { matchesRecipient, TableFilters } from '../../components/table-filters';

const STATUSES: PerformanceRecipientStatus[] = [
  'qualified',
  'no_condition_met',
  'not_reported',
  'not_registered',
];

const AMOUNT = new Set(['amountKr']);

function verdictKey(evaluation: ConditionEvaluation | undefined) {
  if (!evaluation) return 'perf.table.noFigures' as const;
  if (evaluation.met) return 'perf.table.met' as const;
  return evaluation.unknown ? ('perf.table.undecided' as const) : ('perf.table.notMet' as const);
}

export function PerformanceTable({ calculation }: { calculation: PerformanceCalculation }) {
  const { t, plural, locale, language } = useI18n();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<'' | PerformanceRecipientStatus>('');
  const [explained, setExplained] = useState<PerformanceRecipient | null>(null);

  const filtered = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase(locale);
    return calculation.recipients.filter(
      (row) => (status === '' || row.status === status) && matchesRecipient(row, needle, locale),
    );
  }, [calculation, query, status, locale]);
  const sum = filtered.reduce((total, row) => total + row.amountKr, 0);

  const columns = useMemo<ColumnDef<PerformanceRecipient>[]>(
    () => [
      ...recipientColumns<PerformanceRecipient>(t, locale),
      ...calculation.conditions.map((condition, index): ColumnDef<PerformanceRecipient> => ({
        id: `condition-${condition.id}`,
        header: `${index + 1}. ${shortLabelIn(condition, language)}`,
        accessorFn: (row) => t(verdictKey(row.conditions[index])),
      })),
      {
        accessorKey: 'status',
        header: t('perf.table.status'),
        cell: (info) => t(`perf.status.${info.row.original.status}`),
      },
      {
        accessorKey: 'amountKr',
        header: t('allocation.amount'),
        sortDescFirst: true,
        cell: (info) => formatKronor(info.row.original.amountKr, locale),
      },
      explainColumn<PerformanceRecipient>({
        header: t('allocation.explanation'),
        button: t('perf.explain.button'),
        buttonFor: (row) => t('perf.explain.for', { name: row.recipientName }),
        onExplain: setExplained,
      }),
    ],
    [t, locale, language, calculation],
  );

  return (
    <>
      <TableFilters
        label={t('perf.table.filters')}
        idPrefix="performance"
        search={{ label: t('perf.table.search'), value: query, onChange: setQuery }}
        choice={{
          name: 'status',
          label: t('perf.table.status'),
          value: status,
          options: [
            { value: '', label: t('perf.table.allStatuses') },
            ...STATUSES.map((s) => ({ value: s, label: t(`perf.status.${s}`) })),
          ],
          onChange: (value) => setStatus(STATUSES.find((s) => s === value) ?? ''),
        }}
      />
      <p role="status" className="table-status">
        {plural('perf.table.showing', calculation.recipients.length, { shown: filtered.length })}
      </p>
      <DataTable
        id="performance-rows"
        caption={t('perf.table.caption')}
        data={filtered}
        columns={columns}
        numeric={AMOUNT}
        footer={
          <tr>
            <th scope="row" colSpan={3 + calculation.conditions.length}>
              {plural('perf.table.sum', filtered.length)}
            </th>
            <td className="num" data-testid="performance-sum">
              {formatKronor(sum, locale)}
            </td>
            <td />
          </tr>
        }
      />
      {explained ? (
        <Dialog
          wide
          title={t('perf.explain.title', {
            name: explained.recipientName,
            code: explained.recipientCode,
          })}
          onClose={() => setExplained(null)}
        >
          <RecipientExplanation calculation={calculation} recipient={explained} />
        </Dialog>
      ) : null}
    </>
  );
}

function shown(
  value: ConditionEvaluation['steps'][number]['value'],
  t: Translate,
  locale: ReturnType<typeof useI18n>['locale'],
): string {
  if (value.unknown) return unknownText(value.unknown, t, (name) => name);
  if (value.exact === 'true') return t('perf.table.met');
  if (value.exact === 'false') return t('perf.table.notMet');
  if (value.decimal === undefined || value.exact === undefined) return value.exact ?? '';
  // A whole or finite decimal value as written ("2 167", not "2 167,000000"); a fraction exactly,
  // with its decimals for reading.
  if (!value.exact.includes('/')) return formatFigureValue(value.exact, locale);
  return `${value.exact} ≈ ${formatDecimal(value.decimal, locale, 6)}`;
}

function unknownText(
  reason: { code: string; [key: string]: unknown },
  t: Translate,
  figureLabel: (name: string) => string,
): string {
  return reason.code === 'missing_figure'
    ? t('perf.explain.unknownMissing', { figure: figureLabel(String(reason.figure ?? '')) })
    : t('perf.explain.unknownDivision', { expression: String(reason.expression ?? '') });
}

/**
 * How the amount came about, in labels and formatted values: each condition's figures, its
 * comparison in words ("27,6 % (gräns: högst 17 %): inte uppfyllt"), and behind "Visa formel"
 * the expression and every computed step for the expert.
 */
function RecipientExplanation({
  calculation,
  recipient,
}: {
  calculation: PerformanceCalculation;
  recipient: PerformanceRecipient;
}) {
  const { t, locale, language } = useI18n();
  const figureLabel = (name: string) => {
    const figure = calculation.figures.find((f) => f.name === name);
    return figure ? labelIn(figure, language) : humanisedName(name);
  };
  return (
    <div className="explanation">
      <p>
        <strong>{t(`perf.status.${recipient.status}`)}</strong>.{' '}
        {t('perf.explain.amount', { amount: formatKronor(recipient.amountKr, locale) })}
      </p>
      {recipient.conditions.map((evaluation) => {
        const condition = calculation.conditions.find((c) => c.id === evaluation.conditionId);
        const description = describeConditionText(
          evaluation.expression,
          recipient.figures,
          language,
        );
        const missing = evaluation.unknown?.code === 'missing_figure' ? evaluation.unknown : null;
        return (
          <section key={evaluation.conditionId} data-testid="condition-explanation">
            <h3>{condition ? labelIn(condition, language) : evaluation.label}</h3>
            <dl className="facts facts--compact" aria-label={t('labels.figuresRead')}>
              {evaluation.inputs.map((input) => (
                <div key={input.figure} className="facts__group">
                  <dt>{figureLabel(input.figure)}</dt>
                  <dd className="num">
                    {input.value.exact === undefined
                      ? t('labels.notReported')
                      : formatFigureValue(input.value.exact, locale)}
                  </dd>
                </div>
              ))}
            </dl>
            <p>
              {t('perf.explain.verdict', {
                verdict: description?.text ?? t(verdictKey(evaluation)),
              })}
              {missing ? ` (${unknownText(missing, t, figureLabel)})` : ''}
            </p>
            <FormulaDetails>
              <p>
                <code>{evaluation.expression}</code>
              </p>
              <table className="table">
                <caption>{t('labels.formulaCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('perf.explain.expression')}</th>
                    <th scope="col">{t('perf.explain.value')}</th>
                  </tr>
                </thead>
                <tbody>
                  {evaluation.inputs.map((input) => (
                    <tr key={`in-${input.figure}`}>
                      <th scope="row">
                        <code>{input.figure}</code>
                      </th>
                      <td>{shown(input.value, t, locale)}</td>
                    </tr>
                  ))}
                  {evaluation.steps.map((step, index) => (
                    <tr key={`step-${index}`}>
                      <th scope="row">
                        <code>{step.expression}</code>
                      </th>
                      <td>{shown(step.value, t, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </FormulaDetails>
          </section>
        );
      })}
      {recipient.status === 'qualified' ? (
        <ul>
          {recipient.pools.map((part, index) => {
            const pool = calculation.pools[index];
            const label = pool ? labelIn(pool, language) : humanisedName(part.poolId);
            return (
              <li key={part.poolId}>
                {part.qualifies
                  ? t('perf.explain.poolPart', {
                      pool: label,
                      key: formatKronor(recipient.keyKr, locale),
                      qualifierKey: formatKronor(pool?.qualifierKeyKr ?? 0, locale),
                      exact: formatDecimal(rationalToDecimal(part.exactKr, 4), locale, 4),
                      amount: formatKronor(part.amountKr, locale),
                    })
                  : t('perf.explain.notQualifying', { pool: label })}
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{t('perf.explain.reallocated', { key: formatKronor(recipient.keyKr, locale) })}</p>
      )}
    </div>
  );
}
