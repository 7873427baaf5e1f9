// The database schema. `npm run db:generate` turns changes here into a new SQL migration in
// src/db/migrations (committed, forward-only); the app applies them at start on PGlite and PostgreSQL.
//
// Conventions (docs/ARCHITECTURE.md): money in whole kronor as `bigint` columns named `*_kr`,
// calendar dates as `date` columns read as 'YYYY-MM-DD' strings (`*_on`), instants as `timestamptz`
// (`*_at`). Enumerations are text with a CHECK constraint rather than PostgreSQL enums, because adding
// a value to a CHECK is one plain migration while `ALTER TYPE … ADD VALUE` cannot run in a transaction.
//
// One file per feature (docs/ARCHITECTURE.md); drizzle-kit reads them all through this index.
export * from './recipients';
export * from './grants';
export * from './allocation';
export * from './audit';
export * from './access';
export * from './performance';
export * from './requisition';
export * from './decisions';
export * from './payouts';
export * from './reporting';
export * from './receivables';
export * from './settings';
