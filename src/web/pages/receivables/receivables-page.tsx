// A grant's receivables and audit (/grants/:id/fordringar, docs/audit-and-clawback.md): repayment
// demands and clawbacks with payments (filters, sort, totals, chart, exports, register a payment); audit samples
// (draw, findings) and preparing a clawback from a finding.
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { AuditSample, Receivable, Receivables } from '../../../contracts/receivables';
import { api } from '../../api-client';
import { useAuth } from '../../auth';
import { ExportLinks } from '../../components/export-links';
import { DataTable, recipientColumns } from '../../components/data-table';
import { Field } from '../../components/form-fields';
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
import { useAction } from '../../components/use-action';
import { formatInstant, formatKronor } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../layout';
import { receivablesApi } from './api';
import { useResource } from '../../use-resource';

const OUTCOMES = ['no_remark', 'remark', 'clawback_proposed'] as const;
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

export function ReceivablesPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { can } = useAuth();
  usePageTitle(t('receivables.title'));
  const grant = useResource(`grant:${id}`, (signal) => api.getGrant(id, signal));
  const receivables = useResource(`receivables:${id}`, (signal) =>
    receivablesApi.receivables(id, signal),
  );
  const samples = useResource(`samples:${id}`, (signal) => receivablesApi.samples(id, signal));
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
        <PaymentForm grantId={id} view={receivables.data} reload={receivables.reload} />
      ) : null}
      <section aria-labelledby="audit">
        <h2 id="audit">{t('auditSample.heading')}</h2>
        <p>{t('auditSample.intro')}</p>
        {can('audit.manage') ? <DrawForm grantId={id} reload={samples.reload} /> : null}
        {samples.data ? (
          samples.data.samples.length === 0 ? (
            <p>{t('auditSample.none')}</p>
          ) : (
            <SampleSection grantId={id} sample={samples.data.samples[0]!} reload={samples.reload} />
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

/** A labelled input of a form on this page. */
function Input(props: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  type?: string;
  required?: boolean;
  inputMode?: 'numeric';
}) {
  return (
    <Field id={props.id} label={props.label}>
      {(describedBy) => (
        <input
          id={props.id}
          type={props.type ?? 'text'}
          required={props.required ?? true}
          inputMode={props.inputMode}
          value={props.value}
          aria-describedby={describedBy}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

/** A form section: heading, problem, fields and a submit button. */
function FormSection(props: {
  id: string;
  heading: string;
  submit: string;
  action: ReturnType<typeof useAction>;
  onSubmit(): void;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={props.id}>
      <h3 id={props.id}>{props.heading}</h3>
      {props.action.error ? <ProblemAlert error={props.action.error} headingLevel={3} /> : null}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          props.onSubmit();
        }}
      >
        {props.children}
        <button type="submit" className="button button--primary" disabled={props.action.busy}>
          {props.submit}
        </button>
      </form>
    </section>
  );
}

function PaymentForm(props: { grantId: string; view: Receivables; reload(): void }) {
  const { t } = useI18n();
  const action = useAction();
  const open = props.view.rows.filter((r) => r.state !== 'paid');
  const [key, setKey] = useState('');
  const [paidOn, setPaidOn] = useState(today);
  const [amount, setAmount] = useState('');
  const [reference, setReference] = useState('');
  const chosen = open.find((r) => `${r.kind}:${r.id}` === key) ?? open[0];
  if (!chosen) return null;
  return (
    <FormSection
      id="pay"
      heading={t('receivables.pay.heading')}
      submit={t('receivables.pay.submit')}
      action={action}
      onSubmit={() =>
        void action.run(async () => {
          const body = { paidOn, amountKr: Number(amount), payerReference: reference };
          if (chosen.kind === 'repayment')
            await receivablesApi.payRepayment(props.grantId, chosen.recipientCode, body);
          else await receivablesApi.payClawback(props.grantId, chosen.id, body);
          setAmount('');
          return t('receivables.pay.done');
        }, props.reload)
      }
    >
      <Field id="pay-receivable" label={t('receivables.pay.receivable')}>
        {(describedBy) => (
          <select
            id="pay-receivable"
            value={`${chosen.kind}:${chosen.id}`}
            aria-describedby={describedBy}
            onChange={(event) => setKey(event.target.value)}
          >
            {open.map((r) => (
              <option key={`${r.kind}:${r.id}`} value={`${r.kind}:${r.id}`}>
                {r.recipientName} ({r.recipientCode}) – {t(`receivables.kind.${r.kind}`)}{' '}
                {r.ocrReference}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Input
        id="pay-on"
        label={t('receivables.pay.paidOn')}
        type="date"
        value={paidOn}
        onChange={setPaidOn}
      />
      <Input
        id="pay-amount"
        label={t('receivables.pay.amount')}
        inputMode="numeric"
        value={amount}
        onChange={setAmount}
      />
      <Input
        id="pay-reference"
        label={t('receivables.pay.reference')}
        value={reference}
        onChange={setReference}
      />
    </FormSection>
  );
}

const numbers = (text: string) =>
  text
    .split(',')
    .map((part) => part.replace(/\s/g, ''))
    .filter((part) => part !== '')
    .map(Number);

function DrawForm({ grantId, reload }: { grantId: string; reload(): void }) {
  const { t } = useI18n();
  const action = useAction();
  const [seed, setSeed] = useState('');
  const [bounds, setBounds] = useState('0');
  const [sizes, setSizes] = useState('5');
  return (
    <FormSection
      id="draw"
      heading={t('auditSample.draw')}
      submit={t('auditSample.draw')}
      action={action}
      onSubmit={() =>
        void action.run(async () => {
          const lower = numbers(bounds);
          const counts = numbers(sizes);
          await receivablesApi.drawSample(grantId, {
            ...(seed.trim() !== '' && { seed: Number(seed) }),
            strata: lower.map((fromKr, i) => ({ fromKr, size: counts[i] ?? 0 })),
          });
          return t('auditSample.drawn');
        }, reload)
      }
    >
      <Input
        id="audit-seed"
        label={t('auditSample.seed')}
        inputMode="numeric"
        required={false}
        value={seed}
        onChange={setSeed}
      />
      <Input
        id="audit-bounds"
        label={t('auditSample.bounds')}
        value={bounds}
        onChange={setBounds}
      />
      <Input id="audit-sizes" label={t('auditSample.sizes')} value={sizes} onChange={setSizes} />
    </FormSection>
  );
}

function SampleSection(props: { grantId: string; sample: AuditSample; reload(): void }) {
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

function FindingForm(props: { grantId: string; sample: AuditSample; reload(): void }) {
  const { t } = useI18n();
  const action = useAction();
  const [code, setCode] = useState(props.sample.items[0]?.recipientCode ?? '');
  const [outcome, setOutcome] = useState<string>('no_remark');
  const [text, setText] = useState('');
  return (
    <FormSection
      id="finding"
      heading={t('auditSample.finding.heading')}
      submit={t('auditSample.finding.submit')}
      action={action}
      onSubmit={() =>
        void action.run(async () => {
          await receivablesApi.recordFinding(props.grantId, props.sample.id, code, {
            outcome,
            text,
          });
          return t('auditSample.finding.done');
        }, props.reload)
      }
    >
      <Field id="finding-report" label={t('auditSample.finding.report')}>
        {(describedBy) => (
          <select
            id="finding-report"
            value={code}
            aria-describedby={describedBy}
            onChange={(event) => setCode(event.target.value)}
          >
            {props.sample.items.map((item) => (
              <option key={item.recipientCode} value={item.recipientCode}>
                {item.recipientName} ({item.recipientCode})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="finding-outcome" label={t('auditSample.finding.outcome')}>
        {(describedBy) => (
          <select
            id="finding-outcome"
            value={outcome}
            aria-describedby={describedBy}
            onChange={(event) => setOutcome(event.target.value)}
          >
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`auditSample.outcome.${o}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="finding-text" label={t('auditSample.finding.text')}>
        {(describedBy) => (
          <textarea
            id="finding-text"
            required
            rows={3}
            value={text}
            aria-describedby={describedBy}
            onChange={(event) => setText(event.target.value)}
          />
        )}
      </Field>
    </FormSection>
  );
}

function ClawbackForm(props: { grantId: string; sample: AuditSample; reload(): void }) {
  const { t } = useI18n();
  const action = useAction();
  const proposed = props.sample.items.filter((i) => i.finding?.outcome === 'clawback_proposed');
  const [code, setCode] = useState('');
  const [amount, setAmount] = useState('');
  const [reasons, setReasons] = useState('');
  const [dueOn, setDueOn] = useState('');
  const chosen = proposed.find((i) => i.recipientCode === code) ?? proposed[0];
  if (!chosen) return null;
  return (
    <FormSection
      id="clawback"
      heading={t('clawback.heading')}
      submit={t('clawback.submit')}
      action={action}
      onSubmit={() =>
        void action.run(async () => {
          const prepared = await receivablesApi.prepareClawback(
            props.grantId,
            props.sample.id,
            chosen.recipientCode,
            { amountKr: Number(amount), reasons, ...(dueOn && { dueOn }) },
          );
          return t('clawback.done', { ocr: prepared.ocrReference });
        }, props.reload)
      }
    >
      <p>{t('clawback.help')}</p>
      <Field id="clawback-report" label={t('clawback.report')}>
        {(describedBy) => (
          <select
            id="clawback-report"
            value={chosen.recipientCode}
            aria-describedby={describedBy}
            onChange={(event) => setCode(event.target.value)}
          >
            {proposed.map((item) => (
              <option key={item.recipientCode} value={item.recipientCode}>
                {item.recipientName} ({item.recipientCode})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Input
        id="clawback-amount"
        label={t('clawback.amount')}
        inputMode="numeric"
        value={amount}
        onChange={setAmount}
      />
      <Field id="clawback-reasons" label={t('clawback.reasons')}>
        {(describedBy) => (
          <textarea
            id="clawback-reasons"
            required
            rows={3}
            value={reasons}
            aria-describedby={describedBy}
            onChange={(event) => setReasons(event.target.value)}
          />
        )}
      </Field>
      <Input
        id="clawback-due"
        label={t('clawback.dueOn')}
        type="date"
        required={false}
        value={dueOn}
        onChange={setDueOn}
      />
    </FormSection>
  );
}
