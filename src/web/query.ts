// The web's one way to load and change data (docs/decisions/0019): TanStack Query over the typed
// calls in api-client.ts. Pages load with `useApiQuery(queryKeys.…, (signal) => api.…(…, signal))`
// and change with `useApiMutation({ mutationFn, invalidates, announce })`; both only ever fail with
// an ApiError, which ProblemAlert shows. A 401 needs nothing here: api-client.ts already hands it
// to the sign-in handler (auth.tsx), and a 4xx is never retried.
import type { QueryKey, UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import {
  QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
  keepPreviousData,
} from '@tanstack/react-query';
import { ApiError } from './api-client';
import { useAnnounce } from './announcer';

declare module '@tanstack/react-query' {
  interface Register {
    // useApiQuery and useApiMutation turn every failure into an ApiError before Query sees it.
    defaultError: ApiError;
  }
}

/**
 * What is loaded, one key per resource. Everything about one grant sits under `grant(id)`, so a
 * change to the grant can reload all of it at once (`invalidates: [queryKeys.grant(id)]`); the
 * own organisation's views sit under `me`.
 */
export const queryKeys = {
  /** Who is signed in (auth.tsx); kept when the cache is emptied for the next user. */
  session: ['session'],
  signInOptions: ['sign-in-options'],
  users: ['users'],
  agencySettings: ['agency-settings'],
  /** Every recipient list and account: a prefix. */
  allRecipients: ['recipients'],
  recipients: (filter: { q?: string; type?: string }) => ['recipients', 'list', filter] as const,
  paymentAccount: (code: string) => ['recipients', code, 'payment-account'] as const,
  /** Under the recipients prefix: saving or confirming any account makes it stale. */
  paymentAccountChanges: ['recipients', 'payment-account-changes'],

  grants: ['grants'],
  /** Everything about one grant: a prefix, for invalidating. */
  grant: (id: string) => ['grant', id] as const,
  grantDetail: (id: string) => ['grant', id, 'detail'] as const,
  grantAudit: (id: string) => ['grant', id, 'audit'] as const,
  grantAllocations: (id: string) => ['grant', id, 'allocations'] as const,
  performance: (grantId: string) => ['grant', grantId, 'performance'] as const,
  recipientFigures: (grantId: string, code: string) =>
    ['grant', grantId, 'performance', 'figures', code] as const,
  requisitionOverview: (grantId: string) => ['grant', grantId, 'requisitions'] as const,
  secondRound: (grantId: string) => ['grant', grantId, 'second-round'] as const,
  decisions: (grantId: string) => ['grant', grantId, 'decisions'] as const,
  payouts: (grantId: string) => ['grant', grantId, 'payouts'] as const,
  receivables: (grantId: string) => ['grant', grantId, 'receivables'] as const,
  auditSamples: (grantId: string) => ['grant', grantId, 'audit-samples'] as const,
  reportingOverview: (grantId: string) => ['grant', grantId, 'reports'] as const,
  reportForm: (grantId: string) => ['grant', grantId, 'report-form'] as const,
  report: (grantId: string, code: string) => ['grant', grantId, 'reports', code] as const,

  allocation: (id: string) => ['allocation', id] as const,
  allocationComparison: (a: string, b: string) => ['allocation-comparison', a, b] as const,
  comparisonChoices: ['allocation-comparison', 'choices'],
  performanceResult: (id: string) => ['performance-result', id] as const,
  requisition: (id: string) => ['requisition', id] as const,
  payoutBatch: (id: string) => ['payout-batch', id] as const,

  /** Everything the signed-in recipient's staff see of their own organisation: a prefix. */
  me: ['me'],
  myGrants: ['me', 'grants'],
  /** The task list of whoever is signed in (agency staff too): under `me`, reloaded with it. */
  myTasks: ['me', 'tasks'],
  myInterests: ['me', 'interests'],
  myDecisions: ['me', 'decisions'],
  myReceivables: ['me', 'receivables'],
  myRequisition: (grantId: string) => ['me', 'grant', grantId, 'requisition'] as const,
  myFigures: (grantId: string) => ['me', 'grant', grantId, 'figures'] as const,
  myReport: (grantId: string) => ['me', 'grant', grantId, 'report'] as const,
} as const;

/** Anything thrown that is not an ApiError is a bug: logged, and shown as "unexpected". */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  console.error(error);
  return new ApiError('unexpected', 0, null);
}

/** A server that refused (4xx) refuses again; only an unreachable or failing server is retried. */
function worthRetrying(failures: number, error: ApiError): boolean {
  const transient = error.kind === 'network' || error.status >= 500;
  return transient && failures < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Offline, a request is sent anyway and fails as a network error the page shows (as before
      // TanStack Query); its default would pause it silently with the button busy.
      queries: {
        networkMode: 'always',
        retry: worthRetrying,
        // A page shows what it loaded until the person acts; coming back to the tab does not
        // change a form or a table under their hands. Mutations invalidate what they change.
        refetchOnWindowFocus: false,
      },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}

/**
 * Loads `key` with `load`; the signal aborts the call when the page no longer needs it. A new key
 * drops the old answer (unless `keepPrevious`), a reload keeps it on screen until the new one
 * arrives.
 */
export function useApiQuery<T>(
  key: QueryKey,
  load: (signal: AbortSignal) => Promise<T>,
  options: { enabled?: boolean; keepPrevious?: boolean } = {},
): UseQueryResult<T, ApiError> {
  return useQuery({
    queryKey: key,
    queryFn: async ({ signal }) => {
      try {
        return await load(signal);
      } catch (error) {
        if (signal.aborted) throw error;
        throw asApiError(error);
      }
    },
    enabled: options.enabled,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
  });
}

export interface ApiMutationOptions<TVariables, TData> {
  mutationFn: (variables: TVariables) => Promise<TData>;
  /** What the change makes stale: these queries and everything under them load again. */
  invalidates?: readonly QueryKey[] | ((data: TData, variables: TVariables) => readonly QueryKey[]);
  /** Read to screen readers once the server has accepted the change (nothing when undefined). */
  announce?: (data: TData, variables: TVariables) => string | undefined;
  onSuccess?: (data: TData, variables: TVariables) => void;
}

export type ApiMutation<TVariables, TData> = UseMutationResult<TData, ApiError, TVariables> & {
  /**
   * Sends the change and says how it went; never rejects, so a submit handler needs no catch.
   * When the server refused, `error` also holds the problem until the next attempt.
   */
  run(variables: TVariables): Promise<MutationOutcome<TData>>;
};

export type MutationOutcome<TData> = { ok: true; data: TData } | { ok: false; error: ApiError };

/**
 * A change sent to the server, the way every page does it: busy while on its way (`isPending`),
 * the problem to show with ProblemAlert (`error`, cleared when sent again), the success announced
 * and the affected queries loaded again before the change counts as done.
 */
export function useApiMutation<TVariables = void, TData = unknown>(
  options: ApiMutationOptions<TVariables, TData>,
): ApiMutation<TVariables, TData> {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { mutationFn, invalidates, onSuccess } = options;
  const announcement = options.announce;
  const mutation = useMutation<TData, ApiError, TVariables>({
    mutationFn: async (variables) => {
      try {
        return await mutationFn(variables);
      } catch (error) {
        throw asApiError(error);
      }
    },
    onSuccess: async (data, variables) => {
      const message = announcement?.(data, variables);
      if (message) announce(message);
      onSuccess?.(data, variables);
      const keys = typeof invalidates === 'function' ? invalidates(data, variables) : invalidates;
      await Promise.all(
        (keys ?? []).map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
    },
  });
  const { mutateAsync } = mutation;
  return {
    ...mutation,
    run: (variables) =>
      mutateAsync(variables).then(
        (data) => ({ ok: true, data }),
        (error: unknown) => ({ ok: false, error: asApiError(error) }),
      ),
  };
}
