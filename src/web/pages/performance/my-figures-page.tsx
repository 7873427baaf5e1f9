// A recipient reports its organisation's figures for a performance-based grant it registered
// interest in (/mina-bidrag/:id/prestationsuppgifter), through the last day to report.
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { FiguresView } from '../../../contracts/performance';
import { api } from '../../api-client';
import { FiguresForm } from './figures-form';
import { Loading } from '../../components/loading';
import { ProblemAlert } from '../../components/problem-alert';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../layout';
import { useResource } from '../../use-resource';

export function MyFiguresPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  usePageTitle(t('figures.title'));
  const view = useResource(`my-figures:${id}`, (signal) => api.myFigures(id, signal));
  const [saved, setSaved] = useState<FiguresView | null>(null);
  const current = saved ?? view.data;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/mina-bidrag">{t('figures.back')}</Link>
      </p>
      <h1>{t('figures.title')}</h1>
      {view.error ? <ProblemAlert error={view.error} autoFocus={false} /> : null}
      {!current && !view.error ? <Loading /> : null}
      {current ? (
        <>
          <p className="lead">{current.grantName}</p>
          <p>{t('figures.intro')}</p>
          <FiguresForm
            key={current.reported?.version ?? 0}
            view={current}
            save={(input) => api.saveMyFigures(id, input)}
            onSaved={setSaved}
            reload={() => {
              setSaved(null);
              view.reload();
            }}
          />
        </>
      ) : null}
    </>
  );
}
