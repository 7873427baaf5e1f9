import {
  findReportForm,
  listReportFormVersions,
  listReports,
  type ReportFormRecord,
  type ReportFormVersionRecord,
} from '../../db/reporting';
import type { FormDefinition } from '../../domain/reporting/form-model';
import type { ServiceContext } from '../common/context';
import { loadGrant } from '../grants/load-grant';
import { authorize } from '../../domain/access/policy';
import { REPORT_FORM_TEMPLATES } from './report-form-templates';

export interface ReportFormOverview {
  grantId: string;
  usageAreas: string[];
  form: ReportFormRecord | null;
  definition: FormDefinition | null;
  versions: (ReportFormVersionRecord & { reportCount: number })[];
  templates: typeof REPORT_FORM_TEMPLATES;
}

/** The grant's follow-up form for the case officer: the current definition and every version. */
export async function getReportForm(
  ctx: ServiceContext,
  grantId: string,
): Promise<ReportFormOverview> {
  authorize(ctx.user, 'agency.read');
  const grant = await loadGrant(ctx.db, grantId);
  const form = (await findReportForm(ctx.db, grant.id)) ?? null;
  const versions = await listReportFormVersions(ctx.db, grant.id);
  const reports = await listReports(ctx.db, grant.id);
  const current = versions.find((v) => v.version === form?.currentVersion);
  return {
    grantId: grant.id,
    usageAreas: grant.usageAreas,
    form,
    definition: current?.definition ?? null,
    versions: versions.map((v) => ({
      ...v,
      reportCount: reports.filter((r) => r.formVersion === v.version).length,
    })),
    templates: REPORT_FORM_TEMPLATES,
  };
}
