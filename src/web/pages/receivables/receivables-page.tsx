// A grant's receivables and audit (/grants/:id/fordringar, docs/audit-and-clawback.md): repayment
// demands and clawbacks with payments (filters, sort, totals, chart, exports, register a payment); audit samples
// (draw, findings) and preparing a clawback from a finding.
import { useMemo, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { z } from 'zod';
import { Link, useParams } from 'react-router-dom';
import type { AuditSample, Receivable, Receivables } from '../../../contracts/receivables';
import {
  AuditSampleInputSchema,
  ClawbackInputSchema,
  FindingInputSchema,
  PaymentInputSchema,
  StratumInputSchema,
} from '../../../contracts/receivables';
import { todayInStockholm } from '../../../domain/dates';
import { api } from '../../api-client';
import type { ApiError } from '../../api-client';
import { useAuth } from '../../auth';
import { ExportLinks } from '../../components/export-links';
import { DataTable, recipientColumns } from '../../components/data-table';
import {
  ErrorSummary,
  Field,
  RegisteredInput,
  RegisteredTextArea,
} from '../../components/form-fields';
import { Loading } from '../../components/loading';
import { ProblemAlert } from '../../components/problem-alert';
import {
  RECEIVABLE_AMOUNTS,
  RECEIVABLE_KINDS,
  RECEIVABLE_STATES,
  ReceivableChart,
  receivableColumns,
  ReceivableTotalsRow,
  sumReceivables,
} from './receivable-table';
import { filterChoice, matchesRecipient, TableFilters } from '../../components/table-filters';
import { TableScroll } from '../../components/table-scroll';
import { formatInstant, formatKronor, wholeKronorInput } from '../../format';
import { kronorText } from '../../forms';
import { useI18n } from '../../i18n/i18n';
import type { Translate } from '../../i18n/i18n';
import { usePageTitle } from '../../layout';
import { receivablesApi } from './api';
import { queryKeys, useApiMutation, useApiQuery } from '../../query';
import { checkedBy, useZodForm } from '../../zod-form';

const OUTCOMES = ['no_remark', 'remark', 'clawback_proposed'] as const;

export function ReceivablesPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { can } = useAuth();
  usePageTitle(t('receivables.title'));
  const grant = useApiQuery(queryKeys.grantDetail(id), (signal) => api.getGrant(id, signal));
  const receivables = useApiQuery(queryKeys.receivables(id), (signal) =>
    receivablesApi.receivables(id, signal),
  );
  const samples = useApiQuery(queryKeys.auditSamples(id), (signal) =>
    receivablesApi.samples(id, signal),
  );
  const error = grant.error ?? receivables.error ?? samples.error;
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/grants/${id}`}>{grant.data?.name ?? t('decisions.back')}</Link>
      </p>
      <h1>{t('receivables.title')}</h1>
      <p>{t('receivables.intro')}</p>
      {error ? <ProblemAlert error={error} autoFocus={false} /> : null}
      {receivables.data ? <ReceivableList grantId={id} view={receivables.data} /> : <Loading />}
      {receivables.data && can('receivable.manage') ? (
        <PaymentForm grantId={id} view={receivables.data} />
      ) : null}
      <section aria-labelledby="audit">
        <h2 id="audit">{t('auditSample.heading')}</h2>
        <p>{t('auditSample.intro')}</p>
        {can('audit.manage') ? <DrawForm grantId={id} /> : null}
        {samples.data ? (
          samples.data.samples.length === 0 ? (
            <p>{t('auditSample.none')}</p>
          ) : (
            <SampleSection grantId={id} sample={samples.data.samples[0]!} />
          )
        ) : null}
      </section>
    </>
  );
}

/**
 * The grant's receivables in the shared table: filtered by recipient, state and kind, sortable,
 * with the sums of what is shown, a chart and exports of the same state and kind.
 */
function ReceivableList({ grantId, view }: { grantId: string; view: Receivables }) {
  const { t, plural, locale } = useI18n();
  const [search, setSearch] = useState('');
  const [state, setState] = useState('');
  const [kind, setKind] = useState('');
  if (view.rows.length === 0) return <p>{t('receivables.empty')}</p>;
  const needle = search.trim().toLocaleLowerCase(locale);
  const rows = view.rows.filter(
    (row) =>
      (state === '' || row.state === state) &&
      (kind === '' || row.kind === kind) &&
      matchesRecipient(row, needle, locale),
  );
  const totals = sumReceivables(rows);
  const columns = [
    ...recipientColumns<Receivable>(t, locale),
    ...receivableColumns<Receivable>(t, locale),
  ];
  const query = new URLSearchParams({
    ...(state && { state }),
    ...(kind && { kind }),
  }).toString();
  const suffix = query ? `?${query}` : '';
  return (
    <>
      <TableFilters
        label={t('receivables.filter.label')}
        idPrefix="receivables"
        search={{ label: t('receivables.filter.search'), value: search, onChange: setSearch }}
        choice={filterChoice({
          name: 'state',
          label: t('receivables.col.state'),
          value: state,
          onChange: setState,
          allLabel: t('receivables.filter.all'),
          values: RECEIVABLE_STATES,
          labelOf: (s) => t(`receivables.state.${s}`),
        })}
        moreChoices={[
          filterChoice({
            name: 'kind',
            label: t('receivables.col.kind'),
            value: kind,
            onChange: setKind,
            allLabel: t('receivables.filter.kind.all'),
            values: RECEIVABLE_KINDS,
            labelOf: (k) => t(`receivables.kind.${k}`),
          }),
        ]}
      />
      <p role="status">
        {plural('receivables.filter.count', view.rows.length, { shown: rows.length })}
      </p>
      <ExportLinks
        links={[
          {
            href: `/api/grants/${grantId}/receivables.csv${suffix}`,
            label: t('receivables.exportCsv'),
          },
          {
            href: `/api/grants/${grantId}/receivables.xlsx${suffix}`,
            label: t('receivables.exportXlsx'),
          },
        ]}
      />
      <DataTable
        caption={t('receivables.caption')}
        id="receivables"
        data={rows}
        columns={columns}
        numeric={RECEIVABLE_AMOUNTS}
        numericText={new Set(['recipientCode', 'ocrReference'])}
        rowHeader="recipientName"
        rowKey={(row) => `${row.kind}:${row.id}`}
        footer={<ReceivableTotalsRow label={t('receivables.totals')} span={6} totals={totals} />}
      />
      <ReceivableChart caption={t('receivables.chart.caption')} totals={totals} />
    </>
  );
}

/** A form section: heading, what to correct, the server's refusal, fields and a submit button. */
function FormSection(props: {
  id: string;
  heading: string;
  submit: string;
  summary: [string, string][];
  attempt: number;
  mutation: { error: ApiError | null; isPending: boolean };
  onSubmit(event: FormEvent<HTMLFormElement>): void;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={props.id}>
      <h3 id={props.id}>{props.heading}</h3>
      <ErrorSummary errors={props.summary} attempt={props.attempt} />
      {props.mutation.error ? <ProblemAlert error={props.mutation.error} headingLevel={3} /> : null}
      <form noValidate onSubmit={props.onSubmit}>
        {props.children}
        <button
          type="submit"
          className="button button--primary"
          disabled={props.mutation.isPending}
        >
          {props.submit}
        </button>
      </form>
    </section>
  );
}

const receivableKey = (row: Receivable) => `${row.kind}:${row.id}`;

function paymentFormSchema(t: Translate) {
  const shape = PaymentInputSchema.shape;
  return z.object({
    receivable: z.string(),
    paidOn: shape.paidOn,
    amountKr: kronorText(t('receivables.pay.amountError')).pipe(
      checkedBy(shape.amountKr, t('receivables.pay.amountError')),
    ),
    payerReference: checkedBy(shape.payerReference, t('receivables.pay.referenceError')),
  });
}

function PaymentForm({ grantId, view }: { grantId: string; view: Receivables }) {
  const { t } = useI18n();
  const open = view.rows.filter((r) => r.state !== 'paid');
  const schema = useMemo(() => paymentFormSchema(t), [t]);
  const form = useZodForm(schema, {
    receivable: open[0] ? receivableKey(open[0]) : '',
    paidOn: todayInStockholm(new Date()),
    amountKr: '',
    payerReference: '',
  });
  const pay = useApiMutation({
    mutationFn: ({ receivable, ...body }: z.output<typeof schema>) => {
      const chosen = open.find((r) => receivableKey(r) === receivable) ?? open[0]!;
      return chosen.kind === 'repayment'
        ? receivablesApi.payRepayment(grantId, chosen.recipientCode, body)
        : receivablesApi.payClawback(grantId, chosen.id, body);
    },
    invalidates: [queryKeys.receivables(grantId)],
    announce: () => t('receivables.pay.done'),
    onSuccess: () => form.resetField('amountKr'),
  });
  const { errors } = form.formState;
  if (open.length === 0) return null;
  return (
    <FormSection
      id="pay"
      heading={t('receivables.pay.heading')}
      submit={t('receivables.pay.submit')}
      summary={form.summary(
        PAYMENT_FIELDS,
        (name) => PAYMENT_IDS[name as keyof typeof PAYMENT_IDS],
      )}
      attempt={form.attempt}
      mutation={pay}
      onSubmit={(event) => void form.submitWith((values) => pay.run(values))(event)}
    >
      <Field id="pay-receivable" label={t('receivables.pay.receivable')}>
        {(describedBy) => (
          <select
            id="pay-receivable"
            aria-describedby={describedBy}
            {...form.register('receivable')}
          >
            {open.map((r) => (
              <option key={receivableKey(r)} value={receivableKey(r)}>
                {r.recipientName} ({r.recipientCode}) – {t(`receivables.kind.${r.kind}`)}{' '}
                {r.ocrReference}
              </option>
            ))}
          </select>
        )}
      </Field>
      <RegisteredInput
        required
        id={PAYMENT_IDS.paidOn}
        label={t('receivables.pay.paidOn')}
        type="date"
        registration={form.register('paidOn')}
        error={errors.paidOn?.message}
      />
      <RegisteredInput
        type="text"
        required
        id={PAYMENT_IDS.amountKr}
        label={t('receivables.pay.amount')}
        inputMode="numeric"
        registration={form.register('amountKr')}
        error={errors.amountKr?.message}
      />
      <RegisteredInput
        type="text"
        required
        id={PAYMENT_IDS.payerReference}
        label={t('receivables.pay.reference')}
        registration={form.register('payerReference')}
        error={errors.payerReference?.message}
      />
    </FormSection>
  );
}

const PAYMENT_IDS = {
  receivable: 'pay-receivable',
  paidOn: 'pay-on',
  amountKr: 'pay-amount',
  payerReference: 'pay-reference',
};
const PAYMENT_FIELDS = Object.keys(PAYMENT_IDS);

/** A whole number of digits only ("42"), or undefined. */
const wholeNumber = (text: string) =>
  /^\s*\d+\s*$/.test(text) ? parseInt(text.trim(), 10) : undefined;

/**
 * A comma-separated list ("0, 200 000 000"), each part read with `read` and checked with the
 * contract's `item`; `message` when one is not.
 */
function listText<T>(
  read: (part: string) => number | undefined,
  item: z.ZodType<T>,
  message: string,
) {
  return z.string().transform((text, context) => {
    const values: T[] = [];
    for (const part of text.split(',')) {
      if (part.trim() === '') continue;
      const number = read(part);
      const checked = number === undefined ? undefined : item.safeParse(number);
      if (!checked?.success) {
        context.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      values.push(checked.data);
    }
    return values;
  });
}

function drawFormSchema(t: Translate) {
  const stratum = StratumInputSchema.shape;
  const boundsError = t('auditSample.boundsError');
  const seedError = t('auditSample.seedError');
  return z
    .object({
      seed: z.string().transform((text, context) => {
        if (text.trim() === '') return undefined;
        const seed = AuditSampleInputSchema.shape.seed.safeParse(wholeNumber(text));
        if (seed.success && seed.data !== undefined) return seed.data;
        context.addIssue({ code: 'custom', message: seedError });
        return z.NEVER;
      }),
      bounds: listText(wholeKronorInput, stratum.fromKr, boundsError).refine(
        (bounds) => bounds.length >= 1 && bounds.length <= 20,
        boundsError,
      ),
      sizes: listText(wholeNumber, stratum.size, t('auditSample.sizesError')),
    })
    .transform(({ seed, bounds, sizes }) => ({
      ...(seed !== undefined && { seed }),
      strata: bounds.map((fromKr, i) => ({ fromKr, size: sizes[i] ?? 0 })),
    }));
}

const DRAW_IDS = { seed: 'audit-seed', bounds: 'audit-bounds', sizes: 'audit-sizes' };

function DrawForm({ grantId }: { grantId: string }) {
  const { t } = useI18n();
  const schema = useMemo(() => drawFormSchema(t), [t]);
  const form = useZodForm(schema, { seed: '', bounds: '0', sizes: '5' });
  const draw = useApiMutation({
    mutationFn: (input: z.output<typeof schema>) => receivablesApi.drawSample(grantId, input),
    invalidates: [queryKeys.auditSamples(grantId)],
    announce: () => t('auditSample.drawn'),
  });
  const { errors } = form.formState;
  return (
    <FormSection
      id="draw"
      heading={t('auditSample.draw')}
      submit={t('auditSample.draw')}
      summary={form.summary(
        Object.keys(DRAW_IDS),
        (name) => DRAW_IDS[name as keyof typeof DRAW_IDS],
      )}
      attempt={form.attempt}
      mutation={draw}
      onSubmit={(event) => void form.submitWith((input) => draw.run(input))(event)}
    >
      <RegisteredInput
        type="text"
        id={DRAW_IDS.seed}
        label={t('auditSample.seed')}
        inputMode="numeric"
        registration={form.register('seed')}
        error={errors.seed?.message}
      />
      <RegisteredInput
        type="text"
        required
        id={DRAW_IDS.bounds}
        label={t('auditSample.bounds')}
        registration={form.register('bounds')}
        error={errors.bounds?.message}
      />
      <RegisteredInput
        type="text"
        required
        id={DRAW_IDS.sizes}
        label={t('auditSample.sizes')}
        registration={form.register('sizes')}
        error={errors.sizes?.message}
      />
    </FormSection>
  );
}

function SampleSection(props: { grantId: string; sample: AuditSample }) {
  const { t, locale } = useI18n();
  const { can } = useAuth();
  const { sample } = props;
  const kr = (value: number) => formatKronor(value, locale);
  return (
    <section aria-labelledby="sample" className="card">
      <h3 id="sample">{t('auditSample.sampleHeading', { seed: sample.seed })}</h3>
      <p>
        {t('auditSample.sampleFacts', {
          population: sample.populationSize,
          at: formatInstant(sample.createdAt, locale),
          by: sample.createdBy,
        })}
      </p>
      <ul>
        {sample.strata.map((s) => (
          <li key={s.fromKr}>
            {t('auditSample.stratum', {
              from: kr(s.fromKr),
              to: s.toKr === null ? '' : kr(s.toKr),
              size: s.size,
              population: s.populationSize,
            })}
          </li>
        ))}
      </ul>
      <TableScroll label={t('auditSample.sampleCaption')}>
        <table className="table">
          <caption className="visually-hidden">{t('auditSample.sampleCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('receivables.col.recipient')}</th>
              <th scope="col">{t('auditSample.col.stratum')}</th>
              <th scope="col" className="num">
                {t('auditSample.col.received')}
              </th>
              <th scope="col">{t('auditSample.col.finding')}</th>
            </tr>
          </thead>
          <tbody>
            {sample.items.map((item) => (
              <tr key={item.recipientCode}>
                <th scope="row">
                  <Link to={`/grants/${props.grantId}/aterrapportering/${item.recipientCode}`}>
                    {item.recipientName} ({item.recipientCode})
                  </Link>
                </th>
                <td>{item.stratumIndex + 1}</td>
                <td className="num">{kr(item.receivedKr)}</td>
                <td>
                  {item.finding
                    ? `${t(`auditSample.outcome.${item.finding.outcome}`)}: ${item.finding.text}`
                    : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {can('audit.manage') && sample.items.length > 0 ? (
        <>
          <FindingForm {...props} />
          <ClawbackForm {...props} />
        </>
      ) : null}
    </section>
  );
}

function findingFormSchema(t: Translate) {
  const shape = FindingInputSchema.shape;
  return z.object({
    code: z.string(),
    outcome: shape.outcome,
    text: checkedBy(shape.text, t('auditSample.finding.textError')),
  });
}

const FINDING_IDS = { code: 'finding-report', outcome: 'finding-outcome', text: 'finding-text' };

function FindingForm({ grantId, sample }: { grantId: string; sample: AuditSample }) {
  const { t } = useI18n();
  const schema = useMemo(() => findingFormSchema(t), [t]);
  const form = useZodForm(schema, {
    code: sample.items[0]?.recipientCode ?? '',
    outcome: 'no_remark',
    text: '',
  });
  const record = useApiMutation({
    mutationFn: ({ code, ...body }: z.output<typeof schema>) =>
      receivablesApi.recordFinding(grantId, sample.id, code, body),
    invalidates: [queryKeys.auditSamples(grantId)],
    announce: () => t('auditSample.finding.done'),
  });
  const { errors } = form.formState;
  return (
    <FormSection
      id="finding"
      heading={t('auditSample.finding.heading')}
      submit={t('auditSample.finding.submit')}
      summary={form.summary(
        Object.keys(FINDING_IDS),
        (name) => FINDING_IDS[name as keyof typeof FINDING_IDS],
      )}
      attempt={form.attempt}
      mutation={record}
      onSubmit={(event) => void form.submitWith((values) => record.run(values))(event)}
    >
      <Field id={FINDING_IDS.code} label={t('auditSample.finding.report')}>
        {(describedBy) => (
          <select id={FINDING_IDS.code} aria-describedby={describedBy} {...form.register('code')}>
            {sample.items.map((item) => (
              <option key={item.recipientCode} value={item.recipientCode}>
                {item.recipientName} ({item.recipientCode})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={FINDING_IDS.outcome} label={t('auditSample.finding.outcome')}>
        {(describedBy) => (
          <select
            id={FINDING_IDS.outcome}
            aria-describedby={describedBy}
            {...form.register('outcome')}
          >
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`auditSample.outcome.${o}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <RegisteredTextArea
        id={FINDING_IDS.text}
        label={t('auditSample.finding.text')}
        error={errors.text?.message}
        required
        rows={3}
        registration={form.register('text')}
      />
    </FormSection>
  );
}

function clawbackFormSchema(t: Translate) {
  const shape = ClawbackInputSchema.shape;
  return z.object({
    code: z.string(),
    amountKr: kronorText(t('clawback.amountError')).pipe(
      checkedBy(shape.amountKr, t('clawback.amountError')),
    ),
    reasons: checkedBy(shape.reasons, t('clawback.reasonsError')),
    dueOn: z
      .string()
      .transform((text) => (text === '' ? undefined : text))
      .pipe(shape.dueOn),
  });
}

const CLAWBACK_IDS = {
  code: 'clawback-report',
  amountKr: 'clawback-amount',
  reasons: 'clawback-reasons',
  dueOn: 'clawback-due',
};

function ClawbackForm({ grantId, sample }: { grantId: string; sample: AuditSample }) {
  const { t } = useI18n();
  const proposed = sample.items.filter((i) => i.finding?.outcome === 'clawback_proposed');
  const schema = useMemo(() => clawbackFormSchema(t), [t]);
  const form = useZodForm(schema, {
    code: proposed[0]?.recipientCode ?? '',
    amountKr: '',
    reasons: '',
    dueOn: '',
  });
  const prepare = useApiMutation({
    mutationFn: ({ code, dueOn, ...body }: z.output<typeof schema>) => {
      const chosen = proposed.find((i) => i.recipientCode === code) ?? proposed[0]!;
      return receivablesApi.prepareClawback(grantId, sample.id, chosen.recipientCode, {
        ...body,
        ...(dueOn && { dueOn }),
      });
    },
    invalidates: [queryKeys.auditSamples(grantId)],
    announce: (prepared) => t('clawback.done', { ocr: prepared.ocrReference }),
  });
  const { errors } = form.formState;
  if (proposed.length === 0) return null;
  return (
    <FormSection
      id="clawback"
      heading={t('clawback.heading')}
      submit={t('clawback.submit')}
      summary={form.summary(
        Object.keys(CLAWBACK_IDS),
        (name) => CLAWBACK_IDS[name as keyof typeof CLAWBACK_IDS],
      )}
      attempt={form.attempt}
      mutation={prepare}
      onSubmit={(event) => void form.submitWith((values) => prepare.run(values))(event)}
    >
      <p>{t('clawback.help')}</p>
      <Field id={CLAWBACK_IDS.code} label={t('clawback.report')}>
        {(describedBy) => (
          <select id={CLAWBACK_IDS.code} aria-describedby={describedBy} {...form.register('code')}>
            {proposed.map((item) => (
              <option key={item.recipientCode} value={item.recipientCode}>
                {item.recipientName} ({item.recipientCode})
              </option>
            ))}
          </select>
        )}
      </Field>
      <RegisteredInput
        type="text"
        required
        id={CLAWBACK_IDS.amountKr}
        label={t('clawback.amount')}
        inputMode="numeric"
        registration={form.register('amountKr')}
        error={errors.amountKr?.message}
      />
      <RegisteredTextArea
        id={CLAWBACK_IDS.reasons}
        label={t('clawback.reasons')}
        error={errors.reasons?.message}
        required
        rows={3}
        registration={form.register('reasons')}
      />
      <RegisteredInput
        id={CLAWBACK_IDS.dueOn}
        label={t('clawback.dueOn')}
        type="date"
        registration={form.register('dueOn')}
        error={errors.dueOn?.message}
      />
    </FormSection>
  );
}
