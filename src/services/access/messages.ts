// The sentences of signing in, accounts and roles (codes declared in src/domain/errors.ts).
import type { AccessCode } from '../../domain/errors';
import { type MessageCatalogue, paramText } from '../../domain/issues';

const text = paramText;

// One sentence per four-eyes pair of the policy (SECOND_PERSON in domain/access/policy.ts).
const SAME_PERSON: Record<string, { sv: string; en: string }> = {
  'decision.issue': {
    sv: 'Du har själv berett eller ändrat beslutet och kan därför inte fatta det. En annan beslutsfattare behöver fatta det.',
    en: 'You prepared or changed this decision yourself, so you cannot issue it. Another decision maker has to issue it.',
  },
  'payout.approve': {
    sv: 'Den som har skapat utbetalningen kan inte också godkänna den.',
    en: 'The person who built the payout batch cannot also approve it.',
  },
  'payment_account.confirm': {
    sv: 'Du har själv föreslagit ändringen av kontot och kan inte bekräfta den. En annan handläggare eller organisationens firmatecknare behöver bekräfta den.',
    en: 'You proposed this change of the account yourself and cannot confirm it. Another case officer or the organisation’s signatory has to confirm it.',
  },
};
const SAME_PERSON_DEFAULT = {
  sv: 'Någon annan än du behöver göra detta (fyra ögon).',
  en: 'Someone other than you has to do this (four eyes).',
};

export const ACCESS_MESSAGES = {
  /** The request needs a signed-in user. */
  'auth.unauthenticated': {
    sv: () => 'Logga in för att fortsätta.',
    en: () => 'Sign in to continue.',
  },
  /** The signed-in user's roles do not allow this. Params: action or role. */
  'auth.forbidden': {
    sv: () => 'Du har inte behörighet att göra detta.',
    en: () => 'You are not allowed to do this.',
  },
  /** Wrong email or password; deliberately not saying which. */
  'auth.invalid_credentials': {
    sv: () => 'Fel e-postadress eller lösenord.',
    en: () => 'Wrong email address or password.',
  },
  /** Too many failed sign-ins. Params: retryAfterSeconds. */
  'auth.too_many_attempts': {
    sv: (p) =>
      `För många misslyckade inloggningar. Försök igen om ${Math.ceil(Number(p.retryAfterSeconds ?? 60) / 60)} minuter.`,
    en: (p) =>
      `Too many failed sign-ins. Try again in ${Math.ceil(Number(p.retryAfterSeconds ?? 60) / 60)} minutes.`,
  },
  /** OpenID Connect sign-in is not set up on this server (OIDC_* in README.md). */
  'auth.oidc_not_configured': {
    sv: () => 'Inloggning via organisationens identitetstjänst är inte aktiverad.',
    en: () => "Sign-in with the organisation's identity provider is not enabled.",
  },
  /** The identity provider's verified email matches no active account. Params: email. */
  'auth.oidc_unknown_account': {
    sv: () =>
      'Det finns inget aktivt konto för din e-postadress. Be en administratör att bjuda in dig först.',
    en: () =>
      'There is no active account for your email address. Ask an administrator to invite you first.',
  },
  /** The identity provider gave no email, or did not say it is verified. */
  'auth.oidc_email_not_verified': {
    sv: () => 'Identitetstjänsten uppgav ingen verifierad e-postadress, så du kan inte loggas in.',
    en: () => 'The identity provider gave no verified email address, so you cannot be signed in.',
  },
  /** The provider's answer could not be checked (state, code, tokens) or it reported an error. */
  'auth.oidc_failed': {
    sv: () => 'Inloggningen via identitetstjänsten misslyckades. Försök igen.',
    en: () => 'Signing in with the identity provider failed. Try again.',
  },
  /** A signing act without a valid step-up proof for it. */
  'auth.step_up_required': {
    sv: () =>
      'Underskriften kräver att du styrker din identitet på nytt för just den här handlingen. Försök igen.',
    en: () => 'Signing requires you to prove your identity again for this very act. Try again.',
  },
  /** The password re-entered to sign is wrong. Params: path. */
  'auth.step_up_wrong_password': {
    sv: () => 'Lösenordet är fel. Ingenting har skrivits under.',
    en: () => 'The password is wrong. Nothing has been signed.',
  },
  'auth.step_up_use_provider': {
    sv: () => 'Underskrift sker med e-legitimation, inte med lösenord.',
    en: () => 'Signing is done with the e-identification, not with the password.',
  },
  'auth.step_up_stale': {
    sv: () =>
      'Identifieringen var inte gjord just nu. Ingenting har skrivits under. Försök igen och legitimera dig på nytt.',
    en: () =>
      'The identification was not made just now. Nothing has been signed. Try again and identify yourself anew.',
  },
  'auth.step_up_level': {
    sv: () =>
      'E-legitimationen har inte den tillitsnivå som underskriften kräver. Ingenting har skrivits under.',
    en: () =>
      'The e-identification does not have the level of assurance signing requires. Nothing has been signed.',
  },
  'auth.step_up_subject': {
    sv: () =>
      'Du legitimerade dig som en annan person än den som är inloggad. Ingenting har skrivits under.',
    en: () =>
      'You identified yourself as someone other than the person signed in. Nothing has been signed.',
  },
  /** No account with this id that the user may manage. Params: userId. */
  'user.not_found': {
    sv: () => 'Användaren finns inte.',
    en: () => 'The user does not exist.',
  },
  /** An account with this email exists. Params: email. */
  'user.email_taken': {
    sv: (p) => `Det finns redan ett konto för ${text(p, 'email')}.`,
    en: (p) => `There is already an account for ${text(p, 'email')}.`,
  },
  /** The organisation code is not in the register. Params: recipientCode. */
  'user.unknown_organisation': {
    sv: (p) => `Organisationen ${text(p, 'recipientCode')} finns inte i mottagarregistret.`,
    en: (p) => `The organisation ${text(p, 'recipientCode')} is not in the recipient register.`,
  },
  /** Recipient roles need an organisation, agency roles none; only case officers have one grant. Params: role. */
  'user.role_does_not_fit': {
    sv: (p) => `Rollen ${text(p, 'role')} passar inte kontot (organisation eller bidrag).`,
    en: (p) => `The role ${text(p, 'role')} does not fit the account (organisation or grant).`,
  },
  /** Nobody changes their own roles: another administrator (or signatory) does it. */
  'user.cannot_change_own_roles': {
    sv: () => 'Du kan inte ändra dina egna roller. Be en annan administratör att göra det.',
    en: () => 'You cannot change your own roles. Ask another administrator to do it.',
  },
  /** Nobody deactivates their own account (someone else must be able to reactivate it). */
  'user.cannot_deactivate_self': {
    sv: () => 'Du kan inte inaktivera ditt eget konto.',
    en: () => 'You cannot deactivate your own account.',
  },
  /** Changing the password: the current one given is wrong. */
  'user.wrong_password': {
    sv: () => 'Det nuvarande lösenordet är fel.',
    en: () => 'The current password is wrong.',
  },
  /** Params: min. */
  'user.password_too_short': {
    sv: (p) => `Lösenordet måste ha minst ${text(p, 'min')} tecken.`,
    en: (p) => `The password must have at least ${text(p, 'min')} characters.`,
  },
  /** A common, breached or otherwise easily guessed password (services/access/password.ts). */
  'user.password_guessable': {
    sv: () =>
      'Lösenordet är för lätt att gissa: det är vanligt eller har läckt, upprepar tecken eller en följd (som aaaa, 1234 eller qwerty) eller bygger på ditt namn eller din e-postadress. Välj en längre fras av ord som inte hör ihop.',
    en: () =>
      'The password is too easy to guess: it is common or has been leaked, repeats characters or a sequence (such as aaaa, 1234 or qwerty), or is based on your name or email address. Choose a longer phrase of unrelated words.',
  },
  /** The one-time link is unknown, used or expired. */
  'user.password_link_invalid': {
    sv: () => 'Länken är ogiltig eller har gått ut. Be administratören om en ny.',
    en: () => 'The link is invalid or has expired. Ask the administrator for a new one.',
  },
  /** Four eyes: the one who took the first step cannot complete it. Params: action, firstStep. */
  'auth.same_person': {
    sv: (p) => SAME_PERSON[text(p, 'action')]?.sv ?? SAME_PERSON_DEFAULT.sv,
    en: (p) => SAME_PERSON[text(p, 'action')]?.en ?? SAME_PERSON_DEFAULT.en,
  },
  /** An administrator deactivated the account; only an administrator reactivates it. */
  'user.reactivation_needs_admin': {
    sv: () =>
      'En administratör har inaktiverat kontot. Bara en administratör kan aktivera det igen.',
    en: () => 'An administrator deactivated the account. Only an administrator can reactivate it.',
  },
  /** The account is deactivated: no password link is issued or used for it. */
  'user.inactive': {
    sv: () => 'Kontot är inaktiverat. Det behöver aktiveras innan ett lösenord kan sättas.',
    en: () => 'The account is deactivated. It must be reactivated before a password can be set.',
  },
  /** The email's account is bound to another identity at the same provider. Params: email. */
  'auth.oidc_identity_conflict': {
    sv: () =>
      'Kontot för din e-postadress är redan kopplat till en annan identitet hos identitetstjänsten. Be en administratör att ta bort den kopplingen om du har fått en ny identitet.',
    en: () =>
      'The account for your email address is already bound to another identity at the identity provider. Ask an administrator to remove that binding if your identity has changed.',
  },
  /** No such binding of the account. Params: identityId. */
  'user.identity_not_found': {
    sv: () => 'Kopplingen till identitetstjänsten finns inte.',
    en: () => 'The binding to the identity provider does not exist.',
  },
} satisfies MessageCatalogue<AccessCode>;
