// The web's only door to the server: typed calls for the HTTP API in docs/ARCHITECTURE.md. Every
// answer is parsed with the route's own zod schema, so a server that drifts from the contract fails
// here with a clear message instead of somewhere deep in a page.
import { z } from 'zod';
import { allocationRoutes } from '../contracts/allocation';
import type { GrantInput, GrantStatus, RecipientTypeSchema } from '../contracts/grants';
import { grantRoutes } from '../contracts/grants';
import { myGrantRoutes } from '../contracts/me';
import type { FigureValuesInput } from '../contracts/performance';
import { ownPerformanceRoutes, performanceRoutes } from '../contracts/performance';
import type { Problem } from '../contracts/problem';
import { ProblemSchema } from '../contracts/problem';
import { receivableRoutes } from '../contracts/receivables';
import { recipientRoutes } from '../contracts/recipients';
import type { RequisitionInput } from '../contracts/requisition';
import { requisitionRoutes } from '../contracts/requisition';
import type { ReportDraftInput, ReportFormInput } from '../contracts/reporting';
import { reportingRoutes } from '../contracts/reporting';
import { pathOf, type PathParamNames, type PathParams, type RouteEntry } from '../contracts/route';
import type { RoleAssignment, StepUpActInput } from '../contracts/session';
import { sessionRoutes } from '../contracts/session';
import { settingsRoutes, type AgencySettingsInput } from '../contracts/settings';
import { taskRoutes } from '../contracts/tasks';
import type { UserInvite } from '../contracts/users';
import { userRoutes } from '../contracts/users';

type RecipientType = z.infer<typeof RecipientTypeSchema>;

/**
 * A failed call. `kind` says what failed: the server answered with a problem (`problem`), it could
 * not be reached (`network`), or it answered something the contract does not allow (`unexpected`).
 */
export class ApiError extends Error {
  constructor(
    readonly kind: 'problem' | 'network' | 'unexpected',
    readonly status: number,
    readonly problem: Problem | null,
  ) {
    super(problem?.title ?? `${kind} ${status}`);
    this.name = 'ApiError';
  }
}

let acceptLanguage = 'sv';
/** The server localises problem titles and messages by Accept-Language. */
export function setApiLanguage(language: string): void {
  acceptLanguage = language;
}

let csrfToken: string | null = null;
/** The session's CSRF token (GET /api/session), sent with every state-changing request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

let onUnauthenticated: () => void = () => undefined;
/** Called when the server answers 401: the session has ended, so the app shows the sign-in page. */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

/** Sends a request under /api; the answer's status and JSON body (undefined when it has none). */
async function send(path: string, init: RequestInit): Promise<{ status: number; body: unknown }> {
  let response: Response;
  const changesState = init.method !== undefined && init.method !== 'GET';
  try {
    response = await fetch(`/api${path}`, {
      ...init,
      headers: {
        Accept: 'application/json',
        'Accept-Language': acceptLanguage,
        ...(changesState && csrfToken !== null && { 'X-CSRF-Token': csrfToken }),
        ...init.headers,
      },
    });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ApiError('network', 0, null);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.status === 401 && path !== '/session') onUnauthenticated();
  if (!response.ok) {
    const problem = ProblemSchema.safeParse(body);
    throw new ApiError(
      problem.success ? 'problem' : 'unexpected',
      response.status,
      problem.success ? problem.data : null,
    );
  }
  return { status: response.status, body };
}

function parseAnswer<T>(
  schema: z.ZodType<T> | undefined,
  path: string,
  answer: { status: number; body: unknown },
): T {
  const parsed = schema?.safeParse(answer.body);
  if (!parsed?.success) {
    console.error(
      `Answer from ${path} does not match the API contract`,
      parsed?.error.issues ?? `status ${answer.status}`,
    );
    throw new ApiError('unexpected', answer.status, null);
  }
  return parsed.data;
}

function json(method: string, body: unknown): RequestInit {
  return { method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } };
}

function multipart(method: string, parts: Record<string, Blob | string>): RequestInit {
  const form = new FormData();
  for (const [name, value] of Object.entries(parts)) form.append(name, value);
  return { method, body: form };
}

// 204 No Content: nothing to parse.
const NoContentSchema = z.unknown().transform(() => undefined);

type Success = 200 | 201 | 204;
type Output<T> = T extends z.ZodType ? z.output<T> : never;
/** What a call answers: the output of the entry's 2xx schemas; undefined for none (204). */
export type AnswerOf<E extends RouteEntry> = E extends {
  response: infer R extends Readonly<Record<number, z.ZodType>>;
}
  ? VoidToUndefined<Output<R[Extract<keyof R, Success>]>>
  : undefined;
type VoidToUndefined<T> = T extends void ? undefined : T;

type Input<T> = T extends z.ZodType ? z.input<T> : never;
type ParamsOption<E extends RouteEntry> = [PathParamNames<E['path']>] extends [never]
  ? { params?: never }
  : { params: PathParams<E['path']> };

/** What a call sends: the path's parameters, the query, and a JSON body or the parts of a form. */
export type CallOptions<E extends RouteEntry> = ParamsOption<E> & {
  query?: E extends { querystring: infer Q } ? Input<Q> : never;
  body?: E extends { consumes: readonly string[] }
    ? never
    : E extends { body: infer B }
      ? Input<B>
      : never;
  form?: E extends { consumes: readonly string[] } ? Record<string, Blob | string> : never;
  signal?: AbortSignal | undefined;
};

/**
 * Calls the route of a table entry (src/contracts/routes.ts): its method, its path with the
 * parameters filled in, and its answer parsed with the entry's schema for the status.
 */
export async function call<E extends RouteEntry>(
  entry: E,
  options: CallOptions<E>,
): Promise<AnswerOf<E>> {
  const path = pathOf(
    entry,
    (options.params ?? {}) as PathParams<E['path']>,
    options.query as Record<string, string | number | boolean | undefined> | undefined,
  );
  const init: RequestInit =
    options.form !== undefined
      ? multipart(entry.method, options.form)
      : options.body !== undefined
        ? json(entry.method, options.body)
        : { method: entry.method };
  const answer = await send(path, { ...init, ...(options.signal && { signal: options.signal }) });
  const schema = entry.response ? entry.response[answer.status] : NoContentSchema;
  return parseAnswer(schema, path, answer) as AnswerOf<E>;
}

/** The URL of a route for the browser to go to itself (a file download): /api and the path. */
export function apiUrl<E extends RouteEntry>(
  entry: E,
  params: PathParams<E['path']>,
  query?: Readonly<Record<string, string | undefined>>,
): string {
  return `/api${pathOf(entry, params, query)}`;
}

export const api = {
  getSession: (signal?: AbortSignal) => call(sessionRoutes.get, { signal }),
  signIn: (email: string, password: string) =>
    call(sessionRoutes.signIn, { body: { email, password } }),
  signInOptions: (signal?: AbortSignal) => call(sessionRoutes.signInOptions, { signal }),
  /** Signed out; `endSessionUrl` when the browser must end the identity provider's session too. */
  signOut: () => call(sessionRoutes.signOut, {}),
  signingMethod: (signal?: AbortSignal) => call(sessionRoutes.signingMethod, { signal }),
  stepUpWithPassword: (act: StepUpActInput, password: string) =>
    call(sessionRoutes.stepUpWithPassword, { body: { act, password } }),
  setPassword: (token: string, password: string) =>
    call(sessionRoutes.setPassword, { body: { token, password } }),
  myGrants: (signal?: AbortSignal) => call(myGrantRoutes.list, { signal }),
  myTasks: (signal?: AbortSignal) => call(taskRoutes.list, { signal }),
  myInterests: (signal?: AbortSignal) => call(ownPerformanceRoutes.interests, { signal }),
  registerOwnInterest: (grantId: string) =>
    call(ownPerformanceRoutes.registerInterest, { params: { id: grantId } }),
  withdrawOwnInterest: (grantId: string) =>
    call(ownPerformanceRoutes.withdrawInterest, { params: { id: grantId } }),
  listUsers: (signal?: AbortSignal) => call(userRoutes.list, { signal }),
  inviteUser: (input: UserInvite) => call(userRoutes.invite, { body: input }),
  setUserRoles: (id: string, roles: RoleAssignment[]) =>
    call(userRoutes.setRoles, { params: { id }, body: { roles } }),
  setUserActive: (id: string, active: boolean) =>
    call(userRoutes.setActive, { params: { id }, body: { active } }),
  agencySettings: (signal?: AbortSignal) => call(settingsRoutes.agency, { signal }),
  updateAgencySettings: (body: AgencySettingsInput) => call(settingsRoutes.updateAgency, { body }),
  unbindIdentity: (userId: string, identityId: string) =>
    call(userRoutes.unbindIdentity, { params: { id: userId, identityId } }),
  issuePasswordLink: (id: string) => call(userRoutes.issuePasswordLink, { params: { id } }),
  changePassword: (currentPassword: string, newPassword: string) =>
    call(sessionRoutes.changePassword, { body: { currentPassword, newPassword } }),

  listRecipients: (query: { q?: string; type?: string }, signal?: AbortSignal) =>
    call(recipientRoutes.list, {
      // Empty filters are left out of the URL.
      query: {
        ...(query.q && { q: query.q }),
        ...(query.type && { type: query.type as RecipientType }),
      },
      signal,
    }),
  importRecipients: (file: File) => call(recipientRoutes.import, { form: { file } }),

  listGrants: (signal?: AbortSignal) => call(grantRoutes.list, { signal }),
  getGrant: (id: string, signal?: AbortSignal) => call(grantRoutes.get, { params: { id }, signal }),
  createGrant: (input: GrantInput) => call(grantRoutes.create, { body: input }),
  updateGrant: (id: string, input: GrantInput, version: number) =>
    call(grantRoutes.update, { params: { id }, body: { ...input, version } }),
  copyGrant: (id: string, grantYear: number) =>
    call(grantRoutes.copy, { params: { id }, body: { grantYear } }),
  changeGrantStatus: (id: string, status: GrantStatus, reason: string | undefined) =>
    call(grantRoutes.changeStatus, { params: { id }, body: { status, reason } }),
  grantAudit: (id: string, signal?: AbortSignal) =>
    call(grantRoutes.audit, { params: { id }, signal }),
  grantAllocations: (id: string, signal?: AbortSignal) =>
    call(allocationRoutes.list, { params: { id }, signal }),
  importAllocation: (grantId: string, file: File) =>
    call(allocationRoutes.importKey, { params: { id: grantId }, form: { file } }),
  // The model goes as a text field (the server also takes it as a file, like the CLI's model.json).
  computeAllocation: (grantId: string, model: string, file: File) =>
    call(allocationRoutes.computeFormula, { params: { id: grantId }, form: { model, file } }),

  reportForm: (grantId: string, signal?: AbortSignal) =>
    call(reportingRoutes.form, { params: { id: grantId }, signal }),
  saveReportForm: (grantId: string, input: ReportFormInput) =>
    call(reportingRoutes.saveForm, { params: { id: grantId }, body: input }),
  copyReportFormTemplate: (grantId: string, templateId: string) =>
    call(reportingRoutes.copyTemplate, { params: { id: grantId }, body: { templateId } }),
  reportingOverview: (grantId: string, signal?: AbortSignal) =>
    call(reportingRoutes.overview, { params: { id: grantId }, signal }),
  report: (grantId: string, code: string, signal?: AbortSignal) =>
    call(reportingRoutes.get, { params: { id: grantId, code }, signal }),
  saveReport: (grantId: string, code: string, input: ReportDraftInput) =>
    call(reportingRoutes.save, { params: { id: grantId, code }, body: input }),
  submitReport: (grantId: string, code: string, version: number, stepUpProof: string) =>
    call(reportingRoutes.submit, {
      params: { id: grantId, code },
      body: { version, stepUpProof },
    }),
  reopenReport: (grantId: string, code: string, reason: string) =>
    call(reportingRoutes.reopen, { params: { id: grantId, code }, body: { reason } }),
  extendReportDeadline: (grantId: string, code: string, deadlineOn: string, reason: string) =>
    call(reportingRoutes.extendDeadline, {
      params: { id: grantId, code },
      body: { deadlineOn, reason },
    }),

  performance: (grantId: string, signal?: AbortSignal) =>
    call(performanceRoutes.overview, { params: { id: grantId }, signal }),
  savePerformanceModel: (
    grantId: string,
    modelText: string,
    interestDeadlineOn: string | null,
    figuresDeadlineOn: string | null,
  ) =>
    call(performanceRoutes.saveModel, {
      params: { id: grantId },
      body: { modelText, interestDeadlineOn, figuresDeadlineOn },
    }),
  myFigures: (grantId: string, signal?: AbortSignal) =>
    call(ownPerformanceRoutes.figures, { params: { id: grantId }, signal }),
  saveMyFigures: (grantId: string, input: FigureValuesInput) =>
    call(ownPerformanceRoutes.saveFigures, { params: { id: grantId }, body: input }),
  recipientFigures: (grantId: string, code: string, signal?: AbortSignal) =>
    call(performanceRoutes.recipientFigures, { params: { id: grantId, code }, signal }),
  saveRecipientFigures: (grantId: string, code: string, input: FigureValuesInput) =>
    call(performanceRoutes.saveRecipientFigures, { params: { id: grantId, code }, body: input }),
  uploadPerformanceKey: (grantId: string, file: File) =>
    call(performanceRoutes.uploadKey, { params: { id: grantId }, form: { file } }),
  uploadPerformanceFigures: (grantId: string, file: File) =>
    call(performanceRoutes.uploadFigures, { params: { id: grantId }, form: { file } }),
  registerInterest: (grantId: string, recipientCodes: string[]) =>
    call(performanceRoutes.registerInterest, { params: { id: grantId }, body: { recipientCodes } }),
  previewPerformance: (grantId: string) =>
    call(performanceRoutes.preview, { params: { id: grantId } }),
  calculatePerformance: (grantId: string) =>
    call(performanceRoutes.calculate, { params: { id: grantId } }),
  getPerformanceResult: (id: string, signal?: AbortSignal) =>
    call(performanceRoutes.result, { params: { id }, signal }),
  publishPerformanceResult: (id: string) => call(performanceRoutes.publish, { params: { id } }),

  myRequisition: (grantId: string, signal?: AbortSignal) =>
    call(requisitionRoutes.mine, { params: { id: grantId }, signal }),
  createRequisition: (grantId: string, input: RequisitionInput) =>
    call(requisitionRoutes.create, { params: { id: grantId }, body: input }),
  updateRequisition: (grantId: string, input: RequisitionInput, version: number) =>
    call(requisitionRoutes.update, { params: { id: grantId }, body: { ...input, version } }),
  signRequisition: (grantId: string, version: number, stepUpProof: string) =>
    call(requisitionRoutes.sign, { params: { id: grantId }, body: { version, stepUpProof } }),
  withdrawRequisition: (grantId: string, version: number, reason: string | undefined) =>
    call(requisitionRoutes.withdraw, { params: { id: grantId }, body: { version, reason } }),
  requisition: (id: string, signal?: AbortSignal) =>
    call(requisitionRoutes.get, { params: { id }, signal }),
  revokeLatePermission: (grantId: string, code: string, reason: string) =>
    call(requisitionRoutes.revokeLatePermission, {
      params: { id: grantId, code },
      body: { reason },
    }),
  requisitionOverview: (grantId: string, signal?: AbortSignal) =>
    call(requisitionRoutes.overview, { params: { id: grantId }, signal }),
  grantLatePermission: (grantId: string, code: string, untilOn: string, reason: string) =>
    call(requisitionRoutes.grantLatePermission, {
      params: { id: grantId, code },
      body: { untilOn, reason },
    }),
  secondRound: (grantId: string, signal?: AbortSignal) =>
    call(requisitionRoutes.secondRound, { params: { id: grantId }, signal }),
  confirmSecondRound: (grantId: string, checksum: string) =>
    call(requisitionRoutes.confirmSecondRound, { params: { id: grantId }, body: { checksum } }),

  getAllocation: (id: string, signal?: AbortSignal) =>
    call(allocationRoutes.get, { params: { id }, signal }),
  publishAllocation: (id: string) => call(allocationRoutes.publish, { params: { id } }),
  compareAllocations: (a: string, b: string, signal?: AbortSignal) =>
    call(allocationRoutes.compare, { query: { a, b }, signal }),
};

/** Links to files the server writes (the browser downloads them itself). */
export const fileLinks = {
  /** The plain CSV without `query`; `dialect: 'excel-sv'` for Swedish Excel, `lang` for headers. */
  allocationExport: (
    id: string,
    format: 'csv' | 'xlsx' | 'pdf',
    query?: { dialect?: 'excel-sv'; lang?: 'sv' | 'en' },
  ) => apiUrl(allocationRoutes.export[format], { id }, query),
  performanceExport: (
    id: string,
    file: 'annex.csv' | 'annex.xlsx' | 'annex.pdf' | 'decision.pdf',
    query?: { dialect?: 'excel-sv'; lang?: 'sv' | 'en' },
  ) => apiUrl(performanceRoutes.export[file], { id }, query),
  allocationModel: (id: string) => apiUrl(allocationRoutes.model, { id }),
  allocationInputs: (id: string) => apiUrl(allocationRoutes.inputs, { id }),
  requisitionExport: (grantId: string, list: 'export' | 'reminders', format: 'csv' | 'xlsx') =>
    apiUrl(requisitionRoutes[list][format], { id: grantId }),
  comparisonExport: (a: string, b: string, format: 'csv' | 'xlsx') =>
    apiUrl(allocationRoutes.compareExport[format], {}, { a, b }),
  performanceFigures: (grantId: string) => apiUrl(performanceRoutes.figuresExport, { id: grantId }),
  reportsExport: (grantId: string, format: 'csv' | 'xlsx') =>
    apiUrl(reportingRoutes.export[format], { id: grantId }),
  repaymentLetter: (grantId: string, code: string) =>
    apiUrl(reportingRoutes.repaymentLetter, { id: grantId, code }),
  /** The receivables as filtered on the page (empty filters left out). */
  receivablesExport: (
    grantId: string,
    format: 'csv' | 'xlsx',
    filter: { state?: string | undefined; kind?: string | undefined },
  ) =>
    apiUrl(
      receivableRoutes.export[format],
      { id: grantId },
      { state: filter.state || undefined, kind: filter.kind || undefined },
    ),
};
