// A receipt (kvittens) of a binding act (/kvitton/:reference): what was done, by whom, when and
// its reference, each line it covered, and the receipt as a PDF to keep. The page after an act
// lands here; its heading takes the focus so a screen reader starts with "Kvittens".
import { useEffect, useRef } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import type { Receipt } from '../../../contracts/receipts';
import type { ReceiptPageState } from '../../components/confirm-act';
import { Loading } from '../../components/loading';
import { ProblemAlert } from '../../components/problem-alert';
import { TableScroll } from '../../components/table-scroll';
import { formatDate, formatInstant, formatKronor } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../layout';
import { useApiQuery } from '../../query';
import { receiptsApi } from './api';

export function ReceiptPage() {
  const { t } = useI18n();
  const { reference = '' } = useParams();
  usePageTitle(`${t('receipt.title')} ${reference}`);
  const receipt = useApiQuery(['receipt', reference], (signal) =>
    receiptsApi.get(reference, signal),
  );
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const back = (useLocation().state as ReceiptPageState | null)?.back;
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('receipt.title')}
      </h1>
      {receipt.error ? <ProblemAlert error={receipt.error} autoFocus={false} /> : null}
      {receipt.data ? <ReceiptView receipt={receipt.data} /> : receipt.error ? null : <Loading />}
      {back ? (
        <p>
          <Link to={back}>{t('receipt.back')}</Link>
        </p>
      ) : null}
    </>
  );
}

function ReceiptView({ receipt }: { receipt: Receipt }) {
  const { t, plural, locale } = useI18n();
  const values = {
    count: receipt.count,
    amount: formatKronor(receipt.totalKr ?? 0, locale),
    grant: receipt.grant?.name ?? '',
    organisation: receipt.recipient?.name ?? '',
    date: receipt.paymentOn ? formatDate(receipt.paymentOn, locale) : '',
  };
  const what =
    receipt.kind === 'decisions_issued'
      ? plural('receipt.kind.decisions_issued', receipt.count, values)
      : t(`receipt.kind.${receipt.kind}`, values);
  const repayment = receipt.repayment;
  return (
    <>
      <div className="notice notice--success">
        <p>
          <strong>{t('receipt.done')}.</strong> {what}
        </p>
        {repayment ? (
          <p>
            {repayment.outcome === 'repay' && repayment.dueOn
              ? t('receipt.repay', {
                  amount: formatKronor(repayment.toRepayKr, locale),
                  date: formatDate(repayment.dueOn, locale),
                  ocr: repayment.ocrReference ?? '',
                })
              : t('receipt.noRepay')}
          </p>
        ) : null}
      </div>
      <dl className="facts">
        <dt>{t('receipt.reference')}</dt>
        <dd>{receipt.reference}</dd>
        <dt>{t('receipt.who')}</dt>
        <dd>
          {receipt.actorName ? `${receipt.actorName} (${receipt.actorEmail})` : receipt.actorEmail}
        </dd>
        <dt>{t('receipt.when')}</dt>
        <dd>{formatInstant(receipt.occurredAt, locale)}</dd>
        {receipt.grant ? (
          <>
            <dt>{t('receipt.grant')}</dt>
            <dd>{receipt.grant.name}</dd>
          </>
        ) : null}
        {receipt.signature ? (
          <>
            <dt>{t('receipt.signature')}</dt>
            <dd>
              {t(`receipt.signature.${receipt.signature.method}`, {
                time: formatInstant(receipt.signature.authenticatedAt, locale),
              })}
            </dd>
            {receipt.signature.method === 'oidc' ? (
              <>
                <dt>{t('receipt.acr')}</dt>
                <dd>{receipt.signature.acr ?? t('receipt.none')}</dd>
                <dt>{t('receipt.amr')}</dt>
                <dd>
                  {receipt.signature.amr.length > 0
                    ? receipt.signature.amr.join(', ')
                    : t('receipt.none')}
                </dd>
              </>
            ) : null}
          </>
        ) : null}
        {receipt.recipient ? (
          <>
            <dt>{t('receipt.recipient')}</dt>
            <dd>
              {receipt.recipient.name} ({receipt.recipient.code})
            </dd>
          </>
        ) : null}
      </dl>
      <p>
        <a href={receiptsApi.pdfUrl(receipt.reference)} download>
          {t('receipt.pdf')}
        </a>
      </p>
      {receipt.lines.length > 0 ? (
        <TableScroll label={t('receipt.linesCaption')}>
          <table className="table">
            <caption>{t('receipt.linesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('receipt.col.recipient')}</th>
                <th scope="col">{t('receipt.col.reference')}</th>
                <th scope="col" className="num">
                  {t('receipt.col.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {receipt.lines.map((line, index) => (
                <tr key={`${line.recipientCode}-${index}`}>
                  <th scope="row">
                    {line.recipientName} ({line.recipientCode})
                  </th>
                  <td>{line.referenceNumber ?? '–'}</td>
                  <td className="num">{formatKronor(line.amountKr, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </>
  );
}
