import { z } from 'zod';

export const MyGrantSchema = z.object({
  grantId: z.uuid(),
  name: z.string(),
  grantYear: z.number().int(),
  status: z.enum(['draft', 'published', 'closed', 'follow_up', 'finished']),
  requisitionDeadlineOn: z.iso.date().nullable(),
  allocationId: z.uuid(),
  recipientCode: z.string(),
  amountKr: z.number().int().describe('The organisation’s amount in whole kronor'),
});
export type MyGrant = z.infer<typeof MyGrantSchema>;

export const MyGrantListSchema = z.object({ items: z.array(MyGrantSchema) });
