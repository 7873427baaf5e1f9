// On a recipient's start page: the performance-based grants its organisation may register interest
// in (intresseanmälan, issue 6), whether it has, and buttons to register or withdraw until the last
// day to register.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, ApiError } from '../api-client';
import { useAnnounce } from '../announcer';
import { formatDate, formatInstant } from '../format';
import { useI18n } from '../i18n/i18n';
import { useResource } from '../use-resource';
import { Loading } from './loading';
import { ProblemAlert } from './problem-alert';
import { TableScroll } from './table-scroll';

export function MyInterests() {
  const { t, locale } = useI18n();
  const announce = useAnnounce();
  const interests = useResource('my-interests', (signal) => api.myInterests(signal));
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [done, setDone] = useState('');
  const items = interests.data?.items ?? [];
  if (interests.data && items.length === 0) return null;

  async function change(grantId: string, name: string, register: boolean) {
    setBusy(grantId);
    setError(undefined);
    setDone('');
    try {
      await (register ? api.registerOwnInterest(grantId) : api.withdrawOwnInterest(grantId));
      const message = t(register ? 'myInterests.done.registered' : 'myInterests.done.withdrawn', {
        name,
      });
      setDone(message);
      announce(message);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('unexpected', 0, null));
    } finally {
      setBusy(null);
      interests.reload();
    }
  }

  return (
    <section aria-labelledby="my-interests">
      <h2 id="my-interests">{t('myInterests.heading')}</h2>
      <p>{t('myInterests.intro')}</p>
      {interests.error ? (
        <ProblemAlert error={interests.error} autoFocus={false} headingLevel={3} />
      ) : null}
      {error ? <ProblemAlert error={error} headingLevel={3} /> : null}
      {done ? <p role="status">{done}</p> : null}
      {interests.loading && !interests.data ? <Loading /> : null}
      {items.length > 0 ? (
        <TableScroll label={t('myInterests.tableCaption')}>
          <table className="table">
            <caption className="visually-hidden">{t('myInterests.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('grants.col.name')}</th>
                <th scope="col" className="num">
                  {t('grants.col.year')}
                </th>
                <th scope="col">{t('myInterests.col.deadline')}</th>
                <th scope="col">{t('myInterests.col.status')}</th>
                <th scope="col">{t('myInterests.col.action')}</th>
                <th scope="col">{t('myInterests.col.figures')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.grantId}>
                  <th scope="row">{item.name}</th>
                  <td className="num">{item.grantYear}</td>
                  <td>
                    {item.interestDeadlineOn
                      ? formatDate(item.interestDeadlineOn, locale)
                      : t('myInterests.noCall')}
                    {item.open || !item.interestDeadlineOn ? null : ` (${t('myInterests.closed')})`}
                  </td>
                  <td>
                    {item.registeredAt
                      ? t('myInterests.registered', {
                          date: formatInstant(item.registeredAt, locale),
                        })
                      : t('myInterests.notRegistered')}
                  </td>
                  <td>
                    {item.open ? (
                      <button
                        type="button"
                        className={
                          item.registered ? 'button button--secondary' : 'button button--primary'
                        }
                        disabled={busy !== null}
                        onClick={() => void change(item.grantId, item.name, !item.registered)}
                      >
                        {t(item.registered ? 'myInterests.withdraw' : 'myInterests.register')}
                        <span className="visually-hidden"> {item.name}</span>
                      </button>
                    ) : (
                      '–'
                    )}
                  </td>
                  <td>
                    {item.figures ? (
                      <>
                        {item.figures.reportedAt
                          ? t('myInterests.figures.reported', {
                              date: formatInstant(item.figures.reportedAt, locale),
                            })
                          : t('myInterests.figures.notReported')}
                        {item.figures.deadlineOn && item.figures.open
                          ? `, ${t('myInterests.figures.deadline', {
                              date: formatDate(item.figures.deadlineOn, locale),
                            })}`
                          : null}
                        <br />
                        <Link to={`/mina-bidrag/${item.grantId}/prestationsuppgifter`}>
                          {t(
                            item.figures.open
                              ? 'myInterests.figures.report'
                              : 'myInterests.figures.show',
                          )}
                          <span className="visually-hidden"> {item.name}</span>
                        </Link>
                      </>
                    ) : (
                      '–'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </section>
  );
}
