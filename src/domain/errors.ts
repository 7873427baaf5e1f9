import type { GovernmentReportFileCode } from './government-report/file-messages';
import type { GovernmentReportIssueCode } from './government-report/issue-messages';
import type { IssueCode, IssueParams } from './issues';
import type { PaymentIssueCode } from './payments/issue-messages';
import type { PerformanceIssueCode } from './performance/issue-messages';
import type { RepaymentIssueCode } from './repayment/issue-messages';
import type { ReportingIssueCode } from './reporting/issue-messages';

// Every code the product throws or reports, in one union. Codes outlive the code that throws them:
// clients, the web and the e2e tests read them from problem answers, so each is declared once here
// and the compiler checks that each has a sentence in Swedish and English (its feature's catalogue)
// and an HTTP status (src/http/problem.ts). The domain's own catalogues (`issues.ts` and the
// concepts' `issue-messages.ts`) declare their codes by their keys; the lists below are the codes
// whose sentences live outside the domain, which the dependency rule keeps the domain from seeing.

/** Codes of the grant use cases; sentences in services/grants/messages.ts. */
interface GrantCodes {
  /** No grant has this id (or the user may not see it). */
  'grant.not_found': true;
  /** The grant was changed by someone else since it was loaded. */
  'grant.version_conflict': true;
  /** Only a draft grant can be edited or given a new allocation. */
  'grant.not_draft': true;
  /** The usage period ends before it starts. */
  'grant.usage_period_reversed': true;
  /** Statuses go one step forward at a time. */
  'grant.status_transition_not_allowed': true;
  /** A performance-based grant is published once its calculation is. */
  'grant.no_published_performance_result': true;
  /** Publishing the grant needs a published allocation. */
  'grant.no_published_allocation': true;
  /** The published allocation does not distribute the grant's amount. */
  'grant.allocation_total_differs': true;
}

/** Codes of the allocation use cases; sentences in services/allocation/messages.ts. */
interface AllocationCodes {
  /** No allocation has this id. */
  'allocation.not_found': true;
  /** A published allocation is frozen. */
  'allocation.already_published': true;
  /** The model's budget must be the grant's amount. */
  'allocation.budget_differs_from_grant': true;
}

/** Codes of the recipient register; sentences in services/recipients/messages.ts. */
interface RecipientCodes {
  /** Two codes of one organisation (Gotland) got different organisation numbers. */
  'recipient.same_organisation_differs': true;
  /** No recipient has this code, or it is another organisation's. */
  'recipient.not_found': true;
  /** A postal code that is not five digits (NNN NN). */
  'recipient.postal_code_invalid': true;
  /** A postal address without its postal code or town: a letter could not reach it. */
  'recipient.address_incomplete': true;
  /** A municipality group that is none of SKR's nine (A1 … C9). */
  'recipient.size_group_invalid': true;
  /** A municipality group given for a region: the groups are of municipalities. */
  'recipient.size_group_not_municipality': true;
}

/** Codes of signing in, accounts and roles; sentences in services/access/messages.ts. */
interface AccessCodes {
  /** The request needs a signed-in user. */
  'auth.unauthenticated': true;
  /** The signed-in user's roles do not allow this. */
  'auth.forbidden': true;
  /** Wrong email or password; deliberately not saying which. */
  'auth.invalid_credentials': true;
  /** Too many failed sign-ins from one address or for one account. */
  'auth.too_many_attempts': true;
  /** OpenID Connect sign-in is not set up on this server. */
  'auth.oidc_not_configured': true;
  /** The identity provider's verified email matches no active account. */
  'auth.oidc_unknown_account': true;
  /** The identity provider gave no email, or did not say it is verified. */
  'auth.oidc_email_not_verified': true;
  /** The provider's answer could not be checked, or it reported an error. */
  'auth.oidc_failed': true;
  /** The email's account is bound to another identity at the same provider. */
  'auth.oidc_identity_conflict': true;
  /** A signing act needs a step-up proof of this person for this very act, unused and unexpired. */
  'auth.step_up_required': true;
  /** The password re-entered to sign is wrong. */
  'auth.step_up_wrong_password': true;
  /** An identity provider is configured: signing steps up there, not with the password. */
  'auth.step_up_use_provider': true;
  /** The provider's authentication is not fresh (before the request, or minutes old). */
  'auth.step_up_stale': true;
  /** The provider's authentication is below the level of assurance signing requires. */
  'auth.step_up_level': true;
  /** Someone else authenticated at the provider than the person signed in here. */
  'auth.step_up_subject': true;
  /** Four eyes: the one who took the first step (prepared, built, proposed) cannot complete it. */
  'auth.same_person': true;
  /** An account an administrator deactivated is reactivated by an administrator only. */
  'user.reactivation_needs_admin': true;
  /** The account is deactivated: no password link is issued or used for it. */
  'user.inactive': true;
  /** No account with this id that the user may manage. */
  'user.not_found': true;
  /** An account with this email exists. */
  'user.email_taken': true;
  /** The organisation code of a new account is not in the register. */
  'user.unknown_organisation': true;
  /** The role does not fit the account (organisation or grant). */
  'user.role_does_not_fit': true;
  /** Nobody changes their own roles (an administrator neither: another administrator does). */
  'user.cannot_change_own_roles': true;
  /** Nobody deactivates their own account. */
  'user.cannot_deactivate_self': true;
  /** Changing the password: the current one given is wrong. */
  'user.wrong_password': true;
  /** The new password is shorter than the minimum. */
  'user.password_too_short': true;
  /** The new password is common, breached or easy to guess (NIST SP 800-63B blocklist). */
  'user.password_guessable': true;
  /** The one-time password link is unknown, used or expired. */
  'user.password_link_invalid': true;
  /** No such binding of the account to an identity provider. */
  'user.identity_not_found': true;
}

/** Codes of the performance-based grant use cases; sentences in services/performance/messages.ts. */
interface PerformanceCodes {
  /** The grant distributes by key or formula, not by performance. */
  'performance.not_performance_grant': true;
  /** The set-up lacks the model. */
  'performance.model_missing': true;
  /** The set-up lacks the allocation key. */
  'performance.key_missing': true;
  /** The model's total must be the grant's amount. */
  'performance.total_differs_from_grant': true;
  /** A column of the figures file that is no figure of the model. */
  'performance.unknown_column': true;
  /** Figures for a recipient that has not registered interest. */
  'performance.not_registered': true;
  /** A recipient code that is not in the allocation key registers interest. */
  'performance.recipient_not_eligible': true;
  /** The last day to register interest has passed. */
  'performance.interest_deadline_passed': true;
  /** The last day to report figures has passed. */
  'performance.figures_deadline_passed': true;
  /** The last day to report figures is before the last day to register. */
  'performance.figures_deadline_before_interest': true;
  /** Someone saved the recipient's figures since the form was opened. */
  'performance.figures_version_conflict': true;
  /** A value for a name that is no figure of the model. */
  'performance.unknown_figure': true;
  /** No reported figures to calculate from. */
  'performance.no_figures': true;
  /** No calculation has this id. */
  'performance.result_not_found': true;
  /** A published calculation is frozen. */
  'performance.result_already_published': true;
  /** The set-up cannot change once a calculation is published. */
  'performance.result_published': true;
}

/** Codes of requisitions and the second round; sentences in services/requisition/messages.ts. */
interface RequisitionCodes {
  /** The organisation has no amount in the grant's published allocation. */
  'requisition.not_eligible': true;
  /** No requisition has this id (or the organisation has none). */
  'requisition.not_found': true;
  /** The requisition was changed by someone else since it was loaded. */
  'requisition.version_conflict': true;
  /** The organisation already has a requisition of the grant. */
  'requisition.already_exists': true;
  /** The last day to requisition (and any late permission) has passed. */
  'requisition.deadline_passed': true;
  /** The grant is not published or not distributed by key. */
  'requisition.grant_not_open': true;
  /** The second round is confirmed; requisitions are frozen. */
  'requisition.second_round_confirmed': true;
  /** Only a draft can be signed. */
  'requisition.not_draft': true;
  /** Only a signed requisition can be withdrawn. */
  'requisition.not_signed': true;
  /** Declining carries no amount. */
  'requisition.declines_with_amount': true;
  /** Declining cannot ask for more in the second round. */
  'requisition.declines_with_more': true;
  /** Neither an amount nor a decline. */
  'requisition.amount_missing': true;
  /** The amount is 0 or less. */
  'requisition.amount_not_positive': true;
  /** The amount is more than the organisation's allocation. */
  'requisition.amount_over_allocation': true;
  /** Asking for more where the grant has no second round. */
  'requisition.no_second_round': true;
  /** Asking for more without saying how much. */
  'requisition.more_amount_missing': true;
  /** An amount for the second round without asking for more. */
  'requisition.more_amount_without_request': true;
  /** A late permission's last day has already passed. */
  'requisition.late_until_passed': true;
  /** A late permission's last day is not after the deadline. */
  'requisition.late_until_before_deadline': true;
  /** The organisation has no late permission to revoke. */
  'requisition.late_permission_not_found': true;
  /** The late permission was used and can no longer be revoked. */
  'requisition.late_permission_used': true;
  /** The grant has no second round. */
  'second_round.not_enabled': true;
  /** The second round runs only after the requisition deadline. */
  'second_round.deadline_not_passed': true;
  /** A late permission is still open. */
  'second_round.late_permission_open': true;
  /** The second round is already confirmed. */
  'second_round.already_confirmed': true;
  /** The basis changed after the second round was reviewed. */
  'second_round.changed': true;
}

/** Codes of decisions; sentences in services/decisions/messages.ts. */
interface DecisionCodes {
  /** No decision has this id, or it is not the user's organisation's. */
  'decision.not_found': true;
  /** No source of decided amounts of this kind is available. */
  'decision.source_not_available': true;
  /** The grant has no published performance result to decide from. */
  'decision.no_published_result': true;
  /** The decision is already issued. */
  'decision.already_issued': true;
  /** Nothing to issue: the grant has no draft decisions. */
  'decision.no_drafts': true;
  /** A named decision is not a draft of this grant. */
  'decision.not_a_draft_of_grant': true;
  /** Only an issued decision can be corrected. */
  'decision.not_issued': true;
  /** A decision is corrected at most once. */
  'decision.already_corrected': true;
  /** A draft clawback is changed through its audit finding, not directly. */
  'decision.not_editable': true;
  /** The draft's source no longer lists its amount. */
  'decision.source_changed': true;
  /** A draft's amount above what its source allows. */
  'decision.amount_over_source': true;
  /** No issued decision to print. */
  'decision.none_issued': true;
}

/** Codes of payouts; sentences in services/payouts/messages.ts. */
interface PayoutCodes {
  /** A recipient paid by bank transfer lacks an account. */
  'payout.account_missing': true;
  /** Every issued decision is already in a payout batch. */
  'payout.nothing_to_pay': true;
  /** No payout batch has this id. */
  'payout.batch_not_found': true;
  /** Batches go draft → approved → paid. */
  'payout.status_transition_not_allowed': true;
  /** No change of the organisation's payment account is waiting to be confirmed. */
  'payment_account.no_pending_change': true;
  /** The change waiting for confirmation is not the one the confirmer saw (changed meanwhile). */
  'payment_account.pending_changed': true;
  /** Paid on a day before the batch was approved. */
  'payout.paid_before_approval': true;
}

/** Codes of receivables, audit samples and clawbacks; sentences in services/receivables/messages.ts. */
interface ReceivableCodes {
  /** The organisation's latest report carries no repayment demand. */
  'receivable.not_found': true;
  /** A payment of more than is outstanding. */
  'receivable.overpayment': true;
  /** A payment of 0 kr or less. */
  'receivable.amount_not_positive': true;
  /** A payment dated in the future. */
  'receivable.paid_on_in_future': true;
  /** The sample's seed is not a 32-bit unsigned integer. */
  'audit_sample.invalid_seed': true;
  /** The strata do not start at 0 kr with ascending bounds. */
  'audit_sample.strata_not_ascending': true;
  /** A stratum asks for more reports than it holds. */
  'audit_sample.stratum_too_small': true;
  /** A unit appears twice in the population. */
  'audit_sample.duplicate_unit': true;
  /** A unit has a negative amount. */
  'audit_sample.negative_amount': true;
  /** No sample with this id on the grant, or the organisation is not in it. */
  'audit_sample.not_found': true;
  /** The grant has no submitted report to draw from. */
  'audit_sample.empty_population': true;
  /** The finding on the report did not propose a clawback. */
  'clawback.not_proposed': true;
  /** The clawback is 0 kr or more than was received. */
  'clawback.amount_out_of_range': true;
  /** The clawback's due date is not after today. */
  'clawback.due_on_not_future': true;
}

/** Codes of the agency's settings; sentences in services/settings/messages.ts. */
/** Codes of receipts (kvittenser) of binding acts; sentences in services/receipts/messages.ts. */
interface ReceiptCodes {
  /** No receipt has this reference, or the user may not see the act. */
  'receipt.not_found': true;
}

interface SettingsCodes {
  /** A required field of the agency's settings is empty. */
  'agency.required': true;
  /** A field is longer than allowed. */
  'agency.too_long': true;
  /** The reference series is not 1–10 capital letters and digits. */
  'agency.series_invalid': true;
  /** Not an email address. */
  'agency.email_invalid': true;
  /** Not a phone number. */
  'agency.phone_invalid': true;
  /** Someone else changed the settings first. */
  'agency.version_conflict': true;
  /** A repayment demand cannot go out while the agency has no bankgiro to pay to. */
  'agency.bankgiro_missing': true;
}

/** The HTTP layer's own codes; sentences and statuses in src/http/problem.ts. */
interface HttpCodes {
  /** The request could not be read (bad JSON, a fastify 4xx, failed request validation). */
  'request.invalid': true;
  /** The body's content type is not one the route takes. */
  'request.unsupported_media_type': true;
  /** The input was read but cannot be accepted (the problem of a list of issues). */
  'input.invalid': true;
  /** The state-changing request lacks a valid CSRF token or comes from another site. */
  'auth.csrf': true;
  /** No route has this address. */
  'route.not_found': true;
  /** The uploaded file is larger than the limit. */
  'upload.too_large': true;
  /** A request body (JSON) is larger than the body limit. */
  'request.too_large': true;
  /** More than one file (or too many parts) in an upload. */
  'upload.too_many_files': true;
  /** A file or field the upload needs is missing. */
  'upload.file_missing': true;
  /** An upload that is not multipart/form-data. */
  'upload.not_multipart_content': true;
  /** An unexpected error; the details are in the server log. */
  internal: true;
  /** The database cannot be reached right now (stopped, restarting, frozen): try again soon. */
  'service.unavailable': true;
}

/** Request validation's codes, one per zod issue kind; sentences in src/http/zod-messages.ts. */
interface ValidationCodes {
  /** A value of the wrong type, or a missing value. */
  'validation.invalid_type': true;
  /** A number, text or list above its maximum. */
  'validation.too_big': true;
  /** A number, text or list below its minimum. */
  'validation.too_small': true;
  /** A text not of its format (date, UUID, email, pattern). */
  'validation.invalid_format': true;
  /** A number that is not a multiple of its step. */
  'validation.not_multiple_of': true;
  /** Fields the schema does not know. */
  'validation.unrecognized_keys': true;
  /** A value that fits none of the alternatives of a union. */
  'validation.invalid_union': true;
  /** A record key that is invalid. */
  'validation.invalid_key': true;
  /** A map or set element that is invalid. */
  'validation.invalid_element': true;
  /** A value not among the allowed ones. */
  'validation.invalid_value': true;
  /** A schema's own refinement failed. */
  'validation.custom': true;
}

export type GrantCode = keyof GrantCodes;
export type AllocationCode = keyof AllocationCodes;
export type RecipientCode = keyof RecipientCodes;
export type AccessCode = keyof AccessCodes;
export type PerformanceCode = keyof PerformanceCodes;
export type RequisitionCode = keyof RequisitionCodes;
export type DecisionCode = keyof DecisionCodes;
export type PayoutCode = keyof PayoutCodes;
export type ReceivableCode = keyof ReceivableCodes;
export type SettingsCode = keyof SettingsCodes;
export type ReceiptCode = keyof ReceiptCodes;
export type HttpCode = keyof HttpCodes;
export type ValidationCode = keyof ValidationCodes;

/** Every code the product throws (DomainError) or reports (Issue). */
export type ErrorCode =
  | IssueCode
  | PaymentIssueCode
  | PerformanceIssueCode
  | RepaymentIssueCode
  | ReportingIssueCode
  | GovernmentReportIssueCode
  | GovernmentReportFileCode
  | GrantCode
  | AllocationCode
  | RecipientCode
  | AccessCode
  | PerformanceCode
  | RequisitionCode
  | DecisionCode
  | PayoutCode
  | ReceivableCode
  | SettingsCode
  | ReceiptCode
  | HttpCode
  | ValidationCode;

/**
 * A single rule broken inside the domain: "the budget cannot cover the minimums". Thrown, not
 * returned, because the caller cannot go on; expected multi-issue outcomes (file imports) return
 * `Issue[]` instead. `describeAnyIssue` (src/http/problem.ts) turns code and params into a sentence.
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly params: IssueParams;

  constructor(code: ErrorCode, params: IssueParams = {}) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'DomainError';
    this.code = code;
    this.params = params;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
