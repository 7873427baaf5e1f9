// Why a recipient got its amount, in plain sentences: its indicator values and shares, the exact
// quota, the minimum amount and cap, rounding down to whole kronor and whether it got one of the
// kronor left over, with the model's labels for its components and indicators. The exact figures
// (fractions) are behind "Visa formel" for those who want to check them.
import type { Allocation, AllocationRow } from '../../contracts/allocation';
import {
  formatDecimal,
  formatDecimalKronor,
  formatKronor,
  formatPercent,
  rationalToDecimal,
} from '../format';
import { useI18n } from '../i18n/i18n';
import { humanisedName } from '../../domain/labels';
import { FormulaDetails } from './formula-details';

export function Explanation({ allocation, row }: { allocation: Allocation; row: AllocationRow }) {
  const { t, locale, language } = useI18n();
  const e = row.explanation;
  const labelsOf = (name: string) => allocation.components.find((c) => c.name === name);
  const kr = (value: number) => formatKronor(value, locale);
  const exactKr = (rational: string) =>
    formatDecimalKronor(rationalToDecimal(rational, 4), locale, 4);
  const value = (rational: string) => {
    const decimal = rationalToDecimal(rational, 4);
    return formatDecimal(decimal, locale, decimal.endsWith('.0000') ? 0 : 4);
  };
  const name = row.recipientName;

  const sentences: string[] = [];
  sentences.push(
    t(allocation.kind === 'imported_key' ? 'explain.introKey' : 'explain.introFormula', {
      name,
      budget: kr(allocation.budgetKr),
    }),
  );
  const isKey = allocation.kind === 'imported_key';
  for (const part of e.parts) {
    const component = allocation.components.find((c) => c.name === part.name);
    const total = component ? value(component.indicatorTotal) : '?';
    const percent = formatPercent(part.sharePercent, locale, 4);
    sentences.push(
      isKey
        ? // The key's "indicator" is the amount itself: say it in kronor, not as an indicator.
          t('explain.partKey', { name, value: value(part.indicatorValue), total, percent })
        : t('explain.part', {
            name,
            component: labelsOf(part.name)?.label[language] ?? humanisedName(part.name),
            indicator:
              labelsOf(part.name)?.indicatorLabel[language] ?? humanisedName(part.indicator),
            value: value(part.indicatorValue),
            total,
            percent,
            componentAmount: component ? kr(component.amountKr) : '?',
            exact: formatDecimalKronor(part.exactKrDecimal, locale, 4),
          }),
    );
  }
  if (e.parts.length > 1) sentences.push(t('explain.keyQuota', { exact: exactKr(e.keyQuotaKr) }));
  if (e.minimumKr > 0) {
    sentences.push(
      t(e.minimumApplied ? 'explain.minimumApplied' : 'explain.minimumNotApplied', {
        minimum: kr(e.minimumKr),
      }),
    );
  }
  if (e.capKr !== null) {
    sentences.push(
      t(e.capApplied ? 'explain.capApplied' : 'explain.capNotApplied', { cap: kr(e.capKr) }),
    );
  }
  if (rationalToDecimal(e.remainder, 12) === '0.000000000000' && !e.roundedUp) {
    sentences.push(t('explain.noRounding', { name, amount: kr(row.amountKr) }));
  } else {
    sentences.push(
      t('explain.exactQuota', { exact: formatDecimalKronor(e.exactQuotaKrDecimal, locale, 4) }),
    );
    sentences.push(
      t('explain.roundedDown', { down: kr(e.roundedDownKr), remainder: exactKr(e.remainder) }),
    );
    sentences.push(
      t(e.roundedUp ? 'explain.roundedUp' : 'explain.notRoundedUp', {
        name,
        amount: kr(row.amountKr),
      }),
    );
  }

  return (
    <div className="explanation">
      <p className="explanation__amount">
        {t('explain.amount')} <strong className="num">{kr(row.amountKr)}</strong>
      </p>
      <ol className="explanation__steps">
        {sentences.map((sentence, index) => (
          <li key={index}>{sentence}</li>
        ))}
      </ol>
      <FormulaDetails>
        <h3>{t('explain.exactFigures')}</h3>
        <p>{t('labels.exactFiguresIntro')}</p>
        <dl className="facts facts--compact">
          {e.parts.map((part) => (
            <div key={part.name} className="facts__group">
              <dt>
                {isKey
                  ? t('explain.shareOfKey')
                  : t('explain.shareOf', {
                      component: labelsOf(part.name)?.label[language] ?? humanisedName(part.name),
                    })}
              </dt>
              <dd>
                <code>{part.share}</code>
              </dd>
            </div>
          ))}
          <div className="facts__group">
            <dt>{t('explain.exactQuotaLabel')}</dt>
            <dd>
              <code>{e.exactQuotaKr}</code>
            </dd>
          </div>
          <div className="facts__group">
            <dt>{t('explain.remainderLabel')}</dt>
            <dd>
              <code>{e.remainder}</code>
            </dd>
          </div>
        </dl>
      </FormulaDetails>
    </div>
  );
}
