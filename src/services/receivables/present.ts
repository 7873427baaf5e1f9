// Receivables and audit samples in the API's shapes (contracts/receivables.ts).
import type { AuditSample, Receivable } from '../../contracts/receivables';
import { krToJson } from '../allocation/present';
import type { AuditSampleView } from './get-audit-samples';
import type { ReceivableRow, ReceivablesView } from './get-receivables';

export function presentReceivable(row: ReceivableRow): Receivable {
  return {
    kind: row.kind,
    id: row.id,
    referenceNumber: row.referenceNumber,
    recipientCode: row.recipientCode,
    recipientName: row.recipientName,
    revision: row.revision,
    ocrReference: row.ocrReference,
    dueOn: row.dueOn,
    amountKr: krToJson(row.amountKr),
    paidKr: krToJson(row.paidKr),
    outstandingKr: krToJson(row.outstandingKr),
    state: row.state,
    payments: row.payments.map((p) => ({
      id: p.id,
      paidOn: p.paidOn,
      amountKr: krToJson(p.amountKr),
      payerReference: p.payerReference,
      createdAt: p.createdAt.toISOString(),
      createdBy: p.createdBy,
    })),
  };
}

export function presentTotals(view: Pick<ReceivablesView, 'totals' | 'counts'>) {
  return {
    totals: {
      amountKr: krToJson(view.totals.amountKr),
      paidKr: krToJson(view.totals.paidKr),
      outstandingKr: krToJson(view.totals.outstandingKr),
      overdueKr: krToJson(view.totals.overdueKr),
    },
    counts: view.counts,
  };
}

export function presentSample(view: AuditSampleView): AuditSample {
  const { sample } = view;
  return {
    id: sample.id,
    grantId: sample.grantId,
    seed: sample.seed,
    populationSize: sample.populationSize,
    createdAt: sample.createdAt.toISOString(),
    createdBy: sample.createdBy,
    strata: view.strata.map((s) => ({
      fromKr: Number(s.fromKr),
      toKr: s.toKr === null ? null : Number(s.toKr),
      populationSize: s.populationSize,
      size: s.size,
    })),
    items: view.items.map((i) => ({
      recipientCode: i.recipientCode,
      recipientName: i.recipientName,
      revision: i.revision,
      stratumIndex: i.stratumIndex,
      drawOrder: i.drawOrder,
      receivedKr: krToJson(i.receivedKr),
      finding:
        i.findingOutcome === null
          ? null
          : {
              outcome: i.findingOutcome,
              text: i.findingText ?? '',
              recordedAt: i.findingAt?.toISOString() ?? '',
              recordedBy: i.findingBy ?? '',
            },
    })),
  };
}
