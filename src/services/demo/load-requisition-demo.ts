// The requisition demo: a published grant open for requisition until 2027-10-31 with a second
// round, and some municipalities' requisitions in every state, so the case officer's overview
// means something and the Stockholm demo accounts can requisition on a fresh start. Entered
// through the same use cases a recipient uses; loaded once (a marker).
import { readFile } from 'node:fs/promises';
import { hasMarker, setMarker } from '../../db/markers';
import type { RequisitionContent } from '../../domain/requisition/requisition';
import type { ServiceContext } from '../common/context';
import { createRequisition } from '../requisition/create-requisition';
import type { GrantDraft } from '../grants/grant-draft';
import { listGrants } from '../grants/list-grants';
import { ELDERLY_CARE_2024 } from './demo-grants';
import { SYSTEM_USER, type SessionUser } from '../../domain/access/policy';
import { publishKeyGrant } from '../grants/publish-key-grant';
import { signRequisition } from '../requisition/sign-requisition';
import { withdrawRequisition } from '../requisition/withdraw-requisition';

const MARKER = 'requisition_demo_loaded';
const KEY_FILE = 'elderly_care_2024_usage.csv';

/**
 * Seed 000's grant as a 2027 round, open for requisition, with a second round (seed 001). A
 * function, because load-demo-data imports this module (an import cycle).
 */
export const requisitionDemoDraft = (): GrantDraft => ({
  ...ELDERLY_CARE_2024,
  name: 'Statsbidrag för god omsorg och hälso- och sjukvård för äldre personer 2027 (demo: 2024 års nyckel, andra omgång)',
  grantYear: 2027,
  requisitionDeadlineOn: '2027-10-31',
  usageStartOn: '2027-01-01',
  usageEndOn: '2027-12-31',
  reportingDeadlineOn: '2028-02-28',
  rules: { ...ELDERLY_CARE_2024.rules, secondRound: true },
});

type DemoStep = 'draft' | 'signed' | 'withdrawn';
interface DemoRequisition {
  code: string;
  contact: [string, string, string];
  content: Partial<RequisitionContent>;
  step: DemoStep;
}

const DEMO_REQUISITIONS: DemoRequisition[] = [
  {
    code: '0114',
    contact: ['Maria Lind', 'maria.lind@upplandsvasby.demo.se', '08-590 970 00'],
    content: { amountKr: 15_460_474n },
    step: 'signed',
  },
  {
    code: '0115',
    contact: ['Per Ek', 'per.ek@vallentuna.demo.se', '08-587 850 00'],
    content: { amountKr: 11_000_000n },
    step: 'draft',
  },
  {
    code: '0117',
    contact: ['Lena Berg', 'lena.berg@osteraker.demo.se', '08-540 810 00'],
    content: { amountKr: 16_731_978n, wantsMore: true, moreAmountKr: 2_000_000n },
    step: 'signed',
  },
  {
    code: '0120',
    contact: ['Omar Said', 'omar.said@varmdo.demo.se', '08-570 470 00'],
    content: { declines: true, amountKr: null },
    step: 'signed',
  },
  {
    code: '0123',
    contact: ['Eva Holm', 'eva.holm@jarfalla.demo.se', '08-580 285 00'],
    content: { amountKr: 20_000_000n },
    step: 'withdrawn',
  },
  {
    code: '0125',
    contact: ['Nils Åberg', 'nils.aberg@ekero.demo.se', '08-124 571 00'],
    content: { amountKr: 9_918_995n, wantsMore: true, moreAmountKr: 500_000n },
    step: 'signed',
  },
];

/** A municipality's signatory, as the demo's stand-in: the actor stays the demo loader. */
function signatoryOf(code: string): SessionUser {
  return {
    ...SYSTEM_USER,
    name: `Demodata (${code})`,
    recipientCode: code,
    roles: [{ role: 'recipient_signatory', grantId: null }],
  };
}

export async function loadRequisitionDemo(ctx: ServiceContext): Promise<boolean> {
  if (await hasMarker(ctx.db, MARKER)) return false;
  const draft = requisitionDemoDraft();
  const existing = (await listGrants(ctx)).find(
    (g) => g.name === draft.name && g.grantYear === draft.grantYear,
  );
  const bytes = await readFile(new URL(`../../../reference/${KEY_FILE}`, import.meta.url));
  const grant = await publishKeyGrant(ctx, draft, { filename: KEY_FILE, bytes }, existing);
  for (const demo of DEMO_REQUISITIONS) {
    const recipient: ServiceContext = { ...ctx, user: signatoryOf(demo.code) };
    const [contactName, contactEmail, contactPhone] = demo.contact;
    const content: RequisitionContent = {
      declines: false,
      amountKr: null,
      wantsMore: false,
      moreAmountKr: null,
      contactName,
      contactEmail,
      contactPhone,
      ...demo.content,
    };
    const { requisition, created } = await createRequisition(recipient, {
      grantId: grant.id,
      content,
    });
    // A start interrupted halfway: what exists already is left as it is.
    if (!created || demo.step === 'draft') continue;
    const signed = await signRequisition(recipient, {
      grantId: grant.id,
      version: requisition.version,
    });
    if (demo.step === 'withdrawn')
      await withdrawRequisition(recipient, {
        grantId: grant.id,
        version: signed.version,
        reason: 'Demo: kommunen har ändrat sina planer',
      });
  }
  await setMarker(ctx.db, MARKER, { loadedAt: ctx.now().toISOString() });
  return true;
}
