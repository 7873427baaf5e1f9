import { PerformancePage } from './pages/performance-page';
import { PerformanceResultPage } from './pages/performance-result-page';
import { lazy } from 'react';
import { BrowserRouter, Link, Route, Routes } from 'react-router-dom';
import { AnnouncerProvider } from './announcer';
import { I18nProvider, useI18n } from './i18n/i18n';
import { Layout, usePageTitle } from './layout';
import { AllocatePage } from './pages/allocate-page';
import { EditGrantPage, NewGrantPage } from './pages/grant-form-page';
import { GrantPage } from './pages/grant-page';
import { GrantsListPage } from './pages/grants-list-page';
import { RecipientsPage } from './pages/recipients-page';

// The two pages with charts load recharts with them, so the first page a person opens stays light.
const AllocationPage = lazy(() =>
  import('./pages/allocation-page').then((m) => ({ default: m.AllocationPage })),
);
const ComparePage = lazy(() =>
  import('./pages/compare-page').then((m) => ({ default: m.ComparePage })),
);

export function App() {
  return (
    <I18nProvider>
      <AnnouncerProvider>
        <BrowserRouter>
          <Routes>
            <Route element={<Layout />}>
              <Route index element={<GrantsListPage />} />
              <Route path="grants/new" element={<NewGrantPage />} />
              <Route path="grants/:id" element={<GrantPage />} />
              <Route path="grants/:id/edit" element={<EditGrantPage />} />
              <Route path="grants/:id/allocate" element={<AllocatePage />} />
              <Route path="grants/:id/performance" element={<PerformancePage />} />
              <Route path="performance-results/:id" element={<PerformanceResultPage />} />
              <Route path="allocations/:id" element={<AllocationPage />} />
              <Route path="compare" element={<ComparePage />} />
              <Route path="recipients" element={<RecipientsPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </AnnouncerProvider>
    </I18nProvider>
  );
}

function NotFoundPage() {
  const { t } = useI18n();
  usePageTitle(t('notFound.title'));
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}
