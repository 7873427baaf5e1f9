// One account per role for trying the app (README.md lists them). Only in demo mode: a production
// start seeds no account; `statsbidrag create-admin` makes the first administrator.
import { hasMarker, setMarker } from '../../db/markers';
import { findUserByEmail, type Role } from '../../db/users';
import type { ServiceContext } from '../common/context';
import { createAccount } from '../access/create-account';

const DEMO_ACCOUNTS_MARKER = 'demo_accounts_loaded';

/** Every demo account has this password (it is in the README: never use demo mode in production). */
export const DEMO_PASSWORD = 'statsbidrag-demo';

export const DEMO_ACCOUNTS: {
  email: string;
  name: string;
  role: Role;
  recipientCode: string | null;
}[] = [
  {
    email: 'admin@demo.statsbidrag.se',
    name: 'Alva Administratör',
    role: 'admin',
    recipientCode: null,
  },
  {
    email: 'handlaggare@demo.statsbidrag.se',
    name: 'Hanna Handläggare',
    role: 'case_officer',
    recipientCode: null,
  },
  {
    email: 'beslutsfattare@demo.statsbidrag.se',
    name: 'Bertil Beslutsfattare',
    role: 'decision_maker',
    recipientCode: null,
  },
  {
    email: 'analytiker@demo.statsbidrag.se',
    name: 'Anna Analytiker',
    role: 'analyst',
    recipientCode: null,
  },
  {
    email: 'anvandare@stockholm.demo.statsbidrag.se',
    name: 'Sara Stockholm',
    role: 'recipient_user',
    recipientCode: '0180',
  },
  {
    email: 'firmatecknare@stockholm.demo.statsbidrag.se',
    name: 'Filip Firmatecknare',
    role: 'recipient_signatory',
    recipientCode: '0180',
  },
];

/** Creates the demo accounts that are missing, once per installation. Returns whether it did. */
export async function loadDemoAccounts(ctx: ServiceContext): Promise<boolean> {
  if (await hasMarker(ctx.db, DEMO_ACCOUNTS_MARKER)) return false;
  for (const account of DEMO_ACCOUNTS) {
    if (await findUserByEmail(ctx.db, account.email)) continue;
    await createAccount(ctx, {
      email: account.email,
      name: account.name,
      password: DEMO_PASSWORD,
      recipientCode: account.recipientCode,
      roles: [{ role: account.role, grantId: null }],
    });
  }
  await setMarker(ctx.db, DEMO_ACCOUNTS_MARKER, { loadedAt: ctx.now().toISOString() });
  return true;
}
