// Requisition use-case results in the API's JSON shapes (routes/requisitions.schema.ts).
import type { GrantRecord } from '../../db/grants';
import { krToJson } from '../allocation/present';
import type { RequisitionOverview as OverviewResult } from './get-requisition-overview';
import type { RequisitionView as ViewResult } from './get-requisition';
import type { SecondRoundView } from './get-second-round';
import { explanationToJson } from '../allocation/present';
import {
  latePermissionToJson,
  requisitionToJson,
  requisitionVersionToJson,
} from './requisition-common';
import { presentAuditEvent } from '../grants/present';
import type {
  RequisitionInput,
  RequisitionOverview,
  RequisitionView,
  SecondRound,
} from '../../contracts/requisition';
import type { RequisitionContent } from '../../domain/requisition/requisition';

export function toRequisitionContent(input: RequisitionInput): RequisitionContent {
  return {
    declines: input.declines,
    amountKr: input.amountKr === null ? null : BigInt(input.amountKr),
    wantsMore: input.wantsMore,
    moreAmountKr: input.moreAmountKr === null ? null : BigInt(input.moreAmountKr),
    contactName: input.contact.name,
    contactEmail: input.contact.email.toLowerCase(),
    contactPhone: input.contact.phone,
  };
}

function presentGrantTerms(grant: GrantRecord) {
  return {
    id: grant.id,
    name: grant.name,
    grantYear: grant.grantYear,
    status: grant.status,
    requisitionDeadlineOn: grant.requisitionDeadlineOn,
    secondRound: grant.secondRound,
  };
}

export function presentRequisitionView(view: ViewResult): RequisitionView {
  return {
    grant: presentGrantTerms(view.grant),
    recipientCode: view.recipientCode,
    allocatedKr: krToJson(view.allocatedKr),
    window: view.openness.window,
    latePermission: view.openness.latePermission
      ? latePermissionToJson(view.openness.latePermission)
      : null,
    secondRoundConfirmed: view.openness.secondRoundConfirmed,
    requisition: view.requisition ? requisitionToJson(view.requisition) : null,
    versions: view.versions.map(requisitionVersionToJson),
    history: view.history.map(presentAuditEvent),
  };
}

export function presentRequisitionOverview(overview: OverviewResult): RequisitionOverview {
  const { totals, secondRound } = overview;
  return {
    grant: presentGrantTerms(overview.grant),
    rows: overview.rows.map((row) => ({
      recipientCode: row.recipientCode,
      recipientName: row.recipientName,
      allocatedKr: krToJson(row.allocatedKr),
      state: row.state,
      requisitionId: row.requisition?.id ?? null,
      signedKr: krToJson(row.signedKr),
      draftKr: krToJson(row.draftKr),
      moreRequestedKr: krToJson(row.moreRequestedKr),
      secondRoundKr: row.secondRoundKr === null ? null : krToJson(row.secondRoundKr),
      contact: row.requisition
        ? {
            name: row.requisition.contactName,
            email: row.requisition.contactEmail,
            phone: row.requisition.contactPhone,
          }
        : null,
      accountEmails: row.accountEmails,
      latePermission: row.latePermission ? latePermissionToJson(row.latePermission) : null,
      updatedAt: row.requisition?.updatedAt.toISOString() ?? null,
    })),
    totals: {
      grantTotalKr: krToJson(totals.grantTotalKr),
      allocatedKr: krToJson(totals.allocatedKr),
      signedKr: krToJson(totals.signedKr),
      draftKr: krToJson(totals.draftKr),
      moreRequestedKr: krToJson(totals.moreRequestedKr),
      notRequisitionedKr: krToJson(totals.notRequisitionedKr),
      sharePercent: totals.sharePercent,
      counts: totals.counts,
    },
    secondRound: secondRound
      ? {
          id: secondRound.id,
          leftoverKr: krToJson(secondRound.leftoverKr),
          totalKr: krToJson(secondRound.totalKr),
          unallocatedKr: krToJson(secondRound.unallocatedKr),
          confirmedAt: secondRound.confirmedAt.toISOString(),
          confirmedBy: secondRound.confirmedBy,
        }
      : null,
  };
}

export function presentSecondRound(view: SecondRoundView): SecondRound {
  if (view.status === 'confirmed') {
    const { round } = view;
    return {
      status: 'confirmed',
      grantTotalKr: krToJson(round.grantTotalKr),
      signedTotalKr: krToJson(round.signedTotalKr),
      leftoverKr: krToJson(round.leftoverKr),
      totalKr: krToJson(round.totalKr),
      unallocatedKr: krToJson(round.unallocatedKr),
      checksum: round.checksum,
      confirmedAt: round.confirmedAt.toISOString(),
      confirmedBy: round.confirmedBy,
      rows: view.rows.map((row) => ({
        recipientCode: row.recipientCode,
        recipientName: row.recipientName,
        keyKr: krToJson(row.keyKr),
        requestedKr: krToJson(row.requestedKr),
        amountKr: krToJson(row.amountKr),
        requisitionId: row.requisitionId,
        requisitionVersionId: row.requisitionVersionId,
        explanation: row.explanation,
      })),
    };
  }
  const { computation } = view;
  const { result } = computation;
  return {
    status: 'preview',
    grantTotalKr: krToJson(computation.grantTotalKr),
    signedTotalKr: krToJson(computation.signedTotalKr),
    leftoverKr: krToJson(result.leftoverKr),
    totalKr: krToJson(result.totalKr),
    unallocatedKr: krToJson(result.unallocatedKr),
    checksum: computation.checksum,
    confirmedAt: null,
    confirmedBy: null,
    rows: computation.lines.map((line) => ({
      recipientCode: line.recipientCode,
      recipientName: line.recipientName,
      keyKr: krToJson(line.keyKr),
      requestedKr: krToJson(line.requestedKr),
      amountKr: krToJson(line.row.amountKr),
      requisitionId: line.version.requisitionId,
      requisitionVersionId: line.version.id,
      explanation: explanationToJson(line.row),
    })),
  };
}
