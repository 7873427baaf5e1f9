import { sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { boolean, check, date, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, kronor } from './columns';
import { allocations } from './allocation';

export const grantStatuses = ['draft', 'published', 'closed', 'follow_up', 'finished'] as const;

export const grants = pgTable(
  'grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    grantYear: integer('grant_year').notNull(),
    legalBasis: text('legal_basis').notNull(),
    appropriation: text('appropriation').notNull().default(''),
    appropriationItem: text('appropriation_item').notNull().default(''),
    totalAmountKr: kronor('total_amount_kr').notNull(),
    eligibleRecipientTypes: text('eligible_recipient_types', { enum: ['municipality', 'region'] })
      .array()
      .notNull(),
    purpose: text('purpose').notNull().default(''),
    usageAreas: text('usage_areas')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    distributionMethod: text('distribution_method').notNull().default('allocation_key'),
    callOn: date('call_on', { mode: 'string' }),
    requisitionDeadlineOn: date('requisition_deadline_on', { mode: 'string' }),
    usageStartOn: date('usage_start_on', { mode: 'string' }),
    usageEndOn: date('usage_end_on', { mode: 'string' }),
    reportingDeadlineOn: date('reporting_deadline_on', { mode: 'string' }),
    repaymentDeadlineOn: date('repayment_deadline_on', { mode: 'string' }),
    repaymentRequired: boolean('repayment_required').notNull(),
    waiverThresholdKr: kronor('waiver_threshold_kr')
      .notNull()
      .default(sql`0`),
    minimumAmountKr: kronor('minimum_amount_kr')
      .notNull()
      .default(sql`0`),
    privateProvidersShareRequired: boolean('private_providers_share_required').notNull(),
    /** A second round (andra omgången) shares the money not requisitioned among those who ask for more. */
    secondRound: boolean('second_round').notNull().default(false),
    status: text('status', { enum: grantStatuses }).notNull().default('draft'),
    /** Optimistic concurrency: every update must name the version it read, and bumps it. */
    version: integer('version').notNull().default(1),
    publishedAllocationId: uuid('published_allocation_id').references(
      (): AnyPgColumn => allocations.id,
    ),
    copiedFromGrantId: uuid('copied_from_grant_id').references((): AnyPgColumn => grants.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check(
      'grants_status_check',
      sql`${t.status} in ('draft', 'published', 'closed', 'follow_up', 'finished')`,
    ),
    check('grants_total_amount_kr_check', sql`${t.totalAmountKr} > 0`),
    check('grants_kronor_check', sql`${t.waiverThresholdKr} >= 0 and ${t.minimumAmountKr} >= 0`),
    check('grants_usage_period_check', sql`${t.usageEndOn} >= ${t.usageStartOn}`),
    // A key grant that is no longer a draft has a published allocation; a performance-based one is
    // distributed by its published calculation instead (changeGrantStatus checks both).
    check(
      'grants_published_allocation_check',
      sql`${t.status} = 'draft' or ${t.publishedAllocationId} is not null or ${t.distributionMethod} = 'performance'`,
    ),
  ],
);
