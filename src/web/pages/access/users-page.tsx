// Accounts: an administrator sees everyone, a signatory their organisation's. Invite a person
// (the one-time password link is shown once, to be passed on), add and remove roles. The server
// decides what each may do; the role choices offered here are only those it would accept.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { Role } from '../../../contracts/session';
import { RoleSchema } from '../../../contracts/session';
import type { UserInvite, UserListItem as User } from '../../../contracts/users';
import { UserInviteSchema } from '../../../contracts/users';
import { api } from '../../api-client';
import { useAuth } from '../../auth';
import { Field } from '../../components/form-fields';
import { formatInstant } from '../../format';
import { Loading } from '../../components/loading';
import { ProblemAlert } from '../../components/problem-alert';
import { TableScroll } from '../../components/table-scroll';
import { FORM_BEHAVIOUR, zodMessages } from '../../forms';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';
import { usePageTitle } from '../../layout';
import { queryKeys, useApiMutation, useApiQuery } from '../../query';

const AGENCY_ROLES: Role[] = ['admin', 'case_officer', 'decision_maker', 'analyst'];
const RECIPIENT_ROLES: Role[] = ['recipient_user', 'recipient_signatory'];
const roleKey = (role: Role) => `role.${role}` satisfies string as MessageKey;

/**
 * The invitation form's values checked with the contract's own UserInviteSchema: one role, and
 * the organisation an administrator typed (blank: agency staff) or the signatory's own.
 */
function inviteFormSchema(ownCode: string | null, isAdmin: boolean) {
  return z
    .object({ name: z.string(), email: z.string(), recipientCode: z.string(), role: RoleSchema })
    .transform(({ name, email, recipientCode, role }): UserInvite => ({
      name,
      email,
      recipientCode: isAdmin ? recipientCode.trim() || null : ownCode,
      roles: [{ role, grantId: null }],
    }))
    .pipe(UserInviteSchema);
}

/** A change to an account; `send` resolves with a new password link's token, if it made one. */
interface AccountChange {
  send(): Promise<string | undefined>;
  /** What screen readers hear once it is done (nothing for a role change: the table shows it). */
  done?: string;
}

export function UsersPage() {
  const { t, locale } = useI18n();
  usePageTitle(t('users.title'));
  const { session } = useAuth();
  const users = useApiQuery(queryKeys.users, (signal) => api.listUsers(signal));
  const [link, setLink] = useState<string | undefined>(undefined);
  const isAdmin = session?.user?.roles.some((r) => r.role === 'admin') ?? false;
  // A case officer can be limited to one grant: the administrator picks it from the grants.
  const grants = useApiQuery(queryKeys.grants, (signal) => api.listGrants(signal), {
    enabled: isAdmin,
  });
  const ownCode = session?.user?.recipientCode ?? null;
  const assignable = (user: { recipientCode: string | null }) =>
    user.recipientCode === null ? (isAdmin ? AGENCY_ROLES : []) : RECIPIENT_ROLES;

  // Every change on the page shares one problem alert: the last one's.
  const change = useApiMutation({
    mutationFn: (account: AccountChange) => account.send(),
    invalidates: [queryKeys.users],
    announce: (_answer, account) => account.done,
    onSuccess: (token) => {
      if (token) setLink(`${window.location.origin}/losenord#${token}`);
    },
  });
  const error = change.error;
  const run = (account: AccountChange) => void change.run(account);

  const inviteSchema = useMemo(() => inviteFormSchema(ownCode, isAdmin), [ownCode, isAdmin]);
  const {
    register,
    handleSubmit,
    formState: { errors: inviteErrors },
  } = useForm({
    ...FORM_BEHAVIOUR,
    shouldFocusError: true,
    defaultValues: {
      name: '',
      email: '',
      recipientCode: '',
      role: (isAdmin ? AGENCY_ROLES[0] : RECIPIENT_ROLES[0]) as Role,
    },
    resolver: zodResolver(inviteSchema, zodMessages(t)),
  });

  const invite = handleSubmit((input) =>
    change.run({
      send: async () => (await api.inviteUser(input)).passwordToken,
      done: t('users.invited', { name: input.name }),
    }),
  );

  function changeRoles(user: User, roles: User['roles']) {
    run({ send: () => api.setUserRoles(user.id, roles).then(() => undefined) });
  }

  function setActive(user: User, active: boolean) {
    run({
      send: () => api.setUserActive(user.id, active).then(() => undefined),
      done: t(active ? 'users.reactivated' : 'users.deactivated', { name: user.name }),
    });
  }

  function unbind(user: User, identityId: string) {
    run({
      send: () => api.unbindIdentity(user.id, identityId).then(() => undefined),
      done: t('users.identityRemoved', { name: user.name }),
    });
  }

  function resetPassword(user: User) {
    run({
      send: async () => (await api.issuePasswordLink(user.id)).passwordToken,
      done: t('users.linkIssued', { name: user.name }),
    });
  }

  return (
    <>
      <h1>{t('users.title')}</h1>
      {error ? <ProblemAlert error={error} /> : null}
      {users.isPending ? <Loading /> : null}
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
                          {assignment.role === 'case_officer' &&
                          isAdmin &&
                          grants.data &&
                          user.id !== session?.user?.id ? (
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
                          {user.id !== session?.user?.id ? (
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
                          ) : null}
                        </li>
                      ))}
                    </ul>
                    {user.id === session?.user?.id ? (
                      // Nobody changes their own roles (four eyes): another administrator does.
                      <p className="muted">{t('users.ownRoles')}</p>
                    ) : assignable(user).filter((r) => !user.roles.some((a) => a.role === r))
                        .length > 0 ? (
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
        <Field id="invite-name" label={t('users.col.name')} error={inviteErrors.name?.message}>
          {(d) => (
            <input
              id="invite-name"
              required
              aria-describedby={d}
              aria-invalid={inviteErrors.name ? true : undefined}
              {...register('name')}
            />
          )}
        </Field>
        <Field id="invite-email" label={t('users.col.email')} error={inviteErrors.email?.message}>
          {(d) => (
            <input
              id="invite-email"
              type="email"
              required
              aria-describedby={d}
              aria-invalid={inviteErrors.email ? true : undefined}
              {...register('email')}
            />
          )}
        </Field>
        {isAdmin ? (
          <Field
            id="invite-code"
            label={t('users.col.organisation')}
            hint={t('users.codeHint')}
            error={inviteErrors.recipientCode?.message}
          >
            {(d) => (
              <input
                id="invite-code"
                aria-describedby={d}
                aria-invalid={inviteErrors.recipientCode ? true : undefined}
                {...register('recipientCode')}
              />
            )}
          </Field>
        ) : null}
        <Field id="invite-role" label={t('users.role')}>
          {(d) => (
            <select id="invite-role" aria-describedby={d} {...register('role')}>
              {(isAdmin ? [...AGENCY_ROLES, ...RECIPIENT_ROLES] : RECIPIENT_ROLES).map((role) => (
                <option key={role} value={role}>
                  {t(roleKey(role))}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="button button--primary" disabled={change.isPending}>
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
