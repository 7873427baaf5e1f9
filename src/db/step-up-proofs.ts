// Step-up proofs (docs/decisions/0032): made when the person proves again who they are, spent
// once by the act they are bound to.
import { and, eq, gt, isNull, lt, or, isNotNull } from 'drizzle-orm';
import type { Executor } from './client';
import { stepUpProofs } from './schema';

export type StepUpProofRecord = typeof stepUpProofs.$inferSelect;
export type NewStepUpProof = typeof stepUpProofs.$inferInsert;

export async function insertStepUpProof(
  executor: Executor,
  values: NewStepUpProof,
): Promise<StepUpProofRecord> {
  // Spent and expired proofs are of no further use: each new one clears them out.
  await executor
    .delete(stepUpProofs)
    .where(
      or(
        lt(stepUpProofs.expiresAt, values.createdAt ?? new Date()),
        isNotNull(stepUpProofs.usedAt),
      ),
    );
  const [row] = await executor.insert(stepUpProofs).values(values).returning();
  if (!row) throw new Error('insert into step_up_proofs returned nothing');
  return row;
}

/**
 * Marks the proof used, when it is this user's, for this act, unused and unexpired — in one
 * statement, so two requests with the same proof cannot both spend it. Undefined otherwise.
 */
export async function spendStepUpProof(
  executor: Executor,
  proof: { tokenHash: string; userId: string; act: string; now: Date },
): Promise<StepUpProofRecord | undefined> {
  const [row] = await executor
    .update(stepUpProofs)
    .set({ usedAt: proof.now })
    .where(
      and(
        eq(stepUpProofs.tokenHash, proof.tokenHash),
        eq(stepUpProofs.userId, proof.userId),
        eq(stepUpProofs.act, proof.act),
        isNull(stepUpProofs.usedAt),
        gt(stepUpProofs.expiresAt, proof.now),
      ),
    )
    .returning();
  return row;
}
