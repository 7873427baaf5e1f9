// A receipt (kvittens) of a binding act, read from the audit event(s) the act wrote: what was
// done, by whom, when, and its reference (docs/decisions/0025). Nothing is stored for it; the
// audit log cannot change, so neither can the receipt.
import { AUDIT_PAYLOADS } from '../../db/audit-snapshots';
import type { AuditEntityType, AuditEventRecord } from '../../db/audit';
import type { SignatureSnapshot } from '../../db/audit-snapshots/access';
import { findGrant } from '../../db/grants';
import { listPayoutLines } from '../../db/payouts';
import {
  findAuditEventById,
  findLatestEventForRecipient,
  findLatestEventOf,
  listEventsOfAct,
} from '../../db/receipts';
import { findRecipientsByCodes } from '../../db/recipients';
import { findUserByEmail } from '../../db/users';
import { can } from '../../domain/access/policy';
import { DomainError } from '../../domain/errors';
import type { Receipt, ReceiptAction, ReceiptKind } from '../../contracts/receipts';
import type { Executor } from '../../db/client';
import type { ServiceContext } from '../common/context';
import { eventIdOfReference, receiptReference } from './receipt-reference';

const ENTITY_OF_ACTION: Record<ReceiptAction, AuditEntityType> = {
  'decision.issued': 'decision',
  'payout.batch_approved': 'payout_batch',
  'requisition.signed': 'requisition',
  'requisition.signed_decline': 'requisition',
  'report.submitted': 'report',
  'grant.status_changed': 'grant',
  'performance.result_published': 'performance_result',
  'allocation.published': 'allocation',
};

const notFound = (reference: string) => new DomainError('receipt.not_found', { reference });

/** The receipt by its reference; 404 (`receipt.not_found`) when there is none the user may see. */
export async function getReceipt(ctx: ServiceContext, reference: string): Promise<Receipt> {
  const id = eventIdOfReference(reference);
  const event = id === null ? undefined : await findAuditEventById(ctx.db, id);
  if (!event) throw notFound(reference);
  // A reference names the act's first event; any other event of it is no reference.
  const act = await listEventsOfAct(ctx.db, event);
  if (act[0]?.id !== event.id) throw notFound(reference);
  const receipt = await readReceipt(ctx.db, act);
  if (!receipt || !mayRead(ctx, receipt)) throw notFound(reference);
  return receipt;
}

/** The receipt of the latest act of the kind on the entity: where the page goes after the act. */
export async function findReceipt(
  ctx: ServiceContext,
  input: {
    action: ReceiptAction;
    entityId?: string | undefined;
    grantId?: string | undefined;
    recipientCode?: string | undefined;
  },
): Promise<Receipt> {
  const event =
    input.entityId !== undefined
      ? await findLatestEventOf(
          ctx.db,
          { type: ENTITY_OF_ACTION[input.action], id: input.entityId },
          input.action,
        )
      : input.grantId !== undefined && input.recipientCode !== undefined
        ? await findLatestEventForRecipient(
            ctx.db,
            input.grantId,
            input.recipientCode,
            input.action,
          )
        : undefined;
  if (!event) throw notFound('');
  const act = await listEventsOfAct(ctx.db, event);
  const receipt = await readReceipt(ctx.db, act);
  if (!receipt || !mayRead(ctx, receipt)) throw notFound('');
  return receipt;
}

/**
 * Agency staff see every receipt; a recipient's staff only their own organisation's acts (its
 * requisition, its report), never the agency's acts that name several organisations.
 */
function mayRead(ctx: ServiceContext, receipt: Receipt): boolean {
  if (can(ctx.user, 'agency.read')) return true;
  if (!receipt.recipient || ctx.user?.recipientCode !== receipt.recipient.code) return false;
  return can(ctx.user, 'own_organisation.read', { recipientCode: receipt.recipient.code });
}

type Parsed = {
  [A in ReceiptAction]: {
    action: A;
    after: ReturnType<(typeof AUDIT_PAYLOADS)[A]['after']['parse']>;
  };
}[ReceiptAction];

function parseAfter(event: AuditEventRecord): Parsed | null {
  if (event.legacy) return null;
  const action = event.action as ReceiptAction;
  const schema = AUDIT_PAYLOADS[action]?.after;
  if (!schema) return null;
  const parsed = schema.safeParse(event.after);
  return parsed.success ? ({ action, after: parsed.data } as Parsed) : null;
}

function signatureOf(signature: SignatureSnapshot | undefined): Receipt['signature'] {
  if (!signature) return null;
  const { method, acr, amr, authenticatedAt } = signature;
  return { method, acr, amr, authenticatedAt };
}

/** The receipt of the act's events; null when they are no binding act (or of an older shape). */
async function readReceipt(
  db: Executor,
  act: readonly AuditEventRecord[],
): Promise<Receipt | null> {
  const first = act[0];
  const parsed = first && parseAfter(first);
  if (!first || !parsed) return null;
  const grant = first.grantId ? await findGrant(db, first.grantId) : undefined;
  const actor = first.actor.startsWith('system:')
    ? undefined
    : await findUserByEmail(db, first.actor);
  const base = {
    reference: receiptReference(first.id),
    occurredAt: first.occurredAt.toISOString(),
    actorEmail: first.actor,
    actorName: actor?.name ?? null,
    grant: grant ? { id: grant.id, name: grant.name } : null,
    recipient: null,
    count: 1,
    totalKr: null,
    paymentOn: null,
    repayment: null,
    lines: [],
    signature: null,
  } satisfies Omit<Receipt, 'kind'>;
  const recipientOf = async (code: string) => {
    const [recipient] = await findRecipientsByCodes(db, [code]);
    return { code, name: recipient?.name ?? code };
  };
  const receipt = (kind: ReceiptKind, more: Partial<Receipt>): Receipt => ({
    ...base,
    kind,
    ...more,
  });
  switch (parsed.action) {
    case 'decision.issued': {
      const decisions = act.flatMap((event) => {
        const each = parseAfter(event);
        return each?.action === 'decision.issued' ? [each.after] : [];
      });
      const names = new Map(
        (await findRecipientsByCodes(db, [...new Set(decisions.map((d) => d.recipientCode))])).map(
          (r) => [r.code, r.name],
        ),
      );
      return receipt('decisions_issued', {
        count: decisions.length,
        totalKr: decisions.reduce((sum, d) => sum + d.amountKr, 0),
        lines: decisions.map((d) => ({
          recipientCode: d.recipientCode,
          recipientName: names.get(d.recipientCode) ?? d.recipientCode,
          referenceNumber: d.referenceNumber,
          amountKr: d.amountKr,
        })),
      });
    }
    case 'payout.batch_approved': {
      const lines = await listPayoutLines(db, parsed.after.id);
      return receipt('payout_batch_approved', {
        count: lines.length,
        totalKr: parsed.after.totalKr,
        paymentOn: parsed.after.paymentOn,
        lines: lines.map((line) => ({
          recipientCode: line.recipientCode,
          recipientName: line.recipientName,
          referenceNumber: line.referenceNumber || null,
          amountKr: Number(line.amountKr),
        })),
      });
    }
    case 'requisition.signed':
    case 'requisition.signed_decline': {
      const signed = parsed.after.signedVersion;
      return receipt(
        parsed.action === 'requisition.signed' ? 'requisition_signed' : 'requisition_declined',
        {
          recipient: await recipientOf(parsed.after.recipientCode),
          totalKr: signed.declines ? null : (signed.amountKr ?? 0),
          signature: signatureOf(parsed.after.signature),
        },
      );
    }
    case 'report.submitted': {
      const { repayment } = parsed.after;
      return receipt('report_submitted', {
        recipient: await recipientOf(parsed.after.recipientCode),
        totalKr: parsed.after.usedKr,
        repayment: {
          outcome: repayment.outcome,
          toRepayKr: repayment.toRepayKr,
          dueOn: repayment.dueOn,
          ocrReference: repayment.ocrReference,
        },
        signature: signatureOf(parsed.after.signature),
      });
    }
    case 'grant.status_changed': {
      const status = parsed.after.status;
      if (status !== 'published' && status !== 'closed') return null;
      return receipt(status === 'published' ? 'grant_published' : 'grant_closed', {
        totalKr: parsed.after.totalAmountKr,
      });
    }
    case 'performance.result_published':
      return receipt('performance_result_published', {
        count: parsed.after.qualified,
        totalKr: parsed.after.totalKr,
      });
    case 'allocation.published':
      return receipt('allocation_published', { totalKr: parsed.after.totalKr });
  }
}
