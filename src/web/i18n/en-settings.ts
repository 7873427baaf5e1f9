// The texts of the agency settings page and of OpenID Connect bindings, in English.
import type { svSettings } from './sv-settings';

export const enSettings: Record<keyof typeof svSettings, string> = {
  'layout.nav.settings': 'Settings',
  'settings.title': 'Agency settings',
  'settings.intro':
    'These details head decision letters, repayment demands and clawbacks. The reference series applies to decisions issued from now on; issued decisions keep their reference numbers.',
  'settings.readOnly': 'Only a system administrator can change the settings.',
  'settings.section.letterhead': 'Letterhead',
  'settings.section.decisions': 'Decisions and payments',
  'settings.name': "The agency's name",
  'settings.orgNumber': 'Organisation number',
  'settings.orgNumberHint': 'NNNNNN-NNNN. Leave empty to keep it off the letters.',
  'settings.postalAddress': 'Postal address',
  'settings.postalAddressHint': 'One or more lines.',
  'settings.email': 'Email',
  'settings.phone': 'Phone',
  'settings.optionalHint': 'Optional.',
  'settings.referenceSeries': 'Reference series',
  'settings.referenceSeriesHint':
    '1–10 capital letters and digits, e.g. SB in SB 2026/0001. Applies to decisions issued after the change.',
  'settings.repaymentBankgiro': 'Bankgiro for repayments',
  'settings.repaymentBankgiroHint':
    'NNN-NNNN or NNNN-NNNN. Printed on repayment demands and clawbacks with the OCR number.',
  'settings.appealText': 'Default text on how to appeal',
  'settings.appealTextHint': 'Used for grants that have no text of their own.',
  'settings.save': 'Save the settings',
  'settings.saved': 'The settings are saved.',
  'settings.notSaved': 'The settings were not saved',
  'settings.required': 'The field must be filled in.',
  'settings.updated': 'Last changed {at} by {by}.',
  'users.identity': 'Sign-in binding: {subject} at {issuer}',
  'users.identityLastUsed': 'last used {at}',
  'users.identityNeverUsed': 'not used yet',
  'users.removeIdentity': 'Remove binding',
  'users.removeIdentityFor': 'Remove the binding of {name} to {issuer}',
  'users.identityRemoved': 'The binding of {name} is removed.',
  'signIn.oidc.auth.oidc_identity_conflict':
    'The account for your email address is already bound to another identity at the identity provider. Ask an administrator to remove that binding if your identity has changed.',
  'signIn.signedOut': 'You are signed out.',
  'settings.bankgiroWarning.label': 'Bankgiro missing',
  'settings.bankgiroWarning.text':
    'The agency’s bankgiro for repayments is not set. No repayment demands or clawbacks can be sent until it is set.',
  'settings.bankgiroWarning.link': 'Set the bankgiro',
};
