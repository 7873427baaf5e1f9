import { findReportForm, type ReportFormRecord } from '../../db/reporting';
import type { ServiceContext } from '../common/context';
import { loadGrant } from '../grants/load-grant';
import { authorize } from '../../domain/access/policy';
import { reportFormTemplate } from './report-form-templates';
import { saveReportForm } from './save-report-form';

/**
 * Makes the grant's form a COPY of a ready template (never a reference: editing it later changes
 * this grant only), keeping the reporting settings. Versioned like any other save; audited.
 */
export async function copyReportFormTemplate(
  ctx: ServiceContext,
  input: { grantId: string; templateId: string },
): Promise<ReportFormRecord> {
  authorize(ctx.user, 'report_form.edit', { grantId: input.grantId });
  const grant = await loadGrant(ctx.db, input.grantId);
  const definition = await reportFormTemplate(input.templateId, grant.usageAreas);
  const form = await findReportForm(ctx.db, grant.id);
  return saveReportForm(ctx, {
    grantId: grant.id,
    definition,
    voluntary: form?.voluntary ?? false,
    revision: form?.revision ?? null,
    templateId: input.templateId,
  });
}
