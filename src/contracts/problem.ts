import { z } from 'zod';

export const IssueSchema = z.object({
  file: z.string().optional(),
  row: z.number().int().optional().describe('1-based line in the file, the header being line 1'),
  column: z.string().optional(),
  columnNumber: z.number().int().optional().describe('1-based position of `column` in the file'),
  path: z.string().optional(),
  code: z.string(),
  message: z.string(),
});
export type ProblemIssue = z.infer<typeof IssueSchema>;

export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  errors: z.array(IssueSchema).default([]),
  omittedErrors: z
    .number()
    .int()
    .optional()
    .describe('How many more issues were found than `errors` lists (it lists at most 100)'),
});
export type Problem = z.infer<typeof ProblemSchema>;

// Named components in the OpenAPI document (docs/api/openapi.json).
z.globalRegistry.add(IssueSchema, { id: 'ProblemIssue' });
z.globalRegistry.add(ProblemSchema, { id: 'Problem' });
