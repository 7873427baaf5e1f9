import type { DistributionMethod } from './distribution-method';
import type { GrantFields } from '../../db/grants';
import type { RecipientType } from '../../db/recipients';
import { DomainError } from '../../domain/errors';

/** What a case officer fills in for a grant (the API's GrantInput, with kronor as bigint). */
export interface GrantDraft {
  name: string;
  grantYear: number;
  legalBasis: string;
  appropriation: string;
  appropriationItem: string;
  totalAmountKr: bigint;
  eligibleRecipientTypes: RecipientType[];
  purpose: string;
  usageAreas: string[];
  distributionMethod: DistributionMethod;
  callOn: string | null;
  requisitionDeadlineOn: string | null;
  usageStartOn: string | null;
  usageEndOn: string | null;
  reportingDeadlineOn: string | null;
  repaymentDeadlineOn: string | null;
  rules: {
    repaymentRequired: boolean;
    waiverThresholdKr: bigint;
    minimumAmountKr: bigint;
    privateProvidersShareRequired: boolean;
    /** A second round for those who ask for more (andra omgången). */
    secondRound: boolean;
  };
}

/** Checks the rules that span fields (the HTTP schema checks each field) and gives the columns. */
export function grantDraftToFields(draft: GrantDraft): GrantFields {
  if (draft.usageStartOn && draft.usageEndOn && draft.usageEndOn < draft.usageStartOn) {
    throw new DomainError('grant.usage_period_reversed', {
      path: 'usageEndOn',
      usageStartOn: draft.usageStartOn,
      usageEndOn: draft.usageEndOn,
    });
  }
  return {
    name: draft.name,
    grantYear: draft.grantYear,
    legalBasis: draft.legalBasis,
    appropriation: draft.appropriation,
    appropriationItem: draft.appropriationItem,
    totalAmountKr: draft.totalAmountKr,
    eligibleRecipientTypes: [...new Set(draft.eligibleRecipientTypes)],
    purpose: draft.purpose,
    usageAreas: draft.usageAreas,
    distributionMethod: draft.distributionMethod,
    callOn: draft.callOn,
    requisitionDeadlineOn: draft.requisitionDeadlineOn,
    usageStartOn: draft.usageStartOn,
    usageEndOn: draft.usageEndOn,
    reportingDeadlineOn: draft.reportingDeadlineOn,
    repaymentDeadlineOn: draft.repaymentDeadlineOn,
    repaymentRequired: draft.rules.repaymentRequired,
    waiverThresholdKr: draft.rules.waiverThresholdKr,
    minimumAmountKr: draft.rules.minimumAmountKr,
    privateProvidersShareRequired: draft.rules.privateProvidersShareRequired,
    secondRound: draft.rules.secondRound,
  };
}
