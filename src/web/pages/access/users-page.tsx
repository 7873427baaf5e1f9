// Accounts: an administrator sees everyone, a signatory their organisation's. Invite a person
// (the one-time password link is shown once, to be passed on), add and remove roles. The server
// decides what each may do; the role choices offered here are only those it would accept.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Role } from '../../../contracts/session';
import type { UserListItem as User } from '../../../contracts/users';
import { ApiError, api } from '../../api-client';
import { useAnnounce } from '../../announcer';
import { useAuth } from '../../auth';
import { Field } from '../../components/form-fields';
import { formatInstant } from '../../format';
import { Loading } from '../../components/loading';
import { ProblemAlert } from '../../components/problem-alert';
import { TableScroll } from '../../components/table-scroll';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';
import { usePageTitle } from '../../layout';
import { useResource } from '../../use-resource';

const AGENCY_ROLES: Role[] = ['admin', 'case_officer', 'decision_maker', 'analyst'];
const RECIPIENT_ROLES: Role[] = ['recipient_user', 'recipient_signatory'];
const roleKey = (role: Role) => `role.${role}` satisfies string as MessageKey;

export function UsersPage() {
  const { t, locale } = useI18n();
  usePageTitle(t('users.title'));
  const { session } = useAuth();
  const announce = useAnnounce();
  const users = useResource('users', (signal) => api.listUsers(signal));
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [link, setLink] = useState<string | undefined>(undefined);
  const isAdmin = session?.user?.roles.some((r) => r.role === 'admin') ?? false;
  // A case officer can be limited to one grant: the administrator picks it from the grants.
  const grants = useResource(`users-grants:${isAdmin}`, (signal) =>
    isAdmin ? api.listGrants(signal) : Promise.resolve(null),
  );
  const ownCode = session?.user?.recipientCode ?? null;
  const assignable = (user: { recipientCode: string | null }) =>
    user.recipientCode === null ? (isAdmin ? AGENCY_ROLES : []) : RECIPIENT_ROLES;

  async function run(action: () => Promise<unknown>) {
    setError(undefined);
    try {
      await action();
      users.reload();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('unexpected', 0, null));
    }
  }

  function invite(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const code = isAdmin ? String(form.get('recipientCode') ?? '').trim() || null : ownCode;
    const role = String(form.get('role')) as Role;
    void run(async () => {
      const invitation = await api.inviteUser({
        email: String(form.get('email') ?? ''),
        name: String(form.get('name') ?? ''),
        recipientCode: code,
        roles: [{ role, grantId: null }],
      });
      setLink(`${window.location.origin}/losenord#${invitation.passwordToken}`);
      announce(t('users.invited', { name: invitation.user.name }));
    });
  }

  function changeRoles(user: User, roles: User['roles']) {
    void run(() => api.setUserRoles(user.id, roles));
  }

  function setActive(user: User, active: boolean) {
    void run(async () => {
      await api.setUserActive(user.id, active);
      announce(t(active ? 'users.reactivated' : 'users.deactivated', { name: user.name }));
    });
  }

  function unbind(user: User, identityId: string) {
    void run(async () => {
      await api.unbindIdentity(user.id, identityId);
      announce(t('users.identityRemoved', { name: user.name }));
    });
  }

  function resetPassword(user: User) {
    void run(async () => {
      const issued = await api.issuePasswordLink(user.id);
      setLink(`${window.location.origin}/losenord#${issued.passwordToken}`);
      announce(t('users.linkIssued', { name: user.name }));
    });
  }

  return (
    <>
      <h1>{t('users.title')}</h1>
      {error ? <ProblemAlert error={error} /> : null}
      {users.loading && !users.data ? <Loading /> : null}
      {users.data ? (
        <TableScroll label={t('users.tableCaption')}>
          <table className="table">
            <caption className="visually-hidden">{t('users.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('users.col.name')}</th>
                <th scope="col">{t('users.col.email')}</th>
                <th scope="col">{t('users.col.organisation')}</th>
                <th scope="col">{t('users.col.roles')}</th>
                <th scope="col">{t('users.col.account')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.items.map((user) => (
                <tr key={user.id}>
                  <th scope="row">{user.name}</th>
                  <td>{user.email}</td>
                  <td>{user.recipientCode ?? t('users.agency')}</td>
                  <td>
                    <ul className="plain-list">
                      {user.roles.map((assignment) => (
                        <li key={`${assignment.role}-${assignment.grantId ?? 'all'}`}>
                          {t(roleKey(assignment.role))}{' '}
                          {assignment.role === 'case_officer' && isAdmin && grants.data ? (
                            <label>
                              <span className="visually-hidden">
                                {t('users.grantScopeFor', { name: user.name })}
                              </span>
                              <select
                                value={assignment.grantId ?? ''}
                                onChange={(event) =>
                                  changeRoles(
                                    user,
                                    user.roles.map((r) =>
                                      r === assignment
                                        ? { ...r, grantId: event.target.value || null }
                                        : r,
                                    ),
                                  )
                                }
                              >
                                <option value="">{t('users.allGrants')}</option>
                                {grants.data.items.map((grant) => (
                                  <option key={grant.id} value={grant.id}>
                                    {grant.name} ({grant.grantYear})
                                  </option>
                                ))}
                              </select>
                            </label>
                          ) : null}{' '}
                          <button
                            type="button"
                            className="button button--small"
                            aria-label={t('users.removeRole', {
                              role: t(roleKey(assignment.role)),
                              name: user.name,
                            })}
                            onClick={() =>
                              changeRoles(
                                user,
                                user.roles.filter((r) => r !== assignment),
                              )
                            }
                          >
                            {t('users.remove')}
                          </button>
                        </li>
                      ))}
                    </ul>
                    {assignable(user).filter((r) => !user.roles.some((a) => a.role === r)).length >
                    0 ? (
                      <label>
                        <span className="visually-hidden">
                          {t('users.addRoleFor', { name: user.name })}
                        </span>
                        <select
                          value=""
                          onChange={(event) =>
                            changeRoles(user, [
                              ...user.roles,
                              { role: event.target.value as Role, grantId: null },
                            ])
                          }
                        >
                          <option value="">{t('users.addRole')}</option>
                          {assignable(user)
                            .filter((r) => !user.roles.some((a) => a.role === r))
                            .map((role) => (
                              <option key={role} value={role}>
                                {t(roleKey(role))}
                              </option>
                            ))}
                        </select>
                      </label>
                    ) : null}
                  </td>
                  <td>
                    <p>{t(user.active ? 'users.active' : 'users.inactive')}</p>
                    {user.id !== session?.user?.id ? (
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t(user.active ? 'users.deactivateFor' : 'users.reactivateFor', {
                          name: user.name,
                        })}
                        onClick={() => setActive(user, !user.active)}
                      >
                        {t(user.active ? 'users.deactivate' : 'users.reactivate')}
                      </button>
                    ) : null}{' '}
                    {isAdmin ? (
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t('users.newLinkFor', { name: user.name })}
                        onClick={() => resetPassword(user)}
                      >
                        {t('users.newLink')}
                      </button>
                    ) : null}
                    {user.identities.length > 0 ? (
                      <ul className="plain-list">
                        {user.identities.map((identity) => (
                          <li key={identity.id}>
                            {t('users.identity', {
                              issuer: identity.issuer,
                              subject: identity.subject,
                            })}
                            {', '}
                            {identity.lastSignedInAt
                              ? t('users.identityLastUsed', {
                                  at: formatInstant(identity.lastSignedInAt, locale),
                                })
                              : t('users.identityNeverUsed')}{' '}
                            <button
                              type="button"
                              className="button button--small"
                              aria-label={t('users.removeIdentityFor', {
                                name: user.name,
                                issuer: identity.issuer,
                              })}
                              onClick={() => unbind(user, identity.id)}
                            >
                              {t('users.removeIdentity')}
                            </button>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}

      <h2>{t('users.inviteTitle')}</h2>
      <form onSubmit={invite} noValidate>
        <Field id="invite-name" label={t('users.col.name')}>
          {(d) => <input id="invite-name" name="name" required aria-describedby={d} />}
        </Field>
        <Field id="invite-email" label={t('users.col.email')}>
          {(d) => (
            <input id="invite-email" name="email" type="email" required aria-describedby={d} />
          )}
        </Field>
        {isAdmin ? (
          <Field id="invite-code" label={t('users.col.organisation')} hint={t('users.codeHint')}>
            {(d) => <input id="invite-code" name="recipientCode" aria-describedby={d} />}
          </Field>
        ) : null}
        <Field id="invite-role" label={t('users.role')}>
          {(d) => (
            <select id="invite-role" name="role" aria-describedby={d}>
              {(isAdmin ? [...AGENCY_ROLES, ...RECIPIENT_ROLES] : RECIPIENT_ROLES).map((role) => (
                <option key={role} value={role}>
                  {t(roleKey(role))}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="button button--primary">
          {t('users.invite')}
        </button>
      </form>
      {link ? (
        <div className="alert" role="status">
          <p>{t('users.linkIntro')}</p>
          <p>
            <code>{link}</code>
          </p>
        </div>
      ) : null}
    </>
  );
}
