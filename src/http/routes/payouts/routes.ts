// Payment accounts and payout batches (utbetalningar): the officer builds a batch from issued
// decisions, a decision maker approves it, the officer marks it paid and exports it.
import { approvePayoutBatch } from '../../../services/payouts/approve-payout-batch';
import { createPayoutBatch } from '../../../services/payouts/create-payout-batch';
import { exportPayoutBatch } from '../../../services/payouts/export-payout-batch';
import {
  getPaymentAccount,
  listPendingPaymentAccountChanges,
} from '../../../services/payouts/get-payment-account';
import { getPayoutBatch, listGrantPayoutBatches } from '../../../services/payouts/get-payout-batch';
import { markPayoutBatchPaid } from '../../../services/payouts/mark-payout-batch-paid';
import { paymentAccountStateToJson } from '../../../services/payouts/present';
import { confirmPaymentAccount } from '../../../services/payouts/confirm-payment-account';
import { payoutBatchToJson, payoutLineToJson } from '../../../services/payouts/present';
import type { ServiceContext } from '../../../services/common/context';
import { setPaymentAccount } from '../../../services/payouts/set-payment-account';
import { sendFile } from '../../send-file';
import type { ZodApp } from '../../validation';
import { payoutRoutes } from '../../../contracts/payouts';
import { registerRoute } from '../register';

const tags = ['payouts'];

async function detail(ctx: ServiceContext, id: string) {
  const { batch, lines } = await getPayoutBatch(ctx, id);
  return { ...payoutBatchToJson(batch), lines: lines.map(payoutLineToJson) };
}

export function registerPayoutRoutes(app: ZodApp): void {
  registerRoute(
    app,
    payoutRoutes.paymentAccount,
    {
      access: 'payment_account.read',
      tags,
      description:
        "The organisation's bankgiro or plusgiro number for payouts (null when none), a change the agency proposed that waits for a second person, and every change. Another organisation's is 404 for a recipient's staff.",
    },
    async (request) =>
      paymentAccountStateToJson(
        await getPaymentAccount(request.ctx, request.params.code),
        request.ctx.actor,
      ),
  );

  registerRoute(
    app,
    payoutRoutes.setPaymentAccount,
    {
      access: 'payment_account.manage',
      tags,
      description:
        'Sets the payout account: the organisation’s signatory puts it in force; a case officer for every grant proposes it, in force once a second person confirms it. 422 bankgiro.check_digit, bankgiro.invalid_format, plusgiro.… for a bad number.',
    },
    async (request) =>
      paymentAccountStateToJson(
        await setPaymentAccount(request.ctx, {
          recipientCode: request.params.code,
          ...request.body,
        }),
        request.ctx.actor,
      ),
  );

  registerRoute(
    app,
    payoutRoutes.pendingPaymentAccountChanges,
    {
      access: 'agency.read',
      tags,
      description:
        'Every change of a payment account the agency proposed that waits for a second person to confirm it, with the account in force.',
    },
    async (request) => listPendingPaymentAccountChanges(request.ctx),
  );

  registerRoute(
    app,
    payoutRoutes.confirmPaymentAccount,
    {
      access: 'payment_account.confirm',
      tags,
      description:
        'Puts the agency’s proposed change in force: another case officer for every grant or the organisation’s signatory, never the proposer (403 auth.same_person). The body names the number checked; 409 payment_account.pending_changed when the proposal differs, payment_account.no_pending_change without one.',
    },
    async (request) =>
      paymentAccountStateToJson(
        await confirmPaymentAccount(request.ctx, {
          recipientCode: request.params.code,
          ...request.body,
        }),
        request.ctx.actor,
      ),
  );

  registerRoute(
    app,
    payoutRoutes.list,
    { access: 'agency.read', tags, description: "The grant's payout batches, newest first." },
    async (request) => ({
      items: (await listGrantPayoutBatches(request.ctx, request.params.id)).map(payoutBatchToJson),
    }),
  );

  registerRoute(
    app,
    payoutRoutes.create,
    {
      access: 'payout.manage',
      tags,
      description:
        'Builds a draft batch from the issued decisions not yet in a batch (above 0 kr). 422 lists every recipient paid by bank transfer without an account; 409 when nothing is left to pay.',
    },
    async (request, reply) => {
      const batch = await createPayoutBatch(request.ctx, {
        grantId: request.params.id,
        paymentOn: request.body.paymentOn,
      });
      return reply.code(201).send(await detail(request.ctx, batch.id));
    },
  );

  registerRoute(app, payoutRoutes.get, { access: 'agency.read', tags }, async (request) =>
    detail(request.ctx, request.params.id),
  );

  registerRoute(
    app,
    payoutRoutes.approve,
    {
      access: 'payout.approve',
      tags,
      description: 'A decision maker, not the batch’s builder, approves a draft batch.',
    },
    async (request) => {
      await approvePayoutBatch(request.ctx, request.params.id);
      return detail(request.ctx, request.params.id);
    },
  );

  registerRoute(
    app,
    payoutRoutes.markPaid,
    {
      access: 'payout.manage',
      tags,
      description: 'Records that an approved batch was paid on the day; the batch is frozen.',
    },
    async (request) => {
      await markPayoutBatchPaid(request.ctx, {
        batchId: request.params.id,
        paidOn: request.body.paidOn,
      });
      return detail(request.ctx, request.params.id);
    },
  );

  for (const format of ['csv', 'xlsx', 'pdf'] as const)
    registerRoute(
      app,
      payoutRoutes.export[format],
      {
        access: 'agency.read',
        tags,
        description:
          format === 'pdf'
            ? 'The payment specification to read and file: batch id, status, who built, approved and marked it paid and when, every line (recipient, channel, account, reference number, amount) and the total.'
            : 'The batch for the finance system: line, payment day, recipient, amount, channel, account (none for general funds), reference number, and a Summa row.',
      },
      async (request, reply) =>
        sendFile(reply, await exportPayoutBatch(request.ctx, request.params.id, format)),
    );
}
