// The case officer's requisition overview of a grant (/grants/:id/rekvisitioner): every eligible
// recipient with its status and amounts, totals, the share requisitioned and a chart; filter,
// sort, CSV/XLSX exports; the reminder list with contact details; a late permission for one
// recipient; and the second round: preview (each amount explained), then confirm.
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { z } from 'zod';
import { Link, useParams } from 'react-router-dom';
import type {
  OverviewRow,
  RequisitionOverview,
  RequisitionState,
  SecondRound,
} from '../../../contracts/requisition';
import {
  LatePermissionInputSchema,
  LatePermissionRevokeSchema,
  RecipientParamsSchema,
} from '../../../contracts/requisition';
import { api, fileLinks } from '../../api-client';
import { useAnnounce } from '../../announcer';
import { useAuth } from '../../auth';
import { BarChartFigure } from '../../components/bar-chart-figure';
import { ExportLinks, type ExportLink } from '../../components/export-links';
import { FormDialog } from '../../components/form-dialog';
import { ErrorSummary, Field, RegisteredTextArea } from '../../components/form-fields';
import { HeaderRow } from '../../components/header-row';
import { Loading } from '../../components/loading';
import { ProblemAlert } from '../../components/problem-alert';
import { RequisitionStateTag, requisitionStateKey } from './requisition-state-tag';
import { TableScroll } from '../../components/table-scroll';
import { formatDate, formatDecimalKronor, formatKronor, formatPercent } from '../../format';
import { useI18n } from '../../i18n/i18n';
import type { Translate } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';
import { usePageTitle } from '../../layout';
import { queryKeys, useApiMutation, useApiQuery } from '../../query';
import { checkedBy, useZodForm } from '../../zod-form';

const STATES: RequisitionState[] = ['not_started', 'draft', 'signed', 'declined', 'withdrawn'];
type SortKey = 'code' | 'name' | 'allocated' | 'signed' | 'more' | 'state';
const SORTS: Record<SortKey, (a: OverviewRow, b: OverviewRow) => number> = {
  code: (a, b) => a.recipientCode.localeCompare(b.recipientCode),
  name: (a, b) => a.recipientName.localeCompare(b.recipientName, 'sv'),
  allocated: (a, b) => b.allocatedKr - a.allocatedKr,
  signed: (a, b) => b.signedKr - a.signedKr,
  more: (a, b) => b.moreRequestedKr - a.moreRequestedKr,
  state: (a, b) => STATES.indexOf(a.state) - STATES.indexOf(b.state),
};
const needsReminder = (row: OverviewRow) =>
  row.state === 'not_started' || row.state === 'draft' || row.state === 'withdrawn';

export function RequisitionOverviewPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  usePageTitle(t('reqOverview.title'));
  const overview = useApiQuery(queryKeys.requisitionOverview(id), (signal) =>
    api.requisitionOverview(id, signal),
  );
  if (overview.error)
    return (
      <>
        <h1>{t('reqOverview.title')}</h1>
        <ProblemAlert error={overview.error} autoFocus={false} />
      </>
    );
  if (!overview.data) return <Loading />;
  return <Overview data={overview.data} />;
}

function Overview({ data }: { data: RequisitionOverview }) {
  const { t, plural, locale } = useI18n();
  const { can } = useAuth();
  const [stateFilter, setStateFilter] = useState<'' | RequisitionState>('');
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('code');
  const [revoking, setRevoking] = useState<OverviewRow | null>(null);
  const mayAdminister = can('requisition.administer');
  const kr = (value: number) => formatKronor(value, locale);
  const grantId = data.grant.id;
  const rows = useMemo(() => {
    const q = query.trim().toLowerCase();
    return data.rows
      .filter((row) => stateFilter === '' || row.state === stateFilter)
      .filter(
        (row) =>
          q === '' || row.recipientCode.includes(q) || row.recipientName.toLowerCase().includes(q),
      )
      .sort(SORTS[sort]);
  }, [data.rows, stateFilter, query, sort]);
  const { totals } = data;
  const reminders = data.rows.filter(needsReminder);

  return (
    <>
      <p className="breadcrumb">
        <Link to={`/grants/${grantId}`}>{data.grant.name}</Link>
      </p>
      <h1>{t('reqOverview.title')}</h1>
      <p className="lead">
        {data.grant.requisitionDeadlineOn
          ? t('reqOverview.deadline', {
              date: formatDate(data.grant.requisitionDeadlineOn, locale),
            })
          : t('common.notSet')}
      </p>

      <section aria-labelledby="totals-heading">
        <h2 id="totals-heading">{t('reqOverview.totals')}</h2>
        <dl className="facts">
          <dt>{t('grant.totalAmountKr')}</dt>
          <dd className="num">{kr(totals.grantTotalKr)}</dd>
          <dt>{t('reqOverview.signedTotal')}</dt>
          <dd className="num">
            {kr(totals.signedKr)} ({formatPercent(totals.sharePercent, locale, 1)})
          </dd>
          <dt>{t('reqOverview.draftTotal')}</dt>
          <dd className="num">{kr(totals.draftKr)}</dd>
          <dt>{t('reqOverview.notRequisitioned')}</dt>
          <dd className="num">{kr(totals.notRequisitionedKr)}</dd>
          <dt>{t('reqOverview.moreRequested')}</dt>
          <dd className="num">{kr(totals.moreRequestedKr)}</dd>
          {STATES.map((state) => (
            <FactCount key={state} state={state} count={totals.counts[state] ?? 0} />
          ))}
        </dl>
        <BarChartFigure
          caption={t('reqOverview.chartCaption')}
          labelHeader={t('reqOverview.chartLabel')}
          valueHeader={t('reqOverview.chartValue')}
          format={kr}
          data={[
            { label: t('reqOverview.signedTotal'), value: totals.signedKr },
            { label: t('reqOverview.draftTotal'), value: totals.draftKr },
            { label: t('reqOverview.notRequisitioned'), value: totals.notRequisitionedKr },
            { label: t('reqOverview.moreRequested'), value: totals.moreRequestedKr },
          ]}
        />
      </section>

      <section aria-labelledby="recipients-heading">
        <h2 id="recipients-heading">{t('reqOverview.recipients')}</h2>
        <ExportLinks
          links={requisitionLinks(t, grantId, 'export', {
            csv: 'reqOverview.exportCsv',
            xlsx: 'reqOverview.exportXlsx',
          })}
        />
        <div className="field-row">
          <Field id="req-filter-state" label={t('reqOverview.filterState')}>
            {() => (
              <select
                id="req-filter-state"
                className="input"
                value={stateFilter}
                onChange={(e) => setStateFilter(e.target.value as '' | RequisitionState)}
              >
                <option value="">{t('reqOverview.allStates')}</option>
                {STATES.map((state) => (
                  <option key={state} value={state}>
                    {t(requisitionStateKey[state])}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="req-filter-q" label={t('reqOverview.search')}>
            {() => (
              <input
                id="req-filter-q"
                className="input"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
              />
            )}
          </Field>
          <Field id="req-sort" label={t('reqOverview.sort')}>
            {() => (
              <select
                id="req-sort"
                className="input"
                value={sort}
                onChange={(e) => setSort(e.target.value as SortKey)}
              >
                {(Object.keys(SORTS) as SortKey[]).map((key) => (
                  <option key={key} value={key}>
                    {t(`reqOverview.sort.${key}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <p role="status">{plural('reqOverview.shown', data.rows.length, { shown: rows.length })}</p>
        <TableScroll label={t('reqOverview.recipients')}>
          <table className="table">
            <caption className="visually-hidden">{t('reqOverview.recipients')}</caption>
            <HeaderRow
              columns={[
                'reqOverview.col.recipient',
                'reqOverview.col.state',
                ['reqOverview.col.allocated', 'num'],
                ['reqOverview.col.signed', 'num'],
                ['reqOverview.col.draft', 'num'],
                ['reqOverview.col.more', 'num'],
                ['reqOverview.col.secondRound', 'num'],
                'reqOverview.col.late',
              ]}
            />
            <tbody>
              {rows.map((row) => (
                <tr key={row.recipientCode}>
                  <th scope="row">
                    {row.requisitionId ? (
                      <Link to={`/grants/${grantId}/rekvisitioner/${row.requisitionId}`}>
                        {row.recipientCode} {row.recipientName}
                      </Link>
                    ) : (
                      <>
                        {row.recipientCode} {row.recipientName}
                      </>
                    )}
                  </th>
                  <td>
                    <RequisitionStateTag state={row.state} />
                  </td>
                  <td className="num">{kr(row.allocatedKr)}</td>
                  <td className="num">{kr(row.signedKr)}</td>
                  <td className="num">{kr(row.draftKr)}</td>
                  <td className="num">{kr(row.moreRequestedKr)}</td>
                  <td className="num">
                    {row.secondRoundKr === null ? '–' : kr(row.secondRoundKr)}
                  </td>
                  <td>
                    {row.latePermission ? formatDate(row.latePermission.untilOn, locale) : '–'}
                    {row.latePermission && mayAdminister ? (
                      <>
                        {' '}
                        <button
                          type="button"
                          className="button button--quiet"
                          aria-label={t('reqOverview.revokeFor', { name: row.recipientName })}
                          onClick={() => setRevoking(row)}
                        >
                          {t('reqOverview.revoke')}
                        </button>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <section aria-labelledby="reminders-heading">
        <h2 id="reminders-heading">{t('reqOverview.reminders')}</h2>
        <p>{plural('reqOverview.remindersIntro', reminders.length)}</p>
        <ExportLinks
          links={requisitionLinks(t, grantId, 'reminders', {
            csv: 'reqOverview.remindersCsv',
            xlsx: 'reqOverview.remindersXlsx',
          })}
        />
        <details>
          <summary>{t('reqOverview.remindersShow')}</summary>
          <TableScroll label={t('reqOverview.reminders')}>
            <table className="table">
              <caption className="visually-hidden">{t('reqOverview.reminders')}</caption>
              <HeaderRow
                columns={[
                  'reqOverview.col.recipient',
                  'reqOverview.col.state',
                  'reqOverview.col.emails',
                  'reqOverview.col.contact',
                ]}
              />
              <tbody>
                {reminders.map((row) => (
                  <tr key={row.recipientCode}>
                    <th scope="row">
                      {row.recipientCode} {row.recipientName}
                    </th>
                    <td>
                      <RequisitionStateTag state={row.state} />
                    </td>
                    <td>{row.accountEmails.join(', ') || '–'}</td>
                    <td>
                      {row.contact
                        ? `${row.contact.name}, ${row.contact.email}, ${row.contact.phone}`
                        : '–'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </details>
      </section>

      {revoking ? (
        <RevokeLateDialog grantId={grantId} row={revoking} onClose={() => setRevoking(null)} />
      ) : null}
      {mayAdminister && data.grant.status === 'published' ? (
        <LatePermissionForm grantId={grantId} />
      ) : null}
      {data.grant.secondRound ? <SecondRoundSection grantId={grantId} /> : null}
    </>
  );
}

function requisitionLinks(
  t: (key: MessageKey) => string,
  grantId: string,
  list: 'export' | 'reminders',
  labels: Record<'csv' | 'xlsx', MessageKey>,
): ExportLink[] {
  return (['csv', 'xlsx'] as const).map((format) => ({
    href: fileLinks.requisitionExport(grantId, list, format),
    label: t(labels[format]),
  }));
}

const revokeSchema = (t: Translate) =>
  z.object({
    reason: checkedBy(LatePermissionRevokeSchema.shape.reason, t('reqOverview.reasonError')),
  });

/** Revokes a recipient's late permission for a recorded reason (refused once it signed under it). */
function RevokeLateDialog(props: { grantId: string; row: OverviewRow; onClose(): void }) {
  const { t, locale } = useI18n();
  const { row } = props;
  const schema = useMemo(() => revokeSchema(t), [t]);
  const form = useZodForm(schema, { reason: '' });
  const revoke = useApiMutation({
    mutationFn: ({ reason }: z.output<typeof schema>) =>
      api.revokeLatePermission(props.grantId, row.recipientCode, reason),
    invalidates: [queryKeys.requisitionOverview(props.grantId)],
    announce: () => t('reqOverview.revokeDone', { name: row.recipientName }),
  });
  const error = form.formState.errors.reason?.message;
  return (
    <FormDialog
      title={t('reqOverview.revokeTitle', { name: row.recipientName })}
      submit={t('reqOverview.revokeSubmit')}
      busy={revoke.isPending}
      onClose={props.onClose}
      onSubmit={() =>
        void form.submitWith(async (input) => {
          if ((await revoke.run(input)).ok) props.onClose();
        })()
      }
    >
      {revoke.error ? <ProblemAlert error={revoke.error} headingLevel={3} /> : null}
      <p>
        {t('reqOverview.revokeIntro', {
          date: row.latePermission ? formatDate(row.latePermission.untilOn, locale) : '',
        })}
      </p>
      <RegisteredTextArea
        id="revoke-reason"
        label={t('reqOverview.revokeReason')}
        error={error}
        className="input input--wide"
        rows={3}
        registration={form.register('reason')}
      />
    </FormDialog>
  );
}

function FactCount({ state, count }: { state: RequisitionState; count: number }) {
  const { t } = useI18n();
  return (
    <>
      <dt>{t(requisitionStateKey[state])}</dt>
      <dd className="num">{count}</dd>
    </>
  );
}

function latePermissionSchema(t: Translate) {
  return z.object({
    code: z
      .string()
      .transform((text) => text.trim())
      .pipe(checkedBy(RecipientParamsSchema.shape.code, t('reqOverview.lateCodeError'))),
    untilOn: checkedBy(LatePermissionInputSchema.shape.untilOn, t('validation.date')),
    reason: checkedBy(LatePermissionInputSchema.shape.reason, t('reqOverview.reasonError')),
  });
}

const LATE_IDS = { code: 'late-code', untilOn: 'late-until', reason: 'late-reason' };

function LatePermissionForm({ grantId }: { grantId: string }) {
  const { t } = useI18n();
  const schema = useMemo(() => latePermissionSchema(t), [t]);
  const form = useZodForm(schema, { code: '', untilOn: '', reason: '' });
  const permit = useApiMutation({
    mutationFn: ({ code, untilOn, reason }: z.output<typeof schema>) =>
      api.grantLatePermission(grantId, code, untilOn, reason),
    invalidates: [queryKeys.requisitionOverview(grantId)],
    announce: (_overview, { code }) => t('reqOverview.lateDone', { code }),
    onSuccess: () => {
      form.resetField('code');
      form.resetField('reason');
    },
  });
  const { errors } = form.formState;
  return (
    <section aria-labelledby="late-heading">
      <h2 id="late-heading">{t('reqOverview.late')}</h2>
      <p>{t('reqOverview.lateIntro')}</p>
      <ErrorSummary
        errors={form.summary(
          Object.keys(LATE_IDS),
          (name) => LATE_IDS[name as keyof typeof LATE_IDS],
        )}
        attempt={form.attempt}
      />
      {permit.error ? <ProblemAlert error={permit.error} headingLevel={3} /> : null}
      <form className="form" onSubmit={form.submitWith((input) => permit.run(input))} noValidate>
        <div className="field-row">
          <Field id={LATE_IDS.code} label={t('reqOverview.lateCode')} error={errors.code?.message}>
            {(describedBy) => (
              <input
                id={LATE_IDS.code}
                className="input input--short"
                inputMode="numeric"
                aria-describedby={describedBy}
                aria-invalid={errors.code ? true : undefined}
                {...form.register('code')}
              />
            )}
          </Field>
          <Field
            id={LATE_IDS.untilOn}
            label={t('reqOverview.lateUntil')}
            error={errors.untilOn?.message}
          >
            {(describedBy) => (
              <input
                id={LATE_IDS.untilOn}
                type="date"
                className="input"
                aria-describedby={describedBy}
                aria-invalid={errors.untilOn ? true : undefined}
                {...form.register('untilOn')}
              />
            )}
          </Field>
        </div>
        <Field
          id={LATE_IDS.reason}
          label={t('reqOverview.lateReason')}
          error={errors.reason?.message}
        >
          {(describedBy) => (
            <textarea
              id={LATE_IDS.reason}
              className="input input--wide"
              rows={2}
              aria-describedby={describedBy}
              aria-invalid={errors.reason ? true : undefined}
              {...form.register('reason')}
            />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button--secondary" disabled={permit.isPending}>
            {t('reqOverview.lateSubmit')}
          </button>
        </div>
      </form>
    </section>
  );
}

function SecondRoundSection({ grantId }: { grantId: string }) {
  const { t, locale } = useI18n();
  const { can } = useAuth();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  // Computed when asked for (the preview is work for the server), then kept while confirming.
  const preview = useApiQuery(
    queryKeys.secondRound(grantId),
    (signal) => api.secondRound(grantId, signal),
    { enabled: false },
  );
  const confirm = useApiMutation({
    mutationFn: (checksum: string) => api.confirmSecondRound(grantId, checksum),
    invalidates: [queryKeys.requisitionOverview(grantId)],
    announce: () => t('reqOverview.srConfirmed'),
    onSuccess: (confirmed) => queryClient.setQueryData(queryKeys.secondRound(grantId), confirmed),
  });
  const compute = async () => {
    confirm.reset();
    const computed = await preview.refetch();
    if (computed.isSuccess) announce(t('reqOverview.srComputed'));
  };
  const round: SecondRound | null = preview.data ?? null;
  const error = confirm.error ?? preview.error;
  const busy = preview.isFetching || confirm.isPending;
  const kr = (value: number) => formatKronor(value, locale);
  return (
    <section aria-labelledby="second-round-heading">
      <h2 id="second-round-heading">{t('reqOverview.secondRound')}</h2>
      <p>{t('reqOverview.srIntro')}</p>
      {error ? <ProblemAlert error={error} headingLevel={3} /> : null}
      {round === null ? (
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void compute()}
        >
          {t('reqOverview.srCompute')}
        </button>
      ) : (
        <>
          <p role="status">
            {t(
              round.status === 'confirmed'
                ? 'reqOverview.srIsConfirmed'
                : 'reqOverview.srIsPreview',
            )}
          </p>
          <dl className="facts">
            <dt>{t('reqOverview.srLeftover')}</dt>
            <dd className="num">{kr(round.leftoverKr)}</dd>
            <dt>{t('reqOverview.srTotal')}</dt>
            <dd className="num">{kr(round.totalKr)}</dd>
            <dt>{t('reqOverview.srUnallocated')}</dt>
            <dd className="num">{kr(round.unallocatedKr)}</dd>
          </dl>
          {round.unallocatedKr > 0 ? (
            <p>{t('reqOverview.srUnallocatedNote', { amount: kr(round.unallocatedKr) })}</p>
          ) : null}
          <TableScroll label={t('reqOverview.secondRound')}>
            <table className="table">
              <caption className="visually-hidden">{t('reqOverview.secondRound')}</caption>
              <HeaderRow
                columns={[
                  'reqOverview.col.recipient',
                  ['reqOverview.col.key', 'num'],
                  ['reqOverview.col.more', 'num'],
                  ['reqOverview.col.share', 'num'],
                  ['reqOverview.col.exact', 'num'],
                  ['reqOverview.col.secondRound', 'num'],
                  'reqOverview.col.explanation',
                ]}
              />
              <tbody>
                {round.rows.map((row) => (
                  <tr key={row.recipientCode}>
                    <th scope="row">
                      {row.recipientCode} {row.recipientName}
                    </th>
                    <td className="num">{kr(row.keyKr)}</td>
                    <td className="num">{kr(row.requestedKr)}</td>
                    <td className="num">
                      {formatPercent(row.explanation.parts[0]?.sharePercent ?? '0', locale, 2)}
                    </td>
                    <td className="num">
                      {formatDecimalKronor(row.explanation.exactQuotaKrDecimal, locale, 2)}
                    </td>
                    <td className="num">{kr(row.amountKr)}</td>
                    <td>
                      {row.explanation.capApplied
                        ? t('reqOverview.srCapped', { amount: kr(row.requestedKr) })
                        : t('reqOverview.srShare')}
                      {row.explanation.roundedUp ? ` ${t('reqOverview.srRoundedUp')}` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {round.status === 'preview' && can('requisition.administer') ? (
            <p className="actions">
              <button
                type="button"
                className="button button--primary"
                disabled={busy}
                onClick={() => void confirm.run(round.checksum)}
              >
                {t('reqOverview.srConfirm')}
              </button>
            </p>
          ) : null}
          {round.status === 'confirmed' && round.confirmedAt ? (
            <p>
              {t('reqOverview.srConfirmedBy', {
                who: round.confirmedBy ?? '',
                date: round.confirmedAt.slice(0, 10),
              })}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
