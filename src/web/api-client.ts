// The web's only door to the server: typed calls for the HTTP API in docs/ARCHITECTURE.md. Every
// answer is parsed with the route's own zod schema, so a server that drifts from the contract fails
// here with a clear message instead of somewhere deep in a page.
import { z } from 'zod';
import {
  AllocationComparisonSchema,
  AllocationListSchema,
  AllocationSchema,
} from '../contracts/allocation';
import type { GrantInput, GrantStatus } from '../contracts/grants';
import { AuditEventListSchema, GrantListSchema, GrantSchema } from '../contracts/grants';
import type { FigureValuesInput } from '../contracts/performance';
import {
  FiguresViewSchema,
  PerformanceOverviewSchema,
  PerformancePreviewSchema,
  PerformanceResultSchema,
} from '../contracts/performance';
import type { Problem } from '../contracts/problem';
import { ProblemSchema } from '../contracts/problem';
import { RecipientImportResultSchema, RecipientListSchema } from '../contracts/recipients';
import { MyGrantListSchema, MyInterestListSchema } from '../contracts/me';
import type { RequisitionInput } from '../contracts/requisition';
import {
  RequisitionOverviewSchema,
  RequisitionViewSchema,
  SecondRoundSchema,
} from '../contracts/requisition';
import type { ReportDraftInput, ReportFormInput } from '../contracts/reporting';
import { ReportFormSchema, ReportingOverviewSchema, ReportSchema } from '../contracts/reporting';
import type { RoleAssignment } from '../contracts/session';
import { SessionSchema, SignInOptionsSchema, SignOutSchema } from '../contracts/session';
import { AgencySettingsSchema, type AgencySettingsInput } from '../contracts/settings';
import type { UserInvite } from '../contracts/users';
import { InvitationSchema, UserListSchema, UserSchema } from '../contracts/users';

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

export async function request<T>(
  schema: z.ZodType<T>,
  path: string,
  init: RequestInit = {},
): Promise<T> {
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
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    console.error(`Answer from ${path} does not match the API contract`, parsed.error.issues);
    throw new ApiError('unexpected', response.status, null);
  }
  return parsed.data;
}

export function json(method: string, body: unknown): RequestInit {
  return { method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } };
}

function multipart(parts: Record<string, Blob | string>): RequestInit {
  const form = new FormData();
  for (const [name, value] of Object.entries(parts)) form.append(name, value);
  return { method: 'POST', body: form };
}

export const enc = encodeURIComponent;

// 204 No Content: nothing to parse.
const NoContentSchema = z.unknown().transform(() => undefined);
const SignOutAnswerSchema = SignOutSchema.optional();

export const api = {
  getSession: (signal?: AbortSignal) => request(SessionSchema, '/session', { signal }),
  signIn: (email: string, password: string) =>
    request(SessionSchema, '/session', json('POST', { email, password })),
  signInOptions: (signal?: AbortSignal) =>
    request(SignInOptionsSchema, '/session/sign-in-options', { signal }),
  /** Signed out; `endSessionUrl` when the browser must end the identity provider's session too. */
  signOut: () => request(SignOutAnswerSchema, '/session', { method: 'DELETE' }),
  setPassword: (token: string, password: string) =>
    request(NoContentSchema, '/session/password', json('POST', { token, password })),
  myGrants: (signal?: AbortSignal) => request(MyGrantListSchema, '/me/grants', { signal }),
  myInterests: (signal?: AbortSignal) => request(MyInterestListSchema, '/me/interests', { signal }),
  registerOwnInterest: (grantId: string) =>
    request(MyInterestListSchema, `/me/grants/${enc(grantId)}/interest`, { method: 'POST' }),
  withdrawOwnInterest: (grantId: string) =>
    request(MyInterestListSchema, `/me/grants/${enc(grantId)}/interest`, { method: 'DELETE' }),
  listUsers: (signal?: AbortSignal) => request(UserListSchema, '/users', { signal }),
  inviteUser: (input: UserInvite) => request(InvitationSchema, '/users', json('POST', input)),
  setUserRoles: (id: string, roles: RoleAssignment[]) =>
    request(UserSchema, `/users/${enc(id)}/roles`, json('PUT', { roles })),
  setUserActive: (id: string, active: boolean) =>
    request(UserSchema, `/users/${enc(id)}/active`, json('PUT', { active })),
  agencySettings: (signal?: AbortSignal) =>
    request(AgencySettingsSchema, '/settings/agency', { signal }),
  updateAgencySettings: (body: AgencySettingsInput) =>
    request(AgencySettingsSchema, '/settings/agency', json('PUT', body)),
  unbindIdentity: (userId: string, identityId: string) =>
    request(NoContentSchema, `/users/${enc(userId)}/identities/${enc(identityId)}`, {
      method: 'DELETE',
    }),
  issuePasswordLink: (id: string) =>
    request(InvitationSchema, `/users/${enc(id)}/password-link`, { method: 'POST' }),
  changePassword: (currentPassword: string, newPassword: string) =>
    request(NoContentSchema, '/me/password', json('PUT', { currentPassword, newPassword })),

  listRecipients: (query: { q?: string; type?: string }, signal?: AbortSignal) => {
    const params = new URLSearchParams();
    if (query.q) params.set('q', query.q);
    if (query.type) params.set('type', query.type);
    const search = params.size > 0 ? `?${params}` : '';
    return request(RecipientListSchema, `/recipients${search}`, { signal });
  },
  importRecipients: (file: File) =>
    request(RecipientImportResultSchema, '/recipients/import', multipart({ file })),

  listGrants: (signal?: AbortSignal) => request(GrantListSchema, '/grants', { signal }),
  getGrant: (id: string, signal?: AbortSignal) =>
    request(GrantSchema, `/grants/${enc(id)}`, { signal }),
  createGrant: (input: GrantInput) => request(GrantSchema, '/grants', json('POST', input)),
  updateGrant: (id: string, input: GrantInput, version: number) =>
    request(GrantSchema, `/grants/${enc(id)}`, json('PUT', { ...input, version })),
  copyGrant: (id: string, grantYear: number) =>
    request(GrantSchema, `/grants/${enc(id)}/copy`, json('POST', { grantYear })),
  changeGrantStatus: (id: string, status: GrantStatus, reason: string | undefined) =>
    request(GrantSchema, `/grants/${enc(id)}/status`, json('POST', { status, reason })),
  grantAudit: (id: string, signal?: AbortSignal) =>
    request(AuditEventListSchema, `/grants/${enc(id)}/audit`, { signal }),
  grantAllocations: (id: string, signal?: AbortSignal) =>
    request(AllocationListSchema, `/grants/${enc(id)}/allocations`, { signal }),
  importAllocation: (grantId: string, file: File) =>
    request(AllocationSchema, `/grants/${enc(grantId)}/allocations/import`, multipart({ file })),
  // The model goes as a text field (the server also takes it as a file, like the CLI's model.json).
  computeAllocation: (grantId: string, model: string, file: File) =>
    request(
      AllocationSchema,
      `/grants/${enc(grantId)}/allocations/formula`,
      multipart({ model, file }),
    ),

  reportForm: (grantId: string, signal?: AbortSignal) =>
    request(ReportFormSchema, `/grants/${enc(grantId)}/report-form`, { signal }),
  saveReportForm: (grantId: string, input: ReportFormInput) =>
    request(ReportFormSchema, `/grants/${enc(grantId)}/report-form`, json('PUT', input)),
  copyReportFormTemplate: (grantId: string, templateId: string) =>
    request(
      ReportFormSchema,
      `/grants/${enc(grantId)}/report-form/template`,
      json('POST', { templateId }),
    ),
  reportingOverview: (grantId: string, signal?: AbortSignal) =>
    request(ReportingOverviewSchema, `/grants/${enc(grantId)}/reports`, { signal }),
  report: (grantId: string, code: string, signal?: AbortSignal) =>
    request(ReportSchema, `/grants/${enc(grantId)}/reports/${enc(code)}`, { signal }),
  saveReport: (grantId: string, code: string, input: ReportDraftInput) =>
    request(ReportSchema, `/grants/${enc(grantId)}/reports/${enc(code)}`, json('PUT', input)),
  submitReport: (grantId: string, code: string, version: number) =>
    request(
      ReportSchema,
      `/grants/${enc(grantId)}/reports/${enc(code)}/submit`,
      json('POST', { version }),
    ),
  reopenReport: (grantId: string, code: string, reason: string) =>
    request(
      ReportSchema,
      `/grants/${enc(grantId)}/reports/${enc(code)}/reopen`,
      json('POST', { reason }),
    ),
  extendReportDeadline: (grantId: string, code: string, deadlineOn: string, reason: string) =>
    request(
      ReportSchema,
      `/grants/${enc(grantId)}/reports/${enc(code)}/extension`,
      json('POST', { deadlineOn, reason }),
    ),

  performance: (grantId: string, signal?: AbortSignal) =>
    request(PerformanceOverviewSchema, `/grants/${enc(grantId)}/performance`, { signal }),
  savePerformanceModel: (
    grantId: string,
    modelText: string,
    interestDeadlineOn: string | null,
    figuresDeadlineOn: string | null,
  ) =>
    request(
      PerformanceOverviewSchema,
      `/grants/${enc(grantId)}/performance/model`,
      json('PUT', { modelText, interestDeadlineOn, figuresDeadlineOn }),
    ),
  myFigures: (grantId: string, signal?: AbortSignal) =>
    request(FiguresViewSchema, `/me/grants/${enc(grantId)}/figures`, { signal }),
  saveMyFigures: (grantId: string, input: FigureValuesInput) =>
    request(FiguresViewSchema, `/me/grants/${enc(grantId)}/figures`, json('PUT', input)),
  recipientFigures: (grantId: string, code: string, signal?: AbortSignal) =>
    request(FiguresViewSchema, `/grants/${enc(grantId)}/performance/figures/${enc(code)}`, {
      signal,
    }),
  saveRecipientFigures: (grantId: string, code: string, input: FigureValuesInput) =>
    request(
      FiguresViewSchema,
      `/grants/${enc(grantId)}/performance/figures/${enc(code)}`,
      json('PUT', input),
    ),
  uploadPerformanceKey: (grantId: string, file: File) =>
    request(
      PerformanceOverviewSchema,
      `/grants/${enc(grantId)}/performance/key`,
      multipart({ file }),
    ),
  uploadPerformanceFigures: (grantId: string, file: File) =>
    request(
      PerformanceOverviewSchema,
      `/grants/${enc(grantId)}/performance/figures`,
      multipart({ file }),
    ),
  registerInterest: (grantId: string, recipientCodes: string[]) =>
    request(
      PerformanceOverviewSchema,
      `/grants/${enc(grantId)}/performance/registrations`,
      json('POST', { recipientCodes }),
    ),
  previewPerformance: (grantId: string) =>
    request(PerformancePreviewSchema, `/grants/${enc(grantId)}/performance/preview`),
  calculatePerformance: (grantId: string) =>
    request(PerformanceResultSchema, `/grants/${enc(grantId)}/performance/results`, {
      method: 'POST',
    }),
  getPerformanceResult: (id: string, signal?: AbortSignal) =>
    request(PerformanceResultSchema, `/performance-results/${enc(id)}`, { signal }),
  publishPerformanceResult: (id: string) =>
    request(PerformanceResultSchema, `/performance-results/${enc(id)}/publish`, { method: 'POST' }),

  myRequisition: (grantId: string, signal?: AbortSignal) =>
    request(RequisitionViewSchema, `/me/grants/${enc(grantId)}/requisition`, { signal }),
  createRequisition: (grantId: string, input: RequisitionInput) =>
    request(RequisitionViewSchema, `/me/grants/${enc(grantId)}/requisition`, json('POST', input)),
  updateRequisition: (grantId: string, input: RequisitionInput, version: number) =>
    request(
      RequisitionViewSchema,
      `/me/grants/${enc(grantId)}/requisition`,
      json('PUT', { ...input, version }),
    ),
  signRequisition: (grantId: string, version: number) =>
    request(
      RequisitionViewSchema,
      `/me/grants/${enc(grantId)}/requisition/sign`,
      json('POST', { version }),
    ),
  withdrawRequisition: (grantId: string, version: number, reason: string | undefined) =>
    request(
      RequisitionViewSchema,
      `/me/grants/${enc(grantId)}/requisition/withdraw`,
      json('POST', { version, reason }),
    ),
  requisition: (id: string, signal?: AbortSignal) =>
    request(RequisitionViewSchema, `/requisitions/${enc(id)}`, { signal }),
  revokeLatePermission: (grantId: string, code: string, reason: string) =>
    request(
      RequisitionOverviewSchema,
      `/grants/${enc(grantId)}/requisitions/${enc(code)}/late-permission/revoke`,
      json('POST', { reason }),
    ),
  requisitionOverview: (grantId: string, signal?: AbortSignal) =>
    request(RequisitionOverviewSchema, `/grants/${enc(grantId)}/requisitions`, { signal }),
  grantLatePermission: (grantId: string, code: string, untilOn: string, reason: string) =>
    request(
      RequisitionOverviewSchema,
      `/grants/${enc(grantId)}/requisitions/${enc(code)}/late-permission`,
      json('PUT', { untilOn, reason }),
    ),
  secondRound: (grantId: string, signal?: AbortSignal) =>
    request(SecondRoundSchema, `/grants/${enc(grantId)}/second-round`, { signal }),
  confirmSecondRound: (grantId: string, checksum: string) =>
    request(SecondRoundSchema, `/grants/${enc(grantId)}/second-round`, json('POST', { checksum })),

  getAllocation: (id: string, signal?: AbortSignal) =>
    request(AllocationSchema, `/allocations/${enc(id)}`, { signal }),
  publishAllocation: (id: string) =>
    request(AllocationSchema, `/allocations/${enc(id)}/publish`, { method: 'POST' }),
  compareAllocations: (a: string, b: string, signal?: AbortSignal) =>
    request(AllocationComparisonSchema, `/allocations/compare?a=${enc(a)}&b=${enc(b)}`, {
      signal,
    }),
};

/** Links to files the server writes (the browser downloads them itself). */
export const fileLinks = {
  allocationExport: (id: string, format: 'csv' | 'xlsx' | 'pdf') =>
    `/api/allocations/${enc(id)}/export.${format}`,
  performanceExport: (
    id: string,
    file: 'annex.csv' | 'annex.xlsx' | 'annex.pdf' | 'decision.pdf',
  ) => `/api/performance-results/${enc(id)}/${file}`,
  allocationModel: (id: string) => `/api/allocations/${enc(id)}/model.json`,
  allocationInputs: (id: string) => `/api/allocations/${enc(id)}/inputs.csv`,
  requisitionExport: (grantId: string, list: 'export' | 'reminders', format: 'csv' | 'xlsx') =>
    `/api/grants/${enc(grantId)}/requisitions/${list}.${format}`,
  comparisonExport: (a: string, b: string, format: 'csv' | 'xlsx') =>
    `/api/allocations/compare.${format}?a=${enc(a)}&b=${enc(b)}`,
};
