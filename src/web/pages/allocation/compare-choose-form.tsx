// Choosing the two allocations to compare: every grant's allocations, grouped by grant.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { AllocationSummary } from '../../../contracts/allocation';
import type { Grant } from '../../../contracts/grants';
import { Field } from '../../components/form-fields';
import { formatInstant, formatKronor } from '../../format';
import type { Locale } from '../../format';
import { FORM_BEHAVIOUR, zodMessages } from '../../forms';
import type { Translate } from '../../i18n/i18n';
import { useI18n } from '../../i18n/i18n';

export interface Choice {
  grant: Grant;
  allocations: AllocationSummary[];
}

/** Two allocations, and not the same one twice. */
function chooseFormSchema(t: Translate) {
  return z
    .object({
      a: z.string().min(1, { error: t('compare.chooseA') }),
      b: z.string().min(1, { error: t('compare.chooseB') }),
    })
    .refine(({ a, b }) => a !== b, { path: ['b'], error: t('compare.chooseDifferent') });
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
  const schema = useMemo(() => chooseFormSchema(t), [t]);
  const {
    register,
    handleSubmit,
    formState: { errors: fieldErrors },
  } = useForm({
    ...FORM_BEHAVIOUR,
    // Two fields and no summary: focus goes to the first one to fix.
    shouldFocusError: true,
    reValidateMode: 'onSubmit',
    defaultValues: { a, b },
    resolver: zodResolver(schema, zodMessages(t)),
  });
  const errors = { a: fieldErrors.a?.message, b: fieldErrors.b?.message };
  const withAllocations = choices.filter((choice) => choice.allocations.length > 0);

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
    <form onSubmit={handleSubmit(onChoose)} noValidate className="form form--compare">
      <div className="field-row">
        <Field id="compare-a" label={t('compare.a')} error={errors.a}>
          {(describedBy) => (
            <select
              id="compare-a"
              className="input"
              {...register('a')}
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
              {...register('b')}
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
  // What it is, when it was made and its total: a file name says nothing to the decision maker.
  return t('compare.option', {
    kind: t(`allocation.kind.${allocation.kind}`),
    total: formatKronor(allocation.totalKr, locale),
    date: formatInstant(allocation.createdAt, locale),
    status: t(
      allocation.status === 'published' ? 'allocationStatus.published' : 'allocationStatus.draft',
    ),
  });
}
