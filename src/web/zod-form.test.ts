import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { z } from 'zod';
import { ClawbackInputSchema, PaymentInputSchema } from '../contracts/receivables';
import { kronorText } from './forms';
import { checkedBy } from './zod-form';

const messages = (result: { success: boolean; error?: z.ZodError }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('checkedBy', () => {
  const amount = kronorText('not kronor').pipe(
    checkedBy(PaymentInputSchema.shape.amountKr, 'at least 1 kr'),
  );

  it("gives the contract's value for what it allows", () => {
    assert.deepEqual(amount.safeParse('1 000'), { success: true, data: 1000 });
    assert.deepEqual(amount.safeParse('12 500 kr'), { success: true, data: 12500 });
  });

  it("says the form's one message for whatever the contract refuses", () => {
    assert.deepEqual(messages(amount.safeParse('0')), ['at least 1 kr']);
    const reasons = checkedBy(ClawbackInputSchema.shape.reasons, 'write the reasons');
    assert.deepEqual(messages(reasons.safeParse('  a ')), ['write the reasons']);
    assert.deepEqual(reasons.safeParse('  Utanför ändamålet. '), {
      success: true,
      data: 'Utanför ändamålet.',
    });
  });

  it('leaves text that is not whole kronor to the parser, which refuses it', () => {
    assert.deepEqual(messages(amount.safeParse('1e3')), ['not kronor']);
    assert.deepEqual(messages(amount.safeParse('12,50')), ['not kronor']);
  });
});
