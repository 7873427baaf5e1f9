// How much of an uploaded table the server will read (ADR 0022). The 5 MB upload limit bounds
// the compressed bytes only: an XLSX of 229 kB can unpack to a million rows. These bound the work
// itself, checked while reading so that a hostile file is refused before it costs much. The
// largest real tables (the recipient register, a key per school unit) have a few thousand rows.

/** Rows with values in a file (the header included), CSV or XLSX. */
export const MAX_TABLE_ROWS = 50_000;

/** Rows in a file, blank ones included: a file of blank lines costs as much to read. */
export const MAX_TABLE_LINES = 2 * MAX_TABLE_ROWS;

/** Cells in a file, counting each row as wide as its last filled column. */
export const MAX_TABLE_CELLS = 1_000_000;

/** Bytes the parts of an XLSX that are read may unpack to, all together. */
export const MAX_XLSX_UNPACKED_BYTES = 32 * 1024 * 1024;

/** Entries in an XLSX (a workbook of one sheet has about ten). */
export const MAX_XLSX_ENTRIES = 1_000;
