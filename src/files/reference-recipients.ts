import { readFile } from 'node:fs/promises';
import type { Issue } from '../domain/issues';
import type { Recipient, RecipientAlias } from '../domain/recipients/recipient-register';
import type { Table } from '../domain/table';
import { readTable } from './read-table';

/** The repository's reference/ folder, found from this module so it works from any working directory. */
export const REFERENCE_DIRECTORY = new URL('../../reference/', import.meta.url);

async function readReferenceTable(directory: URL, name: string): Promise<Table> {
  const result = await readTable(await readFile(new URL(name, directory)), name);
  if (!result.ok)
    throw new Error(`reference/${name} is unreadable: ${JSON.stringify(result.issues)}`);
  return result.table;
}

function column(table: Table, rowIndex: number, header: string): string {
  return table.rows[rowIndex]?.cells[header] ?? '';
}

/**
 * The recipient register shipped in reference/: 290 municipalities (type `municipality`, code =
 * kommunkod) and 21 regions (type `region`, code = county code), with every printed name label.
 */
export async function readReferenceRecipients(
  directory: URL = REFERENCE_DIRECTORY,
): Promise<{ recipients: Recipient[]; aliases: RecipientAlias[] }> {
  const [municipalities, regions, aliases] = await Promise.all(
    ['municipalities.csv', 'regions.csv', 'recipient_name_aliases.csv'].map((name) =>
      readReferenceTable(directory, name),
    ),
  );
  if (!municipalities || !regions || !aliases) throw new Error('reference tables missing');
  const recipients: Recipient[] = [
    ...municipalities.rows.map((_, index) => ({
      code: column(municipalities, index, 'kommunkod'),
      name: column(municipalities, index, 'name'),
      type: 'municipality',
    })),
    ...regions.rows.map((_, index) => ({
      code: column(regions, index, 'county_code'),
      name: column(regions, index, 'name'),
      type: 'region',
    })),
  ];
  return {
    recipients,
    aliases: aliases.rows.map((_, index) => ({
      label: column(aliases, index, 'printed_name'),
      code: column(aliases, index, 'code'),
    })),
  };
}

/**
 * A recipient register from a CSV of the caller's own (columns `code`, `name`, optional `type`,
 * default `district`), e.g. a municipality's district administrations (docs/examples).
 */
export async function readRecipientFile(
  path: string,
): Promise<{ recipients: Recipient[] } | { issues: Issue[] }> {
  const result = await readTable(await readFile(path), path);
  if (!result.ok) return { issues: result.issues };
  const missing = ['code', 'name'].filter((header) => !result.table.headers.includes(header));
  if (missing.length > 0) {
    return {
      issues: missing.map((header) => ({
        file: path,
        code: 'table.missing_column',
        params: { column: header },
      })),
    };
  }
  return {
    recipients: result.table.rows.map((row) => ({
      code: row.cells.code ?? '',
      name: row.cells.name ?? '',
      type: row.cells.type || 'district',
    })),
  };
}
