import { loadAgencySettings } from '../../db/agency-settings';
import { findClawbackByDecision, listClawbacks } from '../../db/receivables';
import { findDecision, listDecisionsForGrant } from '../../db/decisions';
import { DomainError } from '../../domain/errors';
import { writeLettersPdf } from '../../files/write-letter-pdf';
import type { ServiceContext } from '../common/context';
import { decisionLetter } from './decision-letter';
import type { ExportedFile } from '../allocation/export-allocation';
import { loadGrant } from '../grants/load-grant';
import { ownOrganisationCodes } from '../recipients/own-organisation';
import { authorize, can } from '../../domain/access/policy';

const PDF = 'application/pdf';

/**
 * One decision as a PDF letter. Agency staff get any (a draft as "Utkast till beslut"); a
 * recipient's staff only their own organisation's issued decisions: any other is decision.not_found.
 */
export async function exportDecisionLetter(
  ctx: ServiceContext,
  decisionId: string,
): Promise<ExportedFile> {
  authorize(ctx.user, 'decision.read');
  const decision = await findDecision(ctx.db, decisionId);
  const agency = can(ctx.user, 'agency.read');
  const visible =
    decision !== undefined &&
    (agency ||
      (decision.status === 'issued' &&
        (await ownOrganisationCodes(ctx)).includes(decision.recipientCode)));
  if (!decision || !visible) throw new DomainError('decision.not_found', { decisionId });
  const grant = await loadGrant(ctx.db, decision.grantId);
  const superseded = decision.supersedesDecisionId
    ? await findDecision(ctx.db, decision.supersedesDecisionId)
    : undefined;
  const name = (decision.referenceNumber ?? `utkast-${decision.id.slice(0, 8)}`).replace(
    /[^A-Za-z0-9]+/g,
    '-',
  );
  return {
    filename: `beslut-${name}.pdf`,
    contentType: PDF,
    body: await writeLettersPdf(`Beslut ${decision.referenceNumber ?? ''}`.trim(), [
      decisionLetter(
        await loadAgencySettings(ctx.db),
        grant,
        decision,
        superseded,
        decision.kind === 'clawback'
          ? await findClawbackByDecision(ctx.db, decision.id)
          : undefined,
      ),
    ]),
  };
}

/** Every issued decision of a grant, one letter after the other, for printing. Agency only. */
export async function exportGrantDecisionLetters(
  ctx: ServiceContext,
  grantId: string,
): Promise<ExportedFile> {
  authorize(ctx.user, 'agency.read');
  const grant = await loadGrant(ctx.db, grantId);
  const all = await listDecisionsForGrant(ctx.db, grant.id);
  const byId = new Map(all.map((decision) => [decision.id, decision]));
  const issued = all.filter((decision) => decision.status === 'issued');
  const clawbacks = new Map(
    (await listClawbacks(ctx.db, grant.id)).map((c) => [c.decision.id, c.clawback]),
  );
  if (issued.length === 0) throw new DomainError('decision.none_issued', { grantId });
  const agency = await loadAgencySettings(ctx.db);
  return {
    filename: `beslut-${grant.grantYear}-${grant.id.slice(0, 8)}.pdf`,
    contentType: PDF,
    body: await writeLettersPdf(
      `Beslut – ${grant.name}`,
      issued.map((decision) =>
        decisionLetter(
          agency,
          grant,
          decision,
          decision.supersedesDecisionId ? byId.get(decision.supersedesDecisionId) : undefined,
          clawbacks.get(decision.id),
        ),
      ),
    ),
  };
}
