import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { updatedAt } from './columns';

// --- Agency settings (docs/decisions/0016) ---

/**
 * The agency's own details, edited by an administrator on the settings page: the letterhead
 * (name, organisation number, postal address, contact), the series decision reference numbers are
 * taken in, the bankgiro repayments are paid to and the default appeal text. Exactly one row
 * (id 1), seeded by a migration with the values that used to be constants; null organisation
 * number, contact or bankgiro are not printed.
 */
export const agencySettings = pgTable(
  'agency_settings',
  {
    id: integer('id').primaryKey().default(1),
    name: text('name').notNull(),
    /** NNNNNN-NNNN. */
    orgNumber: text('org_number'),
    /** One or more lines, separated by line breaks. */
    postalAddress: text('postal_address').notNull(),
    email: text('email'),
    phone: text('phone'),
    /** The prefix of reference numbers taken from now on: `SB` in `SB 2026/0001`. */
    referenceSeries: text('reference_series').notNull(),
    /** In its printed form, NNN-NNNN or NNNN-NNNN. */
    repaymentBankgiro: text('repayment_bankgiro'),
    appealText: text('appeal_text').notNull(),
    /** Counts changes: a PUT with a stale one is refused. */
    version: integer('version').notNull().default(1),
    updatedAt: updatedAt(),
    updatedBy: text('updated_by').notNull().default('system'),
  },
  (t) => [check('agency_settings_one_row', sql`${t.id} = 1`)],
);
