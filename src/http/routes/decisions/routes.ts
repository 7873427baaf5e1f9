// Decisions (beslut): prepared by the grant's case officer from a source of decided amounts, issued
// by a decision maker, downloaded as PDF letters by the agency and by the recipient (its own).
import { krToJson } from '../../../services/allocation/present';
import { changeDraftDecision } from '../../../services/decisions/change-draft-decision';
import { correctDecision } from '../../../services/decisions/correct-decision';
import { decisionWithRecipientToJson } from '../../../services/decisions/present';
import { discardDraftDecision } from '../../../services/decisions/discard-draft-decision';
import type { ServiceContext } from '../../../services/common/context';
import { getDecision } from '../../../services/decisions/get-decision';
import {
  exportDecisionLetter,
  exportGrantDecisionLetters,
} from '../../../services/decisions/export-decision-letters';
import { issueDecisions } from '../../../services/decisions/issue-decisions';
import { listGrantDecisions } from '../../../services/decisions/list-grant-decisions';
import { listMyDecisions } from '../../../services/decisions/list-my-decisions';
import { prepareDecisions } from '../../../services/decisions/prepare-decisions';
import { setAppealText } from '../../../services/decisions/set-appeal-text';
import { sendFile } from '../../send-file';
import type { ZodApp } from '../../validation';
import { decisionRoutes } from '../../../contracts/decisions';
import { registerRoute } from '../register';

const tags = ['decisions'];

export function registerDecisionRoutes(app: ZodApp): void {
  registerRoute(
    app,
    decisionRoutes.list,
    {
      access: 'agency.read',
      tags,
      description:
        "The grant's decisions, drafts and issued, with their payouts, and its appeal text.",
    },
    async (request) => {
      const listed = await listGrantDecisions(request.ctx, request.params.id);
      return {
        items: listed.decisions.map(decisionWithRecipientToJson),
        appealText: listed.appealText,
        sourceKinds: listed.sourceKinds,
        draftLimits: Object.fromEntries(
          [...listed.draftLimits].map(([id, kr]) => [id, kr === null ? null : krToJson(kr)]),
        ),
        paidInChainKr: Object.fromEntries(
          [...listed.paidInChain].map(([id, kr]) => [id, krToJson(kr)]),
        ),
        preparedByYou: listed.preparedByYou,
      };
    },
  );

  registerRoute(
    app,
    decisionRoutes.prepare,
    {
      access: 'decision.prepare',
      tags,
      description:
        'Prepares draft decisions from the source of the kind (performance: the published result, one per registered recipient, 0 kr with its reason for those that get nothing). Amounts that already have a decision are skipped.',
    },
    async (request) => ({
      created: (
        await prepareDecisions(request.ctx, { grantId: request.params.id, kind: request.body.kind })
      ).length,
    }),
  );

  registerRoute(
    app,
    decisionRoutes.issue,
    {
      access: 'decision.issue',
      tags,
      description:
        'Issues the named drafts, or every draft, in one transaction: reference numbers without gaps, the decision day (Europe/Stockholm) and the decision maker; issued decisions are frozen. 409 when a named decision is already issued; 403 auth.same_person when the decision maker prepared or changed any of them (four eyes): nothing is issued.',
    },
    async (request) => {
      await issueDecisions(request.ctx, {
        grantId: request.params.id,
        decisionIds: request.body.decisionIds,
      });
      const listed = await listGrantDecisions(request.ctx, request.params.id);
      const ids = new Set(request.body.decisionIds ?? []);
      return {
        items: listed.decisions
          .filter((d) => d.status === 'issued' && (ids.size === 0 || ids.has(d.id)))
          .map(decisionWithRecipientToJson),
      };
    },
  );

  registerRoute(
    app,
    decisionRoutes.setAppealText,
    {
      access: 'decision.prepare',
      tags,
      description:
        'The appeal information of decisions prepared from now on; null restores the förvaltningslagen default (some ordinances say decisions cannot be appealed).',
    },
    async (request) => ({
      appealText: await setAppealText(request.ctx, {
        grantId: request.params.id,
        appealText: request.body.appealText,
      }),
    }),
  );

  registerRoute(
    app,
    decisionRoutes.grantLetters,
    {
      access: 'agency.read',
      tags,
      description: 'Every issued decision of the grant as letters in one PDF, for printing.',
    },
    async (request, reply) =>
      sendFile(reply, await exportGrantDecisionLetters(request.ctx, request.params.id)),
  );

  registerRoute(
    app,
    decisionRoutes.letter,
    {
      access: 'decision.read',
      tags,
      description:
        "The decision as a letter in Swedish: letterhead, reference number, date, recipient, amount, legal basis, reasons, conditions, how to appeal, decision maker. A recipient's staff get their own organisation's issued decisions only (404 otherwise).",
    },
    async (request, reply) =>
      sendFile(reply, await exportDecisionLetter(request.ctx, request.params.id)),
  );

  registerRoute(
    app,
    decisionRoutes.correct,
    {
      access: 'decision.prepare',
      tags,
      description:
        'Prepares a correction of an issued decision: a new draft that supersedes it once issued (the issued decision never changes). When the original was paid, the payout is the difference. 409 for a draft or an already corrected decision.',
    },
    async (request, reply) => {
      const correction = await correctDecision(request.ctx, {
        decisionId: request.params.id,
        amountKr: BigInt(request.body.amountKr),
        reasons: request.body.reasons,
        conditions: request.body.conditions,
      });
      return reply.code(201).send(await shownDecision(request.ctx, correction.id));
    },
  );

  registerRoute(
    app,
    decisionRoutes.changeDraft,
    {
      access: 'decision.prepare',
      tags,
      description:
        "Changes a draft decision's amount and reasons (the grant's case officer): at most what its source allows now (the signed requisition, the calculated amount; a correction has no such limit), 0 kr being a rejection. 409 for an issued decision (frozen), a clawback, or a draft whose source is gone; 422 above the source's amount. Audited.",
    },
    async (request) => {
      const changed = await changeDraftDecision(request.ctx, {
        decisionId: request.params.id,
        amountKr: BigInt(request.body.amountKr),
        reasons: request.body.reasons,
      });
      return shownDecision(request.ctx, changed.id);
    },
  );

  registerRoute(
    app,
    decisionRoutes.discardDraft,
    {
      access: 'decision.prepare',
      tags,
      description:
        'Discards a draft decision for a recorded reason (audited with the draft as it was): it is removed, and its source amount can be prepared again. 409 for an issued decision or a clawback.',
    },
    async (request) => {
      await discardDraftDecision(request.ctx, {
        decisionId: request.params.id,
        reason: request.body.reason,
      });
      return { id: request.params.id, discarded: true as const };
    },
  );

  registerRoute(
    app,
    decisionRoutes.mine,
    {
      access: 'own_organisation.read',
      tags: ['session'],
      description:
        "The issued decisions of the signed-in recipient's organisation, newest first, each with its payout once paid.",
    },
    async (request) => ({
      items: (await listMyDecisions(request.ctx)).map(decisionWithRecipientToJson),
    }),
  );
}

/** A decision as the grant's list shows it (with recipient and payout). */
async function shownDecision(ctx: ServiceContext, id: string) {
  return decisionWithRecipientToJson(await getDecision(ctx, id));
}
