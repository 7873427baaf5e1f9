// The step-up proof a signing act carries (docs/decisions/0032); its routes are the session's
// (session.ts). Apart from session.ts so that the acts' contracts need not import the session's.
import { z } from 'zod';

/** A step-up proof: sent with the signing act it was made for. */
export const StepUpProofSchema = z
  .string()
  .min(20)
  .max(100)
  .describe('The step-up proof made for this very act: used once, valid 5 minutes');
