// Receivables and audit (docs/audit-and-clawback.md): the officer's list of repayment demands with
// payments, registering a payment, drawing audit samples and recording findings.
import { krToJson } from '../../../services/allocation/present';
import {
  presentReceivable,
  presentSample,
  presentTotals,
} from '../../../services/receivables/present';
import { drawSample } from '../../../services/receivables/draw-audit-sample';
import { exportReceivables } from '../../../services/receivables/export-receivables';
import { getAuditSamples } from '../../../services/receivables/get-audit-samples';
import { getReceivables } from '../../../services/receivables/get-receivables';
import { listMyReceivables } from '../../../services/receivables/list-my-receivables';
import { recordAuditFinding } from '../../../services/receivables/record-audit-finding';
import { prepareClawback } from '../../../services/receivables/prepare-clawback';
import { registerPayment, type PaymentInput } from '../../../services/receivables/register-payment';
import type { ServiceContext } from '../../../services/common/context';
import type { z } from 'zod';
import type { ZodApp } from '../../validation';
import { sendFile } from '../../send-file';
import {
  receivableRoutes,
  type PaymentInputSchema,
  type Receivable,
} from '../../../contracts/receivables';
import { registerRoute } from '../register';

const tags = ['receivables'];

/** Registers a payment on a demand or a clawback and answers the receivable as it now stands. */
async function pay(
  ctx: ServiceContext,
  grantId: string,
  target: PaymentInput['target'],
  body: z.infer<typeof PaymentInputSchema>,
): Promise<Receivable> {
  return presentReceivable(
    await registerPayment(ctx, { grantId, target, ...body, amountKr: BigInt(body.amountKr) }),
  );
}

export function registerReceivableRoutes(app: ZodApp): void {
  registerRoute(
    app,
    receivableRoutes.list,
    {
      access: 'agency.read',
      tags,
      description:
        "The grant's repayment demands with what was paid, what is outstanding and their state (open, partly paid, paid, overdue after the due day in Europe/Stockholm), with totals; `state` and `kind` filter.",
    },
    async (request) => {
      const view = await getReceivables(request.ctx, request.params.id, request.query);
      return {
        grantId: view.grantId,
        rows: view.rows.map(presentReceivable),
        ...presentTotals(view),
      };
    },
  );

  registerRoute(
    app,
    receivableRoutes.mine,
    {
      access: 'own_organisation.read',
      tags,
      description:
        "What the signed-in recipient's organisation owes (Mina fordringar): its repayment demands and issued clawbacks on every grant, with the grant, OCR reference, the agency's bankgiro if configured, amount, paid, remaining, due date, state (overdue after the due day in Europe/Stockholm) and the letter; totals. Never another organisation's.",
    },
    async (request) => {
      const view = await listMyReceivables(request.ctx);
      return {
        rows: view.rows.map((row) => ({
          ...presentReceivable(row),
          grantId: row.grantId,
          grantName: row.grantName,
          grantYear: row.grantYear,
          bankgiro: row.bankgiro,
          letterUrl: row.letterUrl,
        })),
        ...presentTotals(view),
      };
    },
  );

  for (const format of ['csv', 'xlsx'] as const) {
    registerRoute(
      app,
      receivableRoutes.export[format],
      {
        access: 'agency.read',
        tags,
        description: `The receivables (as filtered by \`state\` and \`kind\`) as ${format.toUpperCase()}.`,
      },
      async (request, reply) =>
        sendFile(
          reply,
          await exportReceivables(request.ctx, request.params.id, request.query, format),
        ),
    );
  }

  registerRoute(
    app,
    receivableRoutes.payRepayment,
    {
      access: 'receivable.manage',
      tags,
      description:
        "Registers a payment received against the organisation's repayment demand (full or partial). 422 `receivable.overpayment` for more than is outstanding (nothing is recorded); 404 when there is no demand.",
    },
    async (request) =>
      pay(request.ctx, request.params.id, { recipientCode: request.params.code }, request.body),
  );

  registerRoute(
    app,
    receivableRoutes.samples,
    {
      access: 'agency.read',
      tags,
      description:
        "The grant's audit samples, newest first: seed, strata, population size, the drawn reports and their findings.",
    },
    async (request) => ({
      samples: (await getAuditSamples(request.ctx, request.params.id)).map(presentSample),
    }),
  );

  registerRoute(
    app,
    receivableRoutes.drawSample,
    {
      access: 'audit.manage',
      tags,
      description:
        'Draws an audit sample of the submitted reports, stratified by amount received, with Mulberry32 from the given (or a random) seed; the seed, strata and population are stored so the draw can be redone.',
    },
    async (request) =>
      presentSample(
        await drawSample(request.ctx, {
          grantId: request.params.id,
          ...(request.body.seed !== undefined && { seed: request.body.seed }),
          strata: request.body.strata.map((s) => ({ fromKr: BigInt(s.fromKr), size: s.size })),
        }),
      ),
  );

  registerRoute(
    app,
    receivableRoutes.recordFinding,
    {
      access: 'audit.manage',
      tags,
      description:
        'Records the finding on a sampled report: a text and an outcome (no remark, remark, clawback proposed); replaces an earlier one.',
    },
    async (request) =>
      presentSample(
        await recordAuditFinding(request.ctx, {
          grantId: request.params.id,
          sampleId: request.params.sampleId,
          recipientCode: request.params.code,
          ...request.body,
        }),
      ),
  );

  registerRoute(
    app,
    receivableRoutes.payClawback,
    {
      access: 'receivable.manage',
      tags,
      description:
        'Registers a payment received against an issued clawback decision of the grant (full or partial); as for a repayment demand.',
    },
    async (request) =>
      pay(request.ctx, request.params.id, { decisionId: request.params.decisionId }, request.body),
  );

  registerRoute(
    app,
    receivableRoutes.prepareClawback,
    {
      access: 'audit.manage',
      tags,
      description:
        "Prepares a clawback (återkrav) from a finding that proposed one: a draft decision of kind `clawback` with amount (at most what the report received), reasons, the grant's legal basis and appeal text, its own OCR reference and due date (default 30 days). A decision maker issues it with POST /grants/:id/decisions/issue.",
    },
    async (request) => {
      const prepared = await prepareClawback(request.ctx, {
        grantId: request.params.id,
        sampleId: request.params.sampleId,
        recipientCode: request.params.code,
        amountKr: BigInt(request.body.amountKr),
        reasons: request.body.reasons,
        ...(request.body.dueOn !== undefined && { dueOn: request.body.dueOn }),
      });
      return {
        decisionId: prepared.decision.id,
        status: prepared.decision.status,
        amountKr: krToJson(prepared.decision.amountKr),
        ocrReference: prepared.ocrReference,
        dueOn: prepared.dueOn,
      };
    },
  );
}
