// drizzle-kit reads this for `npm run db:generate`: the schema in src/db/schema/ (one file per feature) becomes SQL
// migrations in src/db/migrations, which the app applies at start (src/db/migrate.ts).
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: './src/db/migrations',
  strict: true,
});
