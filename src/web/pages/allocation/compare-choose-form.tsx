// Choosing the two allocations to compare: every grant's allocations, grouped by grant.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { AllocationSummary } from '../../../contracts/allocation';
import type { Grant } from '../../../contracts/grants';
import { Field } from '../../components/form-fields';
import { formatInstant } from '../../format';
import type { Locale } from '../../format';
import type { Translate } from '../../i18n/i18n';
import { useI18n } from '../../i18n/i18n';

export interface Choice {
  grant: Grant;
  allocations: AllocationSummary[];
}

export function ChooseForm({
  choices,
  a,
  b,
  onChoose,
}: {
  choices: Choice[];
  a: string;
  b: string;
  onChoose(next: { a: string; b: string }): void;
}) {
  const { t, locale } = useI18n();
  const [chosenA, setChosenA] = useState(a);
  const [chosenB, setChosenB] = useState(b);
  const [errors, setErrors] = useState<{ a?: string; b?: string }>({});
  const withAllocations = choices.filter((choice) => choice.allocations.length > 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = {
      a: chosenA ? undefined : t('compare.chooseA'),
      b: !chosenB
        ? t('compare.chooseB')
        : chosenA === chosenB
          ? t('compare.chooseDifferent')
          : undefined,
    };
    setErrors(next);
    if (next.a) document.getElementById('compare-a')?.focus();
    else if (next.b) document.getElementById('compare-b')?.focus();
    else onChoose({ a: chosenA, b: chosenB });
  };

  if (withAllocations.length === 0) return <p>{t('compare.noAllocations')}</p>;
  const options = withAllocations.map((choice) => (
    <optgroup key={choice.grant.id} label={`${choice.grant.name} (${choice.grant.grantYear})`}>
      {choice.allocations.map((allocation) => (
        <option key={allocation.id} value={allocation.id}>
          {allocationLabel(allocation, t, locale)}
        </option>
      ))}
    </optgroup>
  ));
  return (
    <form onSubmit={submit} noValidate className="form form--compare">
      <div className="field-row">
        <Field id="compare-a" label={t('compare.a')} error={errors.a}>
          {(describedBy) => (
            <select
              id="compare-a"
              className="input"
              value={chosenA}
              onChange={(event) => setChosenA(event.target.value)}
              aria-describedby={describedBy}
              aria-invalid={errors.a ? true : undefined}
            >
              <option value="">{t('compare.choose')}</option>
              {options}
            </select>
          )}
        </Field>
        <Field id="compare-b" label={t('compare.b')} error={errors.b}>
          {(describedBy) => (
            <select
              id="compare-b"
              className="input"
              value={chosenB}
              onChange={(event) => setChosenB(event.target.value)}
              aria-describedby={describedBy}
              aria-invalid={errors.b ? true : undefined}
            >
              <option value="">{t('compare.choose')}</option>
              {options}
            </select>
          )}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {t('compare.submit')}
        </button>
      </div>
    </form>
  );
}

export function allocationLabel(
  allocation: AllocationSummary,
  t: Translate,
  locale: Locale,
): string {
  return t('compare.option', {
    file: allocation.sourceFilename || t('allocation.untitled'),
    date: formatInstant(allocation.createdAt, locale),
    status: t(
      allocation.status === 'published' ? 'allocationStatus.published' : 'allocationStatus.draft',
    ),
  });
}
