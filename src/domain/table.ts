/**
 * A table read from a CSV or XLSX file, before any meaning is given to it: `src/files/read-table.ts`
 * produces it, the validators in `allocation/` check it. Cells are the text as written (trimmed),
 * keyed by the header exactly as the file spells it.
 */
export interface TableRow {
  /** 1-based line (CSV) or row (XLSX) number; the header is line 1. */
  line: number;
  cells: Record<string, string>;
}

export interface Table {
  /** The file name, for messages ("nyckel.csv:14:3: …"). */
  file: string;
  headers: string[];
  rows: TableRow[];
}

/** Header comparison ignores case, accents' composition, spaces and punctuation: "Belopp (kr)" = "belopp_kr". */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFC')
    .toLocaleLowerCase('sv-SE')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The first of `accepted` (in priority order) that the table has, as the table spells it. */
export function findColumn(
  headers: readonly string[],
  accepted: readonly string[],
): string | undefined {
  const byNormalized = new Map(headers.map((header) => [normalizeHeader(header), header]));
  for (const name of accepted) {
    const header = byNormalized.get(normalizeHeader(name));
    if (header !== undefined) return header;
  }
  return undefined;
}

/** The 1-based column number of a header, for `file:line:column` messages. */
export function columnNumber(table: Pick<Table, 'headers'>, header: string): number {
  return table.headers.indexOf(header) + 1;
}
