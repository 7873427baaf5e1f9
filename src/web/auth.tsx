// Who is signed in, for the whole app. The server decides every request; the web only uses the
// session's `permissions` to hide what the user cannot do, and shows the sign-in page when the
// server answers 401 (the session ended). The session is a query like any other
// (queryKeys.session); signing in and out, and a 401, put the new one in its place.
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import type { PolicyAction, Session } from '../contracts/session';
import { api, setCsrfToken, setUnauthenticatedHandler } from './api-client';
import { Loading } from './components/loading';
import { useI18n } from './i18n/i18n';
import { usePageTitle } from './layout';
import { queryKeys, useApiQuery } from './query';

interface Auth {
  /** undefined while the first answer is on its way. */
  session: Session | undefined;
  signIn(email: string, password: string): Promise<Session>;
  signOut(): Promise<void>;
  /** Whether the user may take the policy action somewhere (src/services/policy.ts). */
  can(action: PolicyAction): boolean;
}

const AuthContext = createContext<Auth | null>(null);
const SIGNED_OUT: Session = { user: null, csrfToken: null, permissions: [] };

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const userId = useRef<string | null>(null);
  /** Makes `next` the session: its CSRF token for every change, and the cache if it is its own. */
  const adopt = useCallback(
    (next: Session) => {
      setCsrfToken(next.csrfToken);
      // What one person loaded is never shown to the next one signing in on this browser.
      const nextUserId = next.user?.id ?? null;
      if (nextUserId !== userId.current)
        queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
      userId.current = nextUserId;
      return next;
    },
    [queryClient],
  );
  const replace = useCallback(
    (next: Session) => queryClient.setQueryData(queryKeys.session, adopt(next)),
    [queryClient, adopt],
  );
  // No answer (the server cannot be reached) is treated as signed out: the sign-in page says more.
  const { data: session } = useApiQuery(queryKeys.session, (signal) =>
    api.getSession(signal).then(adopt, (error: unknown) => {
      if (signal.aborted) throw error;
      return adopt(SIGNED_OUT);
    }),
  );

  useEffect(() => setUnauthenticatedHandler(() => replace(SIGNED_OUT)), [replace]);

  const auth = useMemo<Auth>(
    () => ({
      session,
      async signIn(email, password) {
        const next = await api.signIn(email, password);
        replace(next);
        return next;
      },
      async signOut() {
        const answer = await api.signOut().catch(() => undefined);
        replace(SIGNED_OUT);
        // Signed in with the identity provider: end its session too; it sends the browser back.
        if (answer?.endSessionUrl) window.location.assign(answer.endSessionUrl);
      },
      can: (action) => (session ? permits(session, action) : false),
    }),
    [session, replace],
  );
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

/** The page if the user is signed in and may `action`; else the sign-in page or "no access". */
export function RequireAccess({
  action,
  children,
}: {
  action?: PolicyAction;
  children: ReactNode;
}) {
  const { session, can } = useAuth();
  const location = useLocation();
  if (!session) return <Loading />;
  if (!session.user) {
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return <Navigate to={`/logga-in?next=${next}`} replace />;
  }
  if (action && !can(action)) return <NoAccessPage />;
  return <>{children}</>;
}

/** The start page: agency staff see the grants, a recipient's staff their own grants. */
export function startPath(session: Session): string {
  return permits(session, 'agency.read') ? '/' : '/mina-bidrag';
}

/** The session's permissions name the action (typed, so a misspelt action fails typecheck). */
function permits(session: Session, action: PolicyAction): boolean {
  return session.permissions.includes(action);
}

export function NoAccessPage() {
  const { t } = useI18n();
  const { session } = useAuth();
  usePageTitle(t('auth.noAccess.title'));
  return (
    <>
      <h1>{t('auth.noAccess.title')}</h1>
      <p>{t('auth.noAccess.body')}</p>
      {session ? (
        <p>
          <a href={startPath(session)}>{t('auth.noAccess.start')}</a>
        </p>
      ) : null}
    </>
  );
}
