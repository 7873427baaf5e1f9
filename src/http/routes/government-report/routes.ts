// The report to the government (docs/government-report.md): the case officer's tables with free
// text and the per-recipient annex, a joint report over chosen grants, and open data — the
// aggregates of a grant whose follow-up is finished, for anyone without signing in.
import { governmentReportRoutes } from '../../../contracts/government-report';
import {
  getGovernmentReport,
  getOpenDataReport,
} from '../../../services/government-report/get-government-report';
import { getJointReport } from '../../../services/government-report/get-joint-report';
import type { ZodApp } from '../../validation';
import { registerRoute } from '../register';

const tags = ['government-report'];

export function registerGovernmentReportRoutes(app: ZodApp): void {
  registerRoute(
    app,
    governmentReportRoutes.report,
    {
      access: 'agency.read',
      tags,
      description:
        "The grant's report to the government: distribution and use per recipient with totals, and one table per question over the submitted reports (counts, bases, shares half up), with free text. Optionally only one county's recipients, one municipality group's (SKR's A1 … C9, as the recipient register holds them), or those that answered the private-provider question a given way.",
    },
    async (request) =>
      getGovernmentReport(request.ctx, request.params.id, {
        ...(request.query.county !== undefined && { countyCode: request.query.county }),
        ...(request.query.sizeGroup !== undefined && { sizeGroup: request.query.sizeGroup }),
        ...(request.query.privateProviders !== undefined && {
          privateProviders: request.query.privateProviders,
        }),
      }),
  );

  registerRoute(
    app,
    governmentReportRoutes.joint,
    {
      access: 'agency.read',
      tags,
      description:
        'A joint report over 1–20 grants side by side (or one grant over its years): distribution and use per grant with the sums, per recipient, and each question compared across the grants.',
    },
    async (request) => getJointReport(request.ctx, request.query.grantIds),
  );

  registerRoute(
    app,
    governmentReportRoutes.openData,
    {
      access: 'public',
      tags,
      description:
        'Open data, without signing in: the aggregated tables of a grant whose follow-up is finished (no free text, no per-recipient rows). 404 for any other grant.',
    },
    async (request) => getOpenDataReport(request.ctx, request.params.id),
  );
}
