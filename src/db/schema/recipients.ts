import { sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { check, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns';

/**
 * The organisations that can receive a grant: the 290 municipalities (4-digit kommunkod) and the 21
 * regions (2-digit county code), loaded from reference/*.csv at start.
 *
 * Region Gotland is one organisation acting both as the municipality 0980 and as the region 09
 * (Gotland has no separate county council). It keeps both rows, because grants to municipalities
 * and grants to regions address it under different codes, and links them with
 * `same_organisation_as` in both directions; the two rows always carry the same organisation number
 * (the recipient import enforces it).
 *
 * The legal name ("Stockholms kommun", "Göteborgs stad"), the postal address and a municipality's
 * SKR group (the report to the government filters by it) are what the recipient import gives: letters are addressed with them. Nothing is derived or guessed; a
 * recipient without them is addressed by its name alone.
 */
export const recipients = pgTable(
  'recipients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    type: text('type', { enum: ['municipality', 'region'] }).notNull(),
    name: text('name').notNull(),
    countyCode: text('county_code').notNull(),
    orgNumber: text('org_number'),
    legalName: text('legal_name'),
    /** The street or box line: "Box 1234" or "Ragvaldsgatan 2". */
    postalStreet: text('postal_street'),
    /** Five digits written "NNN NN". */
    postalCode: text('postal_code'),
    postalTown: text('postal_town'),
    /** SKR's municipality group (A1 … C9), as an administrator imported it; null: not known. */
    sizeGroup: text('size_group'),
    sameOrganisationAs: text('same_organisation_as').references((): AnyPgColumn => recipients.code),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('recipients_type_check', sql`${t.type} in ('municipality', 'region')`),
    check(
      'recipients_code_check',
      sql`(${t.type} = 'municipality' and ${t.code} ~ '^[0-9]{4}$') or (${t.type} = 'region' and ${t.code} ~ '^[0-9]{2}$')`,
    ),
    check('recipients_org_number_check', sql`${t.orgNumber} ~ '^[0-9]{6}-[0-9]{4}$'`),
    check('recipients_postal_code_check', sql`${t.postalCode} ~ '^[0-9]{3} [0-9]{2}$'`),
    check(
      'recipients_size_group_check',
      sql`${t.sizeGroup} is null or (${t.type} = 'municipality' and ${t.sizeGroup} in ('A1', 'A2', 'B3', 'B4', 'B5', 'C6', 'C7', 'C8', 'C9'))`,
    ),
  ],
);
