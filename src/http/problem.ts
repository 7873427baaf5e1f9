// Every error the API answers with is application/problem+json (RFC 9457):
// { type, title, status, detail, errors: [{ file?, row?, column?, path?, code, message }] }.
// One map turns error codes into statuses; every zod and domain issue becomes one entry of
// `errors`, in Swedish unless the client prefers English. An unexpected error is a 500 whose body
// carries only a log id: the details are in the server log, never in the answer.
import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { $ZodIssue } from 'zod/v4/core';
import { type ErrorCode, type HttpCode, isDomainError } from '../domain/errors';
import {
  describeIssueLocation,
  firstIssues,
  type Issue,
  type IssueParams,
  MAX_REPORTED_ISSUES,
  paramText,
  ISSUE_MESSAGES,
  type MessageCatalogue,
} from '../domain/issues';
import { PAYMENT_ISSUE_MESSAGES } from '../domain/payments/issue-messages';
import { PERFORMANCE_ISSUE_MESSAGES } from '../domain/performance/issue-messages';
import { GOVERNMENT_REPORT_FILE_MESSAGES } from '../domain/government-report/file-messages';
import { GOVERNMENT_REPORT_ISSUE_MESSAGES } from '../domain/government-report/issue-messages';
import { REPAYMENT_ISSUE_MESSAGES } from '../domain/repayment/issue-messages';
import { REPORTING_ISSUE_MESSAGES } from '../domain/reporting/issue-messages';
import type { Locale } from '../domain/money';
import { ACCESS_MESSAGES } from '../services/access/messages';
import { ALLOCATION_MESSAGES } from '../services/allocation/messages';
import { DECISION_MESSAGES } from '../services/decisions/messages';
import { GRANT_MESSAGES } from '../services/grants/messages';
import { PAYOUT_MESSAGES } from '../services/payouts/messages';
import { PERFORMANCE_MESSAGES } from '../services/performance/messages';
import { RECEIPT_MESSAGES } from '../services/receipts/messages';
import { RECEIVABLE_MESSAGES } from '../services/receivables/messages';
import { RECIPIENT_MESSAGES } from '../services/recipients/messages';
import { REQUISITION_MESSAGES } from '../services/requisition/messages';
import { SETTINGS_MESSAGES } from '../services/settings/messages';
import { isDatabaseUnavailable } from '../db/database-unavailable';
import { InvalidInputError } from '../services/common/invalid-input-error';
import type { Problem, ProblemIssue } from '../contracts/problem';
import { MAX_JSON_BODY_BYTES, MAX_UPLOAD_BYTES, megabytes } from './upload';
import { describeZodIssue, validationCode, VALIDATION_MESSAGES } from './zod-messages';

const TITLES = {
  400: { sv: 'Begäran är felaktig', en: 'The request is invalid' },
  401: { sv: 'Du behöver logga in', en: 'You need to sign in' },
  403: { sv: 'Du har inte behörighet', en: 'You do not have access' },
  404: { sv: 'Hittades inte', en: 'Not found' },
  405: { sv: 'Metoden stöds inte', en: 'Method not allowed' },
  409: {
    sv: 'Ändringen kan inte göras i nuvarande läge',
    en: 'The change conflicts with the current state',
  },
  413: { sv: 'Filen är för stor', en: 'The file is too large' },
  415: { sv: 'Formatet stöds inte', en: 'Unsupported format' },
  422: { sv: 'Uppgifterna kan inte godtas', en: 'The input cannot be accepted' },
  429: { sv: 'För många försök', en: 'Too many attempts' },
  500: { sv: 'Ett oväntat fel inträffade', en: 'An unexpected error occurred' },
  503: { sv: 'Tjänsten är tillfälligt otillgänglig', en: 'The service is temporarily unavailable' },
} satisfies Record<number, Record<Locale, string>>;

/** A status the API answers with; each has a title in `TITLES`. */
export type HttpStatus = keyof typeof TITLES;

/**
 * The HTTP status of every code: 422 for input that cannot be accepted, 404 for what does not
 * exist, 409 for a change the current state does not allow. The compiler checks that no code is
 * left out, so a new code cannot fall back to a status by accident.
 */
export const STATUS_BY_CODE: { readonly [Code in ErrorCode]: HttpStatus } = {
  // ---- files, tables, recipients, keys, model.json, the allocation engine (domain/issues.ts) ----
  'text.control_character': 422,
  'text.too_long': 422,
  'file.unsupported_type': 422,
  'file.not_found': 422,
  'file.empty': 422,
  'file.unreadable': 422,
  'file.no_worksheet': 422,
  'file.duplicate_column': 422,
  'file.unnamed_column': 422,
  'file.wrong_cell_count': 422,
  'file.csv_quote': 422,
  'file.too_many_rows': 422,
  'file.too_many_cells': 422,
  'file.unpacked_too_large': 422,
  'file.too_large': 422,
  'file.too_many_columns': 422,
  'table.no_indicator_column': 422,
  'issues.omitted': 422,
  'file.formula_without_result': 422,
  'file.unsupported_cell': 422,
  'table.missing_column': 422,
  'table.no_rows': 422,
  'cell.missing': 422,
  'cell.not_a_number': 422,
  'cell.not_whole_kronor': 422,
  'cell.negative': 422,
  'recipient.unknown': 422,
  'recipient.ambiguous_name': 422,
  'recipient.duplicate': 422,
  'recipient.not_eligible': 422,
  'key.no_recipient_column': 422,
  'key.no_amount_column': 422,
  'key.sum_mismatch': 422,
  'key.total_row_mismatch': 422,
  'model.invalid_json': 422,
  'model.missing_field': 422,
  'model.wrong_type': 422,
  'model.not_whole_kronor': 422,
  'model.negative': 422,
  'model.empty_text': 422,
  'model.empty_list': 422,
  'model.unknown_field': 422,
  'model.invalid_fraction': 422,
  'model.amount_and_fraction': 422,
  'model.duplicate_name': 422,
  'model.invalid': 422,
  'allocation.no_components': 422,
  'allocation.no_recipients': 422,
  'allocation.component_amount_missing': 422,
  'allocation.component_amount_and_fraction': 422,
  'allocation.components_do_not_sum': 422,
  'allocation.indicator_total_zero': 422,
  'allocation.indicator_missing': 422,
  'allocation.negative_indicator': 422,
  'allocation.duplicate_recipient': 422,
  'allocation.negative_amount': 422,
  'allocation.budget_below_minimums': 422,
  'allocation.all_weights_zero': 422,
  'allocation.negative_weight': 422,
  'allocation.duplicate_id': 422,
  'org_number.invalid_format': 422,
  'org_number.check_digit': 422,
  'cli.unsupported_output': 422,
  // ---- payment details (domain/payments) --------------------------------------------------------
  'bankgiro.invalid_format': 422,
  'bankgiro.check_digit': 422,
  'plusgiro.invalid_format': 422,
  'plusgiro.check_digit': 422,
  'ocr.invalid_format': 422,
  'ocr.check_digit': 422,
  'ocr.length_digit': 422,
  'ocr.invalid_base': 422,
  // ---- performance models and calculations (domain/performance) ---------------------------------
  'expression.unexpected_character': 422,
  'expression.unknown_unit': 422,
  'expression.unexpected_token': 422,
  'expression.expected': 422,
  'expression.expected_value': 422,
  'expression.expects_number': 422,
  'expression.expects_condition': 422,
  'expression.chained_comparison': 422,
  'expression.unknown_figure': 422,
  'expression.unknown_function': 422,
  'expression.argument_count': 422,
  'expression.branch_types_differ': 422,
  'performance.duplicate_id': 422,
  'performance.unknown_measurement_point': 422,
  'performance.unknown_condition': 422,
  'performance.fractions_do_not_sum': 422,
  'performance.invalid_range': 422,
  'performance.reserved_name': 422,
  'performance.invalid_name': 422,
  'performance.invalid_date': 422,
  'performance.invalid_number': 422,
  'performance.not_integer': 422,
  'performance.out_of_range': 422,
  'performance.recipient_not_in_key': 422,
  'performance.no_qualifiers': 422,
  // ---- repayments (domain/repayment) ------------------------------------------------------------
  'repayment.used_exceeds_received': 422,
  'repayment.negative_amount': 422,
  'repayment.duplicate_recipient': 422,
  'repayment.negative_waiver_threshold': 422,
  // ---- the report to the government (domain/government-report) ---------------------------------
  'government_report.bad_questionnaire': 422,
  'government_report.malformed_line': 422,
  'government_report.duplicate_recipient': 422,
  'government_report.unknown_question': 422,
  'government_report.unknown_choice': 422,
  'government_report.wrong_answer_type': 422,
  'government_report.grant_count': 422,
  'government_report.not_public': 404,
  'government_report.no_such_table': 404,
  // ---- follow-up forms and reports (domain/reporting) -------------------------------------------
  'form.not_object': 422,
  'form.not_array': 422,
  'form.not_boolean': 422,
  'form.not_number': 422,
  'form.unknown_property': 422,
  'form.no_pages': 422,
  'form.missing_name': 422,
  'form.invalid_name': 422,
  'form.duplicate_name': 422,
  'form.missing_title': 422,
  'form.unsupported_type': 422,
  'form.unknown_usage_area': 422,
  'form.no_items': 422,
  'form.missing_value': 422,
  'form.duplicate_value': 422,
  'form.reserved_value': 422,
  'form.invalid_scale': 422,
  'form.number_input_required': 422,
  'form.invalid_range': 422,
  'form.invalid_condition': 422,
  'form.condition_unknown_question': 422,
  'form.no_cost_categories': 422,
  'form.unknown_template': 422,
  'report.required': 422,
  'report.other_text_required': 422,
  'report.survey_rule': 422,
  'report.unknown_answer': 422,
  'report.not_a_choice': 422,
  'report.duplicate_choice': 422,
  'report.out_of_range': 422,
  'report.not_a_number': 422,
  'report.not_whole_kronor': 422,
  'report.not_text': 422,
  'report.text_too_long': 422,
  'report.not_a_table': 422,
  'report.negative_amount': 422,
  'report.used_exceeds_received': 422,
  'report.costs_do_not_sum': 422,
  'report.hidden_answer': 422,
  'report_form.not_found': 404,
  'report_form.version_conflict': 409,
  'report.not_found': 404,
  'report.version_conflict': 409,
  'report.deadline_passed': 409,
  'report.not_draft': 409,
  'report.not_submitted': 409,
  'report.grant_not_open': 409,
  // ---- grants -----------------------------------------------------------------------------------
  'grant.not_found': 404,
  'grant.version_conflict': 409,
  'grant.not_draft': 409,
  'grant.usage_period_reversed': 422,
  'grant.status_transition_not_allowed': 409,
  'grant.no_published_performance_result': 409,
  'grant.no_published_allocation': 409,
  'grant.allocation_total_differs': 409,
  // ---- allocations ------------------------------------------------------------------------------
  'allocation.not_found': 404,
  'allocation.already_published': 409,
  'allocation.budget_differs_from_grant': 422,
  // ---- recipients -------------------------------------------------------------------------------
  'recipient.same_organisation_differs': 422,
  'recipient.not_found': 404,
  'recipient.postal_code_invalid': 422,
  'recipient.address_incomplete': 422,
  'recipient.size_group_invalid': 422,
  'recipient.size_group_not_municipality': 422,
  // ---- signing in and accounts ------------------------------------------------------------------
  'auth.unauthenticated': 401,
  'auth.forbidden': 403,
  'auth.invalid_credentials': 401,
  'auth.too_many_attempts': 429,
  'auth.oidc_not_configured': 404,
  'auth.oidc_unknown_account': 403,
  'auth.oidc_email_not_verified': 403,
  'auth.oidc_failed': 400,
  'user.not_found': 404,
  'user.email_taken': 409,
  'user.unknown_organisation': 422,
  'user.role_does_not_fit': 422,
  'user.cannot_change_own_roles': 409,
  'user.cannot_deactivate_self': 409,
  'user.wrong_password': 422,
  'user.password_too_short': 422,
  'user.password_guessable': 422,
  'user.password_link_invalid': 422,
  'auth.oidc_identity_conflict': 403,
  'auth.same_person': 403,
  'auth.step_up_required': 403,
  'auth.step_up_wrong_password': 422,
  'auth.step_up_use_provider': 409,
  'auth.step_up_stale': 403,
  'auth.step_up_level': 403,
  'auth.step_up_subject': 403,
  'user.reactivation_needs_admin': 403,
  'user.inactive': 409,
  'user.identity_not_found': 404,
  // ---- performance-based grants -----------------------------------------------------------------
  'performance.not_performance_grant': 409,
  'performance.model_missing': 409,
  'performance.key_missing': 409,
  'performance.total_differs_from_grant': 422,
  'performance.unknown_column': 422,
  'performance.not_registered': 422,
  'performance.recipient_not_eligible': 422,
  'performance.interest_deadline_passed': 409,
  'performance.figures_deadline_passed': 409,
  'performance.figures_deadline_before_interest': 422,
  'performance.figures_version_conflict': 409,
  'performance.unknown_figure': 422,
  'performance.no_figures': 409,
  'performance.result_not_found': 404,
  'performance.result_already_published': 409,
  'performance.result_published': 409,
  // ---- requisitions and the second round --------------------------------------------------------
  'requisition.not_eligible': 404,
  'requisition.not_found': 404,
  'requisition.version_conflict': 409,
  'requisition.already_exists': 409,
  'requisition.deadline_passed': 409,
  'requisition.grant_not_open': 409,
  'requisition.second_round_confirmed': 409,
  'requisition.not_draft': 409,
  'requisition.not_signed': 409,
  'requisition.declines_with_amount': 422,
  'requisition.declines_with_more': 422,
  'requisition.amount_missing': 422,
  'requisition.amount_not_positive': 422,
  'requisition.amount_over_allocation': 422,
  'requisition.no_second_round': 422,
  'requisition.more_amount_missing': 422,
  'requisition.more_amount_without_request': 422,
  'requisition.late_until_passed': 422,
  'requisition.late_until_before_deadline': 422,
  'requisition.late_permission_not_found': 404,
  'requisition.late_permission_used': 409,
  'second_round.not_enabled': 409,
  'second_round.deadline_not_passed': 409,
  'second_round.late_permission_open': 409,
  'second_round.already_confirmed': 409,
  'second_round.changed': 409,
  // ---- decisions --------------------------------------------------------------------------------
  'decision.not_found': 404,
  'decision.source_not_available': 409,
  'decision.no_published_result': 409,
  'decision.already_issued': 409,
  'decision.no_drafts': 409,
  'decision.not_a_draft_of_grant': 409,
  'decision.not_issued': 409,
  'decision.already_corrected': 409,
  'decision.not_editable': 409,
  'decision.source_changed': 409,
  'decision.amount_over_source': 422,
  'decision.none_issued': 409,
  // ---- payouts ----------------------------------------------------------------------------------
  'payout.account_missing': 422,
  'payout.nothing_to_pay': 409,
  'payout.batch_not_found': 404,
  'receipt.not_found': 404,
  'payout.status_transition_not_allowed': 409,
  'payment_account.no_pending_change': 409,
  'payment_account.pending_changed': 409,
  'payout.paid_before_approval': 409,
  // ---- receivables, audit samples and clawbacks -------------------------------------------------
  'receivable.not_found': 404,
  'receivable.overpayment': 422,
  'receivable.amount_not_positive': 422,
  'receivable.paid_on_in_future': 422,
  'audit_sample.invalid_seed': 422,
  'audit_sample.strata_not_ascending': 422,
  'audit_sample.stratum_too_small': 422,
  'audit_sample.duplicate_unit': 422,
  'audit_sample.negative_amount': 422,
  'audit_sample.not_found': 404,
  'audit_sample.empty_population': 409,
  'clawback.not_proposed': 409,
  'clawback.amount_out_of_range': 422,
  'clawback.due_on_not_future': 422,
  // ---- agency settings --------------------------------------------------------------------------
  'agency.required': 422,
  'agency.too_long': 422,
  'agency.series_invalid': 422,
  'agency.email_invalid': 422,
  'agency.phone_invalid': 422,
  'agency.version_conflict': 409,
  'agency.bankgiro_missing': 409,
  // ---- the HTTP layer ---------------------------------------------------------------------------
  'request.invalid': 400,
  'request.unsupported_media_type': 415,
  'input.invalid': 422,
  'auth.csrf': 403,
  'route.not_found': 404,
  'upload.too_large': 413,
  'request.too_large': 413,
  'upload.too_many_files': 413,
  'upload.file_missing': 400,
  'upload.not_multipart_content': 415,
  internal: 500,
  'service.unavailable': 503,
  // ---- request validation (zod-messages.ts) -----------------------------------------------------
  'validation.invalid_type': 400,
  'validation.too_small': 400,
  'validation.too_big': 400,
  'validation.invalid_format': 400,
  'validation.not_multiple_of': 400,
  'validation.invalid_value': 400,
  'validation.unrecognized_keys': 400,
  'validation.invalid_union': 400,
  'validation.invalid_key': 400,
  'validation.invalid_element': 400,
  'validation.custom': 400,
};

export function statusForCode(code: ErrorCode): HttpStatus {
  return STATUS_BY_CODE[code];
}

/** Sentences for the HTTP layer's own codes (uploads, routing, the 500). */
const HTTP_MESSAGES = {
  'upload.too_large': {
    sv: (p) =>
      `Filen är större än ${paramText(p, 'limitMb')} MB. Dela upp den eller ta bort onödiga blad och kolumner.`,
    en: (p) =>
      `The file is larger than ${paramText(p, 'limitMb')} MB. Split it or remove unneeded sheets and columns.`,
  },
  'request.too_large': {
    sv: (p) => `Begäran är större än ${paramText(p, 'limitMb')} MB, mer än API:t tar emot.`,
    en: (p) =>
      `The request is larger than ${paramText(p, 'limitMb')} MB, more than the API accepts.`,
  },
  'upload.too_many_files': {
    sv: () => 'Skicka en fil i taget.',
    en: () => 'Send one file at a time.',
  },
  'upload.file_missing': {
    sv: () => 'En fil måste bifogas.',
    en: () => 'A file must be attached.',
  },
  'upload.not_multipart_content': {
    sv: () => 'Filen ska skickas som multipart/form-data.',
    en: () => 'The file must be sent as multipart/form-data.',
  },
  'request.unsupported_media_type': {
    sv: () => 'Innehållstypen stöds inte.',
    en: () => 'The content type is not supported.',
  },
  'auth.csrf': {
    sv: () =>
      'Begäran saknar giltig CSRF-token eller kommer från en annan webbplats. Ladda om sidan och försök igen.',
    en: () =>
      'The request lacks a valid CSRF token or comes from another site. Reload the page and try again.',
  },
  'route.not_found': {
    sv: () => 'Adressen finns inte i API:t.',
    en: () => 'The address does not exist in the API.',
  },
  'request.invalid': {
    sv: () => 'Begäran kunde inte läsas.',
    en: () => 'The request could not be read.',
  },
  'input.invalid': {
    sv: () => 'Uppgifterna kan inte godtas.',
    en: () => 'The input cannot be accepted.',
  },
  internal: {
    sv: () => 'Försök igen. Kvarstår felet, kontakta förvaltningen och uppge felkoden.',
    en: () => 'Try again. If the error persists, contact support and quote the error id.',
  },
  'service.unavailable': {
    sv: () => 'Tjänsten är tillfälligt otillgänglig. Försök igen om en liten stund.',
    en: () => 'The service is temporarily unavailable. Please try again in a little while.',
  },
} satisfies MessageCatalogue<HttpCode>;

/**
 * The Swedish and English sentences of every code, one catalogue per feature. Each catalogue is
 * checked against its own code list; this one, that together they cover every code.
 */
export const MESSAGES_BY_CODE: MessageCatalogue<ErrorCode> = {
  ...ISSUE_MESSAGES,
  ...PAYMENT_ISSUE_MESSAGES,
  ...PERFORMANCE_ISSUE_MESSAGES,
  ...REPAYMENT_ISSUE_MESSAGES,
  ...REPORTING_ISSUE_MESSAGES,
  ...GOVERNMENT_REPORT_ISSUE_MESSAGES,
  ...GOVERNMENT_REPORT_FILE_MESSAGES,
  ...GRANT_MESSAGES,
  ...ALLOCATION_MESSAGES,
  ...RECIPIENT_MESSAGES,
  ...ACCESS_MESSAGES,
  ...PERFORMANCE_MESSAGES,
  ...REQUISITION_MESSAGES,
  ...DECISION_MESSAGES,
  ...PAYOUT_MESSAGES,
  ...RECEIVABLE_MESSAGES,
  ...SETTINGS_MESSAGES,
  ...RECEIPT_MESSAGES,
  ...HTTP_MESSAGES,
  ...VALIDATION_MESSAGES,
};

/** Swedish unless the client ranks English higher (`Accept-Language: en`, `en-GB,sv;q=0.5`). */
export function preferredLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'sv';
  let best: { locale: Locale; q: number } = { locale: 'sv', q: -1 };
  for (const part of acceptLanguage.split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.find((p) => p.trim().startsWith('q='));
    const q = qParam ? Number(qParam.trim().slice(2)) : 1;
    const language = tag.split('-')[0];
    if ((language === 'sv' || language === 'en') && Number.isFinite(q) && q > best.q) {
      best = { locale: language, q };
    }
  }
  return best.locale;
}

/** An export's language: the one asked for (`?lang=`), else the one the client prefers. */
export function exportLanguage(request: FastifyRequest, lang: Locale | undefined): Locale {
  return lang ?? preferredLocale(request.headers['accept-language']);
}

/**
 * An issue as the API sends it. The sentence names a file, line and column ("Rad 3, kolumn Belopp:
 * …") but not a form's field path: `path` is for the client, which shows the sentence at that
 * field under the field's own label, so a path in the sentence would reach the reader as an
 * internal name ("Fält economic.usedKr: …"), and twice once the client says where too. In a file
 * the person wrote (model.json) the JSON path is where in their own text, and stays.
 */
export function describeAnyIssue(issue: Issue, locale: Locale): ProblemIssue {
  const message = MESSAGES_BY_CODE[issue.code][locale](issue.params);
  const { path: _path, ...withoutPath } = issue;
  const location = describeIssueLocation(issue.file === undefined ? withoutPath : issue, locale);
  return {
    ...(issue.file !== undefined && { file: issue.file }),
    ...(issue.row !== undefined && { row: issue.row }),
    ...(issue.column !== undefined && { column: issue.column }),
    ...(issue.columnNumber !== undefined && { columnNumber: issue.columnNumber }),
    ...(issue.path !== undefined && { path: issue.path }),
    code: issue.code,
    message: location === '' ? message : `${location}: ${message}`,
  };
}

export function buildProblem(
  status: number,
  code: ErrorCode,
  issues: Issue[],
  locale: Locale,
): Problem {
  const { shown, omitted } = firstIssues(issues);
  const errors = shown.map((issue) => describeAnyIssue(issue, locale));
  const title = (isHttpStatus(status) ? TITLES[status] : TITLES[status >= 500 ? 500 : 400])[locale];
  return {
    type: `urn:statsbidrag:problem:${code}`,
    title,
    status,
    ...(issues.length === 1 && { detail: errors[0]!.message }),
    ...(issues.length > 1 && { detail: issueCountSentence(issues.length, errors.length, locale) }),
    errors,
    ...(omitted > 0 && { omittedErrors: omitted }),
  };
}

/** "3 fel hittades." or, for a list cut at MAX_REPORTED_ISSUES, also which part of it is shown. */
function issueCountSentence(found: number, shown: number, locale: Locale): string {
  const count = new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB').format(found);
  const sentence = locale === 'sv' ? `${count} fel hittades.` : `${count} issues were found.`;
  return shown === found ? sentence : `${sentence} ${firstShownSentence(shown, locale)}`;
}

function firstShownSentence(shown: number, locale: Locale): string {
  return locale === 'sv'
    ? `De ${shown} första visas; rätta dem och försök igen.`
    : `The first ${shown} are shown; correct them and try again.`;
}

function isHttpStatus(status: number): status is HttpStatus {
  return Object.hasOwn(TITLES, status);
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}

/** A request part (body, query, params) that did not match its zod schema. */
export class RequestValidationError extends Error {
  readonly statusCode = 400;
  validationContext?: string;
  constructor(readonly issues: $ZodIssue[]) {
    super(`Request validation failed: ${issues.length} issue(s)`);
    this.name = 'RequestValidationError';
  }
}

function zodIssuesToProblem(error: RequestValidationError, locale: Locale): Problem {
  const problem = buildProblem(400, 'request.invalid', [], locale);
  const where =
    error.validationContext && error.validationContext !== 'body'
      ? `${error.validationContext}.`
      : '';
  const seen = new Set<string>();
  let found = 0;
  for (const issue of error.issues) {
    const path = `${where}${issue.path.map(String).join('.')}`;
    // `.nonnegative().positive()` reports -5 twice; one sentence per field and kind is enough.
    const key = `${path}\u0000${issue.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found++;
    if (problem.errors.length >= MAX_REPORTED_ISSUES) continue;
    // The path is the field's name for the client, not part of the sentence (describeAnyIssue).
    problem.errors.push({
      path,
      code: validationCode(issue),
      message: describeZodIssue(issue, locale),
    });
  }
  problem.detail =
    locale === 'sv'
      ? `${found} fält har ogiltiga värden.`
      : `${found} field(s) have invalid values.`;
  if (found > problem.errors.length) {
    problem.omittedErrors = found - problem.errors.length;
    problem.detail += ` ${firstShownSentence(problem.errors.length, locale)}`;
  }
  return problem;
}

/** Maps fastify's own errors (multipart limits, bad JSON, …) to our codes. */
function codeForFastifyError(error: FastifyError): HttpCode | undefined {
  switch (error.code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return 'upload.too_large';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'request.too_large';
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return 'upload.too_many_files';
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return 'upload.not_multipart_content';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'request.unsupported_media_type';
    default:
      return error.statusCode && error.statusCode >= 400 && error.statusCode < 500
        ? 'request.invalid'
        : undefined;
  }
}

const REQUEST_TOO_LARGE_TITLE = { sv: 'Begäran är för stor', en: 'The request is too large' };

/** The limit a 413 names: the file limit for uploads, the body limit for JSON. */
function limitParams(code: HttpCode): IssueParams {
  if (code === 'upload.too_large') return { limitMb: megabytes(MAX_UPLOAD_BYTES) };
  if (code === 'request.too_large') return { limitMb: megabytes(MAX_JSON_BODY_BYTES) };
  return {};
}

export function errorToProblem(error: unknown, request: FastifyRequest): Problem {
  const locale = preferredLocale(request.headers['accept-language']);
  if (error instanceof RequestValidationError) return zodIssuesToProblem(error, locale);
  if (error instanceof InvalidInputError)
    return buildProblem(422, 'input.invalid', error.issues, locale);
  if (isDomainError(error)) {
    const { path, ...params } = error.params;
    const issue: Issue = { code: error.code, params, ...(typeof path === 'string' && { path }) };
    return buildProblem(statusForCode(error.code), error.code, [issue], locale);
  }
  const fastifyError = error as FastifyError;
  const code =
    typeof fastifyError?.code === 'string' ? codeForFastifyError(fastifyError) : undefined;
  if (code) {
    const status =
      code === 'request.invalid' ? (fastifyError.statusCode ?? 400) : statusForCode(code);
    const problem = buildProblem(status, code, [{ code, params: limitParams(code) }], locale);
    // The 413 title speaks of a file; a JSON body is none.
    if (code === 'request.too_large') problem.title = REQUEST_TOO_LARGE_TITLE[locale];
    return problem;
  }
  if (isDatabaseUnavailable(error)) {
    request.log.warn({ err: error }, 'database unavailable');
    return buildProblem(
      503,
      'service.unavailable',
      [{ code: 'service.unavailable', params: {} }],
      locale,
    );
  }
  const logId = randomUUID();
  request.log.error({ err: error, logId }, 'unexpected error');
  const problem = buildProblem(500, 'internal', [{ code: 'internal', params: {} }], locale);
  problem.detail = `${problem.errors[0]!.message} (${locale === 'sv' ? 'felkod' : 'error id'} ${logId})`;
  return problem;
}
