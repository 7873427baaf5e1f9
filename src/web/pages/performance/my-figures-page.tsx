// A recipient reports its organisation's figures for a performance-based grant it registered
// interest in (/mina-bidrag/:id/prestationsuppgifter), through the last day to report.
import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api-client';
import { FiguresForm } from './figures-form';
import { Loading } from '../../components/loading';
import { ProblemAlert } from '../../components/problem-alert';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../layout';
import { queryKeys, useApiQuery } from '../../query';

export function MyFiguresPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  usePageTitle(t('figures.title'));
  const queryClient = useQueryClient();
  const view = useApiQuery(queryKeys.myFigures(id), (signal) => api.myFigures(id, signal));
  const current = view.data;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/mina-bidrag">{t('figures.back')}</Link>
      </p>
      <h1>{t('figures.title')}</h1>
      {view.error ? <ProblemAlert error={view.error} autoFocus={false} /> : null}
      {view.isPending ? <Loading /> : null}
      {current ? (
        <>
          <p className="lead">{current.grantName}</p>
          <p>{t('figures.intro')}</p>
          <FiguresForm
            key={current.reported?.version ?? 0}
            view={current}
            save={(input) => api.saveMyFigures(id, input)}
            invalidates={[queryKeys.myInterests]}
            onSaved={(saved) => queryClient.setQueryData(queryKeys.myFigures(id), saved)}
            reload={() => void view.refetch()}
          />
        </>
      ) : null}
    </>
  );
}
