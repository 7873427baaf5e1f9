// Every route of the API in one table, feature by feature: the server registers each entry once
// and nothing else (src/http/route-table.test.ts), the web calls them (src/web/api-client.ts).
import { allocationRoutes } from './allocation';
import { decisionRoutes } from './decisions';
import { governmentReportRoutes } from './government-report';
import { governmentReportFileRoutes } from './government-report-files';
import { grantRoutes } from './grants';
import { myGrantRoutes } from './me';
import { payoutRoutes } from './payouts';
import { ownPerformanceRoutes, performanceRoutes } from './performance';
import { receiptRoutes } from './receipts';
import { receivableRoutes } from './receivables';
import { recipientRoutes } from './recipients';
import { reportingRoutes } from './reporting';
import { requisitionRoutes } from './requisition';
import { route, routeEntries, type RouteEntry } from './route';
import { sessionRoutes } from './session';
import { settingsRoutes } from './settings';
import { taskRoutes } from './tasks';
import { userRoutes } from './users';

/** The OpenAPI document itself (kept out of the document). */
export const apiDocumentRoute = route({ method: 'GET', path: '/openapi.json' });

export const apiRoutes = {
  apiDocument: apiDocumentRoute,
  session: sessionRoutes,
  users: userRoutes,
  recipients: recipientRoutes,
  grants: grantRoutes,
  myGrants: myGrantRoutes,
  tasks: taskRoutes,
  allocation: allocationRoutes,
  performance: performanceRoutes,
  ownPerformance: ownPerformanceRoutes,
  requisition: requisitionRoutes,
  decisions: decisionRoutes,
  payouts: payoutRoutes,
  reporting: reportingRoutes,
  governmentReport: governmentReportRoutes,
  governmentReportFiles: governmentReportFileRoutes,
  receivables: receivableRoutes,
  receipts: receiptRoutes,
  settings: settingsRoutes,
};

/** Every entry of the table, feature by feature. */
export const allRouteEntries: readonly RouteEntry[] = routeEntries(apiRoutes);
