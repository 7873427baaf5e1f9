import { PerformancePage } from './pages/performance/performance-page';
import { PerformanceResultPage } from './pages/performance/performance-result-page';
import { QueryClientProvider } from '@tanstack/react-query';
import { lazy } from 'react';
import type { ReactNode } from 'react';
import { BrowserRouter, Link, Navigate, Route, Routes } from 'react-router-dom';
import { AnnouncerProvider } from './announcer';
import { AuthProvider, RequireAccess, startPath, useAuth } from './auth';
import { Loading } from './components/loading';
import { I18nProvider, useI18n } from './i18n/i18n';
import { Layout, usePageTitle } from './layout';
import { createQueryClient } from './query';
import { AllocatePage } from './pages/allocation/allocate-page';
import { EditGrantPage, NewGrantPage } from './pages/grants/grant-form-page';
import { GrantPage } from './pages/grants/grant-page';
import { DecisionsPage } from './pages/decisions/decisions-page';
import { AgencyStartPage } from './pages/tasks/agency-start-page';
import { PayoutsPage } from './pages/payouts/payouts-page';
import { ReceivablesPage } from './pages/receivables/receivables-page';
import { ReceiptPage } from './pages/receipts/receipt-page';
import { MyFiguresPage } from './pages/performance/my-figures-page';
import { MyGrantsPage } from './pages/grants/my-grants-page';
import { MyReceivablesPage } from './pages/receivables/my-receivables-page';
import { RequisitionHistoryPage } from './pages/requisition/requisition-history-page';
import { RequisitionPage } from './pages/requisition/requisition-page';
import { RecipientsPage } from './pages/recipients/recipients-page';
import { ChangePasswordPage } from './pages/access/change-password-page';
import { SetPasswordPage } from './pages/access/set-password-page';
import { SignInPage } from './pages/access/sign-in-page';
import { UsersPage } from './pages/access/users-page';
import { SettingsPage } from './pages/settings/settings-page';

// The two pages with charts load recharts with them, so the first page a person opens stays light.
const AllocationPage = lazy(() =>
  import('./pages/allocation/allocation-page').then((m) => ({ default: m.AllocationPage })),
);
const RequisitionOverviewPage = lazy(() =>
  import('./pages/requisition/requisition-overview-page').then((m) => ({
    default: m.RequisitionOverviewPage,
  })),
);
// The reporting pages load the form model (survey-core) with them; the renderer is its own chunk.
const ReportFormPage = lazy(() =>
  import('./pages/reporting/report-form-page').then((m) => ({ default: m.ReportFormPage })),
);
const ReportingOverviewPage = lazy(() =>
  import('./pages/reporting/reporting-overview-page').then((m) => ({
    default: m.ReportingOverviewPage,
  })),
);
const MyReportPage = lazy(() =>
  import('./pages/reporting/report-page').then((m) => ({ default: m.MyReportPage })),
);
const OfficerReportPage = lazy(() =>
  import('./pages/reporting/report-page').then((m) => ({ default: m.OfficerReportPage })),
);
const GovernmentReportPage = lazy(() =>
  import('./pages/government-report/government-report-page').then((m) => ({
    default: m.GovernmentReportPage,
  })),
);
const ComparePage = lazy(() =>
  import('./pages/allocation/compare-page').then((m) => ({ default: m.ComparePage })),
);

// One cache for the whole app: what one page loaded, the next shows at once while it reloads.
const queryClient = createQueryClient();

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <AnnouncerProvider>
          <AuthProvider>
            <BrowserRouter>
              <Routes>
                <Route element={<Layout />}>
                  <Route path="logga-in" element={<SignInPage />} />
                  <Route path="losenord" element={<SetPasswordPage />} />
                  <Route index element={<StartPage />} />
                  <Route path="mina-bidrag" element={own(<MyGrantsPage />)} />
                  <Route path="mina-fordringar" element={own(<MyReceivablesPage />)} />
                  <Route path="mina-bidrag/:id/rekvisition" element={own(<RequisitionPage />)} />
                  <Route
                    path="grants/:id/rekvisitioner"
                    element={agency(<RequisitionOverviewPage />)}
                  />
                  <Route
                    path="grants/:id/rekvisitioner/:requisitionId"
                    element={agency(<RequisitionHistoryPage />)}
                  />
                  <Route path="mina-bidrag/:grantId/aterrapport" element={own(<MyReportPage />)} />
                  <Route
                    path="mina-bidrag/:id/prestationsuppgifter"
                    element={own(<MyFiguresPage />)}
                  />
                  <Route path="admin/anvandare" element={users(<UsersPage />)} />
                  <Route path="admin/installningar" element={agency(<SettingsPage />)} />
                  <Route
                    path="konto/losenord"
                    element={
                      <RequireAccess>
                        <ChangePasswordPage />
                      </RequireAccess>
                    }
                  />
                  <Route path="grants/new" element={agency(<NewGrantPage />)} />
                  <Route path="grants/:id" element={agency(<GrantPage />)} />
                  <Route path="grants/:id/edit" element={agency(<EditGrantPage />)} />
                  <Route path="grants/:id/allocate" element={agency(<AllocatePage />)} />
                  <Route path="grants/:id/performance" element={agency(<PerformancePage />)} />
                  <Route path="grants/:id/decisions" element={agency(<DecisionsPage />)} />
                  <Route path="grants/:id/payouts" element={agency(<PayoutsPage />)} />
                  <Route path="grants/:id/fordringar" element={agency(<ReceivablesPage />)} />
                  <Route
                    path="grants/:id/aterrapportering"
                    element={agency(<ReportingOverviewPage />)}
                  />
                  <Route
                    path="grants/:id/aterrapportering/formular"
                    element={agency(<ReportFormPage />)}
                  />
                  <Route
                    path="grants/:id/aterrapportering/:code"
                    element={agency(<OfficerReportPage />)}
                  />
                  <Route
                    path="grants/:id/rapport-till-regeringen"
                    element={agency(<GovernmentReportPage />)}
                  />
                  <Route
                    path="performance-results/:id"
                    element={agency(<PerformanceResultPage />)}
                  />
                  <Route path="allocations/:id" element={agency(<AllocationPage />)} />
                  <Route path="compare" element={agency(<ComparePage />)} />
                  <Route path="recipients" element={agency(<RecipientsPage />)} />
                  <Route
                    path="kvitton/:reference"
                    element={
                      <RequireAccess>
                        <ReceiptPage />
                      </RequireAccess>
                    }
                  />
                  <Route path="*" element={<NotFoundPage />} />
                </Route>
              </Routes>
            </BrowserRouter>
          </AuthProvider>
        </AnnouncerProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}

// The agency's pages need agency.read; a recipient's staff who open one get a clear "no access".
const agency = (page: ReactNode) => <RequireAccess action="agency.read">{page}</RequireAccess>;
const own = (page: ReactNode) => (
  <RequireAccess action="own_organisation.read">{page}</RequireAccess>
);
const users = (page: ReactNode) => <RequireAccess action="user.read">{page}</RequireAccess>;

/**
 * `/`: agency staff's task list and the grants; a recipient's staff go to their own organisation's
 * grants, which open with their task list.
 */
function StartPage() {
  const { session } = useAuth();
  if (!session) return <Loading />;
  if (session.user && startPath(session) !== '/')
    return <Navigate to={startPath(session)} replace />;
  return agency(<AgencyStartPage />);
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
