import { appendAuditEvent, type AuditEventOf } from '../../db/audit';
import {
  countReportsOnFormVersion,
  findReportForm,
  findReportFormVersion,
  insertReportForm,
  insertReportFormVersion,
  replaceReportFormVersionDefinition,
  updateReportForm,
  type ReportFormRecord,
} from '../../db/reporting';
import { DomainError } from '../../domain/errors';
import {
  canonicalJson,
  checkFormDefinition,
  formVersionAfterSave,
} from '../../domain/reporting/form-model';
import type { ServiceContext } from '../common/context';
import { InvalidInputError } from '../common/invalid-input-error';
import { loadGrantForUpdate } from '../grants/load-grant';
import { authorize } from '../../domain/access/policy';
import { StoredFormDefinitionSchema } from '../../db/schema';

export interface SaveReportFormInput {
  grantId: string;
  definition: unknown;
  voluntary: boolean;
  /** The form's revision the officer read; null when the grant has no form yet. */
  revision: number | null;
  templateId?: string | null;
}

/**
 * Saves the grant's follow-up form (checked: every issue with its JSON path, nothing stored on an
 * issue). While no recipient has started a report on the current version it is changed in place;
 * after that a changed form becomes a new version, and the reports already started keep theirs.
 * Audited.
 */
export async function saveReportForm(
  ctx: ServiceContext,
  input: SaveReportFormInput,
): Promise<ReportFormRecord> {
  authorize(ctx.user, 'report_form.edit', { grantId: input.grantId });
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const grant = await loadGrantForUpdate(tx, input.grantId);
    const issues = checkFormDefinition(input.definition, grant);
    if (issues.length > 0) throw new InvalidInputError(issues);
    // Checked above, so it has the stored shape (a mismatch here is a bug, not the user's input).
    const definition = StoredFormDefinitionSchema.parse(input.definition);
    const templateId = input.templateId ?? null;
    const form = await findReportForm(tx, grant.id, { forUpdate: true });
    if ((form?.revision ?? null) !== input.revision)
      throw new DomainError('report_form.version_conflict', {
        expectedRevision: String(input.revision),
        currentRevision: String(form?.revision ?? 'none'),
      });
    const audit = (event: AuditEventOf<'report_form.created' | 'report_form.saved'>) =>
      appendAuditEvent(tx, {
        occurredAt: now,
        actor: ctx.actor,
        entityType: 'report_form',
        entityId: grant.id,
        grantId: grant.id,
        ...event,
      });
    if (!form) {
      await insertReportFormVersion(tx, {
        grantId: grant.id,
        version: 1,
        definition,
        templateId,
        createdAt: now,
        createdBy: ctx.actor,
        updatedAt: now,
      });
      const created = await insertReportForm(tx, {
        grantId: grant.id,
        currentVersion: 1,
        voluntary: input.voluntary,
        createdAt: now,
        updatedAt: now,
      });
      await audit({
        action: 'report_form.created',
        after: { version: 1, templateId, voluntary: input.voluntary },
      });
      return created;
    }
    const current = await findReportFormVersion(tx, grant.id, form.currentVersion);
    const changed = canonicalJson(current?.definition) !== canonicalJson(definition);
    const { version, newVersion } = formVersionAfterSave({
      currentVersion: form.currentVersion,
      changed,
      reportsOnCurrentVersion: changed
        ? await countReportsOnFormVersion(tx, grant.id, form.currentVersion)
        : 0,
    });
    if (newVersion) {
      await insertReportFormVersion(tx, {
        grantId: grant.id,
        version,
        definition,
        templateId,
        createdAt: now,
        createdBy: ctx.actor,
        updatedAt: now,
      });
    } else if (changed) {
      await replaceReportFormVersionDefinition(
        tx,
        grant.id,
        version,
        definition,
        templateId ?? current?.templateId ?? null,
        now,
      );
    }
    const updated = await updateReportForm(
      tx,
      grant.id,
      { currentVersion: version, voluntary: input.voluntary },
      now,
    );
    await audit({
      action: 'report_form.saved',
      before: { version: form.currentVersion, voluntary: form.voluntary },
      after: { version, voluntary: input.voluntary, definitionChanged: changed, templateId },
    });
    return updated;
  });
}
