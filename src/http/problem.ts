// Every error the API answers with is application/problem+json (RFC 9457):
// { type, title, status, detail, errors: [{ file?, row?, column?, path?, code, message }] }.
// One map turns error codes into statuses; every zod and domain issue becomes one entry of
// `errors`, in Swedish unless the client prefers English. An unexpected error is a 500 whose body
// carries only a log id: the details are in the server log, never in the answer.
import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { $ZodIssue } from 'zod/v4/core';
import { isDomainError } from '../domain/errors';
import { describeIssueLocation, type Issue } from '../domain/issues';
import {
  describePaymentIssueMessage,
  PAYMENT_ISSUE_MESSAGES,
} from '../domain/payments/issue-messages';
import { describePerformanceIssueMessage } from '../domain/performance/issue-messages';
import { isReportingIssueCode, REPORTING_ISSUE_MESSAGES } from '../domain/reporting/issue-messages';
import type { Locale } from '../domain/money';
import { InvalidInputError } from '../services/shared/invalid-input-error';
import { isServiceMessageCode, SERVICE_MESSAGES } from '../services/shared/messages';
import { REQUISITION_STATUS_BY_CODE } from '../services/requisition/messages';
import type { Problem, ProblemIssue } from '../contracts/problem';
import { describeZodIssue } from './zod-messages';

/** The HTTP status of each error code; a code not listed is a 422 (the input cannot be accepted). */
const STATUS_BY_CODE: Record<string, number> = {
  'request.invalid': 400,
  'auth.unauthenticated': 401,
  'auth.invalid_credentials': 401,
  'auth.forbidden': 403,
  'auth.csrf': 403,
  'user.not_found': 404,
  'user.email_taken': 409,
  'user.cannot_deactivate_self': 409,
  'auth.too_many_attempts': 429,
  'auth.oidc_not_configured': 404,
  'auth.oidc_unknown_account': 403,
  'auth.oidc_email_not_verified': 403,
  'auth.oidc_failed': 400,
  'auth.oidc_identity_conflict': 403,
  'user.identity_not_found': 404,
  'agency.version_conflict': 409,
  'upload.file_missing': 400,
  'grant.not_found': 404,
  'allocation.not_found': 404,
  'route.not_found': 404,
  'grant.version_conflict': 409,
  'grant.not_draft': 409,
  'grant.status_transition_not_allowed': 409,
  'grant.no_published_allocation': 409,
  'grant.no_published_performance_result': 409,
  'grant.allocation_total_differs': 409,
  'allocation.already_published': 409,
  'performance.not_performance_grant': 409,
  'performance.model_missing': 409,
  'performance.key_missing': 409,
  'performance.no_figures': 409,
  'performance.result_not_found': 404,
  'performance.result_already_published': 409,
  'performance.result_published': 409,
  'performance.interest_deadline_passed': 409,
  'performance.figures_deadline_passed': 409,
  'performance.figures_version_conflict': 409,
  'decision.not_found': 404,
  'decision.source_not_available': 409,
  'decision.no_published_result': 409,
  'decision.already_issued': 409,
  'decision.no_drafts': 409,
  'decision.not_a_draft_of_grant': 409,
  'decision.none_issued': 409,
  'decision.not_issued': 409,
  'decision.already_corrected': 409,
  'decision.not_editable': 409,
  'decision.source_changed': 409,
  'payment_account.not_found': 404,
  'recipient.not_found': 404,
  'payout.nothing_to_pay': 409,
  'payout.batch_not_found': 404,
  'payout.status_transition_not_allowed': 409,
  'payout.approver_is_creator': 409,
  'payout.paid_before_approval': 409,
  'report_form.not_found': 404,
  'report_form.version_conflict': 409,
  'report.not_found': 404,
  'report.version_conflict': 409,
  'report.deadline_passed': 409,
  'report.not_draft': 409,
  'report.not_submitted': 409,
  'report.grant_not_open': 409,
  'receivable.not_found': 404,
  'audit_sample.not_found': 404,
  'audit_sample.empty_population': 409,
  'clawback.not_proposed': 409,
  'upload.too_large': 413,
  'upload.too_many_files': 413,
  'upload.not_multipart_content': 415,
  'request.unsupported_media_type': 415,
  internal: 500,
  ...REQUISITION_STATUS_BY_CODE,
};

export function statusForCode(code: string): number {
  return STATUS_BY_CODE[code] ?? 422;
}

const TITLES: Record<number, Record<Locale, string>> = {
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
};

/** Sentences for the HTTP layer's own codes (uploads, routing, the 500). */
const HTTP_MESSAGES: Record<string, Record<Locale, string>> = {
  'upload.too_large': {
    sv: 'Filen är större än 5 MB. Dela upp den eller ta bort onödiga blad och kolumner.',
    en: 'The file is larger than 5 MB. Split it or remove unneeded sheets and columns.',
  },
  'upload.too_many_files': {
    sv: 'Skicka en fil i taget.',
    en: 'Send one file at a time.',
  },
  'upload.file_missing': { sv: 'En fil måste bifogas.', en: 'A file must be attached.' },
  'upload.not_multipart_content': {
    sv: 'Filen ska skickas som multipart/form-data.',
    en: 'The file must be sent as multipart/form-data.',
  },
  'request.unsupported_media_type': {
    sv: 'Innehållstypen stöds inte.',
    en: 'The content type is not supported.',
  },
  'auth.csrf': {
    sv: 'Begäran saknar giltig CSRF-token eller kommer från en annan webbplats. Ladda om sidan och försök igen.',
    en: 'The request lacks a valid CSRF token or comes from another site. Reload the page and try again.',
  },
  'route.not_found': {
    sv: 'Adressen finns inte i API:t.',
    en: 'The address does not exist in the API.',
  },
  'request.invalid': { sv: 'Begäran kunde inte läsas.', en: 'The request could not be read.' },
  internal: {
    sv: 'Försök igen. Kvarstår felet, kontakta förvaltningen och uppge felkoden.',
    en: 'Try again. If the error persists, contact support and quote the error id.',
  },
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

export function describeAnyIssue(issue: Issue, locale: Locale): ProblemIssue {
  const message = isServiceMessageCode(issue.code)
    ? SERVICE_MESSAGES[issue.code][locale](issue.params)
    : isReportingIssueCode(issue.code)
      ? REPORTING_ISSUE_MESSAGES[issue.code][locale](issue.params)
      : (HTTP_MESSAGES[issue.code]?.[locale] ??
        (Object.hasOwn(PAYMENT_ISSUE_MESSAGES, issue.code)
          ? describePaymentIssueMessage(issue, locale)
          : describePerformanceIssueMessage(issue, locale)));
  const location = describeIssueLocation(issue, locale);
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
  code: string,
  issues: Issue[],
  locale: Locale,
): Problem {
  const errors = issues.map((issue) => describeAnyIssue(issue, locale));
  const title = TITLES[status]?.[locale] ?? TITLES[status >= 500 ? 500 : 400]![locale];
  return {
    type: `urn:statsbidrag:problem:${code}`,
    title,
    status,
    ...(errors.length === 1 && { detail: errors[0]!.message }),
    ...(errors.length > 1 && {
      detail:
        locale === 'sv' ? `${errors.length} fel hittades.` : `${errors.length} issues were found.`,
    }),
    errors,
  };
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
  for (const issue of error.issues) {
    const path = `${where}${issue.path.map(String).join('.')}`;
    // `.nonnegative().positive()` reports -5 twice; one sentence per field and kind is enough.
    const key = `${path}\u0000${issue.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const location = describeIssueLocation({ path, code: issue.code, params: {} }, locale);
    const message = describeZodIssue(issue, locale);
    problem.errors.push({
      path,
      code: `validation.${issue.code}`,
      message: path === '' ? message : `${location}: ${message}`,
    });
  }
  problem.detail =
    locale === 'sv'
      ? `${problem.errors.length} fält har ogiltiga värden.`
      : `${problem.errors.length} field(s) have invalid values.`;
  return problem;
}

/** Maps fastify's own errors (multipart limits, bad JSON, …) to our codes. */
function codeForFastifyError(error: FastifyError): string | undefined {
  switch (error.code) {
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'upload.too_large';
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
    return buildProblem(status, code, [{ code, params: {} }], locale);
  }
  const logId = randomUUID();
  request.log.error({ err: error, logId }, 'unexpected error');
  const problem = buildProblem(500, 'internal', [{ code: 'internal', params: {} }], locale);
  problem.detail = `${problem.errors[0]!.message} (${locale === 'sv' ? 'felkod' : 'error id'} ${logId})`;
  return problem;
}
