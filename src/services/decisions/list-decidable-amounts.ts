import {
  findSecondRound,
  listGrantRequisitions,
  listLatestSignedVersions,
  listSecondRoundRows,
} from '../../db/requisitions';
import { findRecipientsByCodes } from '../../db/recipients';
import type { Executor } from '../../db/client';
import type { ServiceContext } from '../common/context';
import { loadGrant } from '../grants/load-grant';
import { authorize } from '../../domain/access/policy';

/** One recipient's amounts a decision (beslut) can be made on, with the rows they come from. */
export interface DecidableAmount {
  recipientCode: string;
  recipientName: string;
  /** The signed first-round requisition: its amount and the immutable signed version it is in. */
  firstRound: {
    amountKr: bigint;
    requisitionId: string;
    requisitionVersionId: string;
    versionNumber: number;
    signedAt: Date;
    signedBy: string;
  } | null;
  /** The confirmed second round's amount for the recipient (> 0), and its rows. */
  secondRound: {
    amountKr: bigint;
    secondRoundId: string;
    secondRoundRowId: string;
    confirmedAt: Date;
  } | null;
}

/**
 * For the decision side: per recipient, the signed first-round amount (a signed requisition that
 * does not decline; drafts and withdrawals are left out) and the confirmed second-round amount
 * (rows above 0), each with references to the rows they come from. Ordered by recipient code.
 * Agency staff only (agency.read); it reads, never writes.
 */
export async function listDecidableAmounts(
  ctx: ServiceContext,
  grantId: string,
): Promise<DecidableAmount[]> {
  authorize(ctx.user, 'agency.read');
  const grant = await loadGrant(ctx.db, grantId);
  return readDecidableAmounts(ctx.db, grant.id);
}

/** listDecidableAmounts without authorisation, inside a caller's transaction (decision sources). */
export async function readDecidableAmounts(
  db: Executor,
  grantId: string,
): Promise<DecidableAmount[]> {
  // One query after the other: inside a transaction they share one connection.
  const requisitions = await listGrantRequisitions(db, grantId);
  const versions = await listLatestSignedVersions(db, grantId);
  const round = await findSecondRound(db, grantId);
  const secondRows = round ? await listSecondRoundRows(db, round.id) : [];
  const versionOf = new Map(versions.map((v) => [v.requisitionId, v]));
  const byCode = new Map<string, DecidableAmount>();
  const entry = (code: string) => {
    const existing = byCode.get(code);
    if (existing) return existing;
    const created: DecidableAmount = {
      recipientCode: code,
      recipientName: code,
      firstRound: null,
      secondRound: null,
    };
    byCode.set(code, created);
    return created;
  };
  for (const requisition of requisitions) {
    const version = versionOf.get(requisition.id);
    if (requisition.status !== 'signed' || !version || version.declines || !version.amountKr)
      continue;
    entry(requisition.recipientCode).firstRound = {
      amountKr: version.amountKr,
      requisitionId: requisition.id,
      requisitionVersionId: version.id,
      versionNumber: version.number,
      signedAt: version.signedAt,
      signedBy: version.signedBy,
    };
  }
  for (const row of secondRows) {
    if (row.amountKr <= 0n || !round) continue;
    const item = entry(row.recipientCode);
    item.secondRound = {
      amountKr: row.amountKr,
      secondRoundId: round.id,
      secondRoundRowId: row.id,
      confirmedAt: round.confirmedAt,
    };
  }
  const names = new Map(
    (await findRecipientsByCodes(db, [...byCode.keys()])).map((r) => [r.code, r.name]),
  );
  return [...byCode.values()]
    .map((item) => ({
      ...item,
      recipientName: names.get(item.recipientCode) ?? item.recipientCode,
    }))
    .sort((a, b) => (a.recipientCode < b.recipientCode ? -1 : 1));
}
