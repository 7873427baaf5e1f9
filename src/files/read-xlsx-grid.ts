// Reads the first worksheet of an XLSX without trusting its size (ADR 0022). An XLSX is a zip of
// XML parts, and a small upload can unpack to gigabytes or to a million rows. So the zip is read
// with yauzl, whose declared entry sizes are enforced while inflating (a lying size is an error),
// and each part is parsed as it is inflated (saxes, a streaming parser): the unpacked bytes, the
// entries, the rows and the cells are counted as they come and reading stops at the first limit.
// Inflating is asynchronous and each chunk is parsed on its own, so other requests are answered
// in between; nothing ever holds a whole sheet's XML in memory.
import { posix } from 'node:path';
import type { Readable } from 'node:stream';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { type Entry, fromBuffer, type ZipFile } from 'yauzl';
import type { Issue, IssueParams } from '../domain/issues';
import type { ErrorCode } from '../domain/errors';
import type { Grid } from './read-table';
import {
  MAX_TABLE_CELLS,
  MAX_TABLE_LINES,
  MAX_TABLE_ROWS,
  MAX_XLSX_ENTRIES,
  MAX_XLSX_UNPACKED_BYTES,
} from './table-limits';

type CellIssue = Omit<Issue, 'file'>;

/**
 * Exact digits of a number read from a spreadsheet as a JS float. Integers up to 2^53 are exact. For a
 * decimal, String() gives the shortest text that reads back as the same float: the value the
 * spreadsheet showed (0.1, not 0.1000000000000000055…), which is what a person typed. Exponent
 * forms ("1.5e-7") are expanded so parseRational can read them.
 */
export function numberToExactText(value: number): string {
  if (Number.isSafeInteger(value)) return BigInt(value).toString();
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  const digits = whole + fraction;
  const pointAt = whole.length + Number(exponentText);
  if (pointAt <= 0) return `${sign}0.${'0'.repeat(-pointAt)}${digits}`;
  if (pointAt >= digits.length) return sign + digits + '0'.repeat(pointAt - digits.length);
  return `${sign}${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
}

/** Stops reading the workbook: the file is refused with this one issue. */
class StopReading extends Error {
  constructor(readonly issue: CellIssue) {
    super(issue.code);
  }
}

function stop(code: ErrorCode, params: IssueParams = {}): StopReading {
  return new StopReading({ code, params });
}

const unreadable = (): StopReading => stop('file.unreadable', { format: 'XLSX' });

// ---- the zip ------------------------------------------------------------------------------------

interface Archive {
  zip: ZipFile;
  entries: Map<string, Entry>;
  /** Unpacked bytes read so far, over every part. */
  unpackedBytes: number;
}

function openArchive(bytes: Uint8Array): Promise<Archive> {
  return new Promise((resolve, reject) => {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error) return reject(unreadable());
      if (zip.entryCount > MAX_XLSX_ENTRIES) return reject(unreadable());
      const entries = new Map<string, Entry>();
      zip.on('entry', (entry: Entry) => {
        entries.set(entry.fileName, entry);
        zip.readEntry();
      });
      zip.on('end', () => resolve({ zip, entries, unpackedBytes: 0 }));
      zip.on('error', () => reject(unreadable()));
      zip.readEntry();
    });
  });
}

function unpackedTooLarge(): StopReading {
  return stop('file.unpacked_too_large', { limitMb: MAX_XLSX_UNPACKED_BYTES / (1024 * 1024) });
}

/**
 * Feeds one part's text to `consume` chunk by chunk as it is inflated. The declared size is
 * checked before inflating (yauzl makes the inflated bytes match it) and the bytes are counted
 * again as they come; any error stops the inflating.
 */
function streamPart(
  archive: Archive,
  entry: Entry,
  consume: (text: string) => void,
): Promise<void> {
  if (entry.isEncrypted() || !entry.canDecodeFileData()) return Promise.reject(unreadable());
  if (archive.unpackedBytes + entry.uncompressedSize > MAX_XLSX_UNPACKED_BYTES)
    return Promise.reject(unpackedTooLarge());
  return new Promise((resolve, reject) => {
    archive.zip.openReadStream(entry, (openError, stream: Readable) => {
      if (openError) return reject(unreadable());
      const decoder = new TextDecoder('utf-8');
      let failed = false;
      const fail = (error: unknown): void => {
        if (failed) return;
        failed = true;
        stream.destroy();
        reject(error instanceof StopReading ? error : unreadable());
      };
      stream.on('data', (chunk: Buffer) => {
        if (failed) return;
        archive.unpackedBytes += chunk.length;
        try {
          if (archive.unpackedBytes > MAX_XLSX_UNPACKED_BYTES) throw unpackedTooLarge();
          consume(decoder.decode(chunk, { stream: true }));
        } catch (error) {
          return fail(error);
        }
        // Let the event loop answer others before the next chunk, even when several are buffered.
        stream.pause();
        setImmediate(() => {
          if (!failed) stream.resume();
        });
      });
      stream.on('error', fail);
      stream.on('end', () => {
        if (failed) return;
        try {
          consume(decoder.decode());
          resolve();
        } catch (error) {
          fail(error);
        }
      });
    });
  });
}

interface XmlHandlers {
  open?: (name: string, attributes: Record<string, string>) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

/** Element names without their namespace prefix (`x:row` is a `row`). */
function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/** Parses one part of the archive as it is inflated; false when the archive has no such part. */
async function parsePart(archive: Archive, path: string, handlers: XmlHandlers): Promise<boolean> {
  const entry = archive.entries.get(path);
  if (!entry) return false;
  const parser = new SaxesParser();
  parser.on('doctype', () => {
    // An XLSX part never has a DTD; one could only be there to declare entities.
    throw unreadable();
  });
  parser.on('opentag', (tag: SaxesTagPlain) =>
    handlers.open?.(localName(tag.name), tag.attributes as Record<string, string>),
  );
  parser.on('closetag', (tag: SaxesTagPlain) => handlers.close?.(localName(tag.name)));
  parser.on('text', (text) => handlers.text?.(text));
  parser.on('cdata', (text) => handlers.text?.(text));
  await streamPart(archive, entry, (text) => parser.write(text));
  parser.close();
  return true;
}

// ---- the workbook's parts -------------------------------------------------------------------------

interface Relationship {
  type: string;
  target: string;
}

async function readRelationships(
  archive: Archive,
  path: string,
): Promise<Map<string, Relationship>> {
  const relationships = new Map<string, Relationship>();
  await parsePart(archive, path, {
    open: (name, attributes) => {
      if (name !== 'Relationship' || relationships.size >= MAX_XLSX_ENTRIES) return;
      relationships.set(attributes.Id ?? '', {
        type: attributes.Type ?? '',
        target: attributes.Target ?? '',
      });
    },
  });
  return relationships;
}

/** A relationship's target as a path in the archive, relative to the part that names it. */
function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return posix.normalize(posix.join(posix.dirname(fromPart), target));
}

function relationshipsPathOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

function targetOfType(
  relationships: Map<string, Relationship>,
  fromPart: string,
  typeSuffix: string,
): string | undefined {
  for (const relationship of relationships.values()) {
    if (relationship.type.endsWith(typeSuffix)) return resolveTarget(fromPart, relationship.target);
  }
  return undefined;
}

interface Workbook {
  date1904: boolean;
  /** The relationship id of the first sheet, or undefined when there is none. */
  firstSheetId: string | undefined;
}

async function readWorkbook(archive: Archive, path: string): Promise<Workbook> {
  const workbook: Workbook = { date1904: false, firstSheetId: undefined };
  let sawSheet = false;
  const found = await parsePart(archive, path, {
    open: (name, attributes) => {
      if (name === 'workbookPr')
        workbook.date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
      if (name === 'sheet' && !sawSheet) {
        sawSheet = true;
        const idKey = Object.keys(attributes).find((key) => /(^|:)id$/.test(key));
        workbook.firstSheetId = idKey ? attributes[idKey] : undefined;
      }
    },
  });
  if (!found) throw unreadable();
  return workbook;
}

/** Text of every `<si>` (plain or rich text runs; phonetic runs are not part of the text). */
async function readSharedStrings(archive: Archive, path: string | undefined): Promise<string[]> {
  const strings: string[] = [];
  if (!path) return strings;
  let parts: string[] | undefined;
  let inText = false;
  let phoneticDepth = 0;
  await parsePart(archive, path, {
    open: (name) => {
      if (name === 'si') parts = [];
      else if (name === 'rPh') phoneticDepth++;
      else if (name === 't' && phoneticDepth === 0) inText = true;
    },
    text: (text) => {
      if (inText) parts?.push(text);
    },
    close: (name) => {
      if (name === 't') inText = false;
      else if (name === 'rPh') phoneticDepth--;
      else if (name === 'si') {
        strings.push((parts ?? []).join(''));
        parts = undefined;
        if (strings.length > MAX_TABLE_CELLS) throw stop('file.too_many_cells', cellLimit());
      }
    },
  });
  return strings;
}

// Built-in number formats that show a date or time (ECMA-376 18.8.30, and the East Asian ones).
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/** A format code shows a date when it has date or time letters outside quotes and brackets. */
function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(bare);
}

/** The indexes of the cell styles (`s` of a cell) whose number format is a date. */
async function readDateStyles(archive: Archive, path: string | undefined): Promise<Set<number>> {
  const dateStyles = new Set<number>();
  if (!path) return dateStyles;
  const customFormats = new Map<number, string>();
  const styleFormats: number[] = [];
  let inCellXfs = false;
  await parsePart(archive, path, {
    open: (name, attributes) => {
      if (name === 'numFmt')
        customFormats.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        if (styleFormats.length >= MAX_TABLE_CELLS) throw unreadable();
        styleFormats.push(Number(attributes.numFmtId ?? 0));
      }
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  styleFormats.forEach((formatId, styleIndex) => {
    const custom = customFormats.get(formatId);
    if (custom !== undefined ? isDateFormatCode(custom) : BUILT_IN_DATE_FORMATS.has(formatId))
      dateStyles.add(styleIndex);
  });
  return dateStyles;
}

// ---- the sheet ----------------------------------------------------------------------------------

const MAX_SHEET_ROW = 1_048_576;
const MAX_SHEET_COLUMN = 16_384;

function rowLimit(): IssueParams {
  return { limit: MAX_TABLE_ROWS };
}

function cellLimit(): IssueParams {
  return { limit: MAX_TABLE_CELLS };
}

function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** The column and row of an `A1` reference, or undefined when it is not one. */
function parseReference(reference: string): { column: number; row: number } | undefined {
  const match = /^([A-Z]{1,3})(\d{1,7})$/.exec(reference);
  if (!match) return undefined;
  let column = 0;
  for (const letter of match[1] ?? '') column = column * 26 + letter.charCodeAt(0) - 64;
  return { column, row: Number(match[2]) };
}

/** Days since 1899-12-30 (or 1904-01-01) as an ISO date, the way Excel counts them. */
function serialToIsoDate(serial: number, date1904: boolean): string | undefined {
  const time = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

interface RawCell {
  address: string;
  /** The `t` attribute: s (shared string), str, inlineStr, b, e, d, or n (the default). */
  type: string;
  dateStyle: boolean;
  hasFormula: boolean;
  /** The text of `<v>`, undefined when the cell has none. */
  value: string | undefined;
  inlineText: string;
}

interface SheetContext {
  sharedStrings: readonly string[];
  date1904: boolean;
}

function unsupported(cell: RawCell, value: string): CellIssue {
  return { code: 'file.unsupported_cell', params: { cell: cell.address, value } };
}

/** A cell's text, or an issue for a formula without a cached result or an error value. */
function cellText(cell: RawCell, context: SheetContext): string | CellIssue {
  const value = cell.value;
  if (cell.type === 'inlineStr') return cell.inlineText;
  if (value === undefined) {
    return cell.hasFormula
      ? { code: 'file.formula_without_result', params: { cell: cell.address } }
      : '';
  }
  switch (cell.type) {
    case 's': {
      const index = Number(value);
      return Number.isInteger(index)
        ? (context.sharedStrings[index] ?? '')
        : unsupported(cell, value);
    }
    case 'str':
      return value;
    case 'b':
      return value === '1' || value === 'true' ? 'TRUE' : 'FALSE';
    case 'e':
      return unsupported(cell, value);
    case 'd': {
      const date = new Date(value);
      return Number.isNaN(date.getTime())
        ? unsupported(cell, value)
        : date.toISOString().slice(0, 10);
    }
    default: {
      if (value.trim() === '')
        return cell.hasFormula
          ? { code: 'file.formula_without_result', params: { cell: cell.address } }
          : '';
      const number = Number(value);
      if (!Number.isFinite(number)) return unsupported(cell, value);
      if (cell.dateStyle)
        return serialToIsoDate(number, context.date1904) ?? unsupported(cell, value);
      return numberToExactText(number);
    }
  }
}

async function readSheet(
  archive: Archive,
  path: string,
  file: string,
  context: SheetContext,
  dateStyles: ReadonlySet<number>,
): Promise<Grid> {
  const grid: Grid = { rows: [], issues: [] };
  let lineCount = 0;
  let rowsWithValues = 0;
  let cellCount = 0;
  let rowNumber = 0;
  let cells: string[] | undefined;
  let column = 0;
  let cell: RawCell | undefined;
  let capture: 'value' | 'inline' | undefined;
  let phoneticDepth = 0;
  const found = await parsePart(archive, path, {
    open: (name, attributes) => {
      switch (name) {
        case 'row': {
          lineCount++;
          if (lineCount > MAX_TABLE_LINES) throw stop('file.too_many_rows', rowLimit());
          rowNumber = attributes.r === undefined ? rowNumber + 1 : Number(attributes.r);
          if (!Number.isInteger(rowNumber) || rowNumber < 1 || rowNumber > MAX_SHEET_ROW)
            throw unreadable();
          cells = [];
          column = 0;
          return;
        }
        case 'c': {
          const reference = attributes.r === undefined ? undefined : parseReference(attributes.r);
          if (attributes.r !== undefined && !reference) throw unreadable();
          column = reference ? reference.column : column + 1;
          if (column > MAX_SHEET_COLUMN) throw unreadable();
          if (cellCount + column > MAX_TABLE_CELLS) throw stop('file.too_many_cells', cellLimit());
          cell = {
            address: `${columnLetters(column)}${rowNumber}`,
            type: attributes.t ?? 'n',
            dateStyle: dateStyles.has(Number(attributes.s ?? 0)),
            hasFormula: false,
            value: undefined,
            inlineText: '',
          };
          return;
        }
        case 'f':
          if (cell) cell.hasFormula = true;
          return;
        case 'v':
          if (cell) {
            cell.value = '';
            capture = 'value';
          }
          return;
        case 'rPh':
          phoneticDepth++;
          return;
        case 't':
          if (cell && phoneticDepth === 0) capture = 'inline';
          return;
        default:
          return;
      }
    },
    text: (text) => {
      if (!cell) return;
      if (capture === 'value') cell.value += text;
      else if (capture === 'inline') cell.inlineText += text;
    },
    close: (name) => {
      switch (name) {
        case 'v':
        case 't':
          capture = undefined;
          return;
        case 'rPh':
          phoneticDepth--;
          return;
        case 'c': {
          if (cell && cells) {
            const text = cellText(cell, context);
            if (typeof text === 'string') cells[column - 1] = text;
            else {
              cells[column - 1] = '';
              grid.issues.push({ file, row: rowNumber, ...text });
            }
          }
          cell = undefined;
          return;
        }
        case 'row': {
          if (cells && cells.length > 0) {
            if (cells.some((text) => text.trim() !== '')) rowsWithValues++;
            if (rowsWithValues > MAX_TABLE_ROWS) throw stop('file.too_many_rows', rowLimit());
            cellCount += cells.length;
            grid.rows.push({ line: rowNumber, cells: Array.from(cells, (text) => text ?? '') });
          }
          cells = undefined;
          return;
        }
        default:
          return;
      }
    },
  });
  if (!found) throw unreadable();
  return grid;
}

async function readFirstSheet(bytes: Uint8Array, file: string): Promise<Grid> {
  const archive = await openArchive(bytes);
  const packageRelationships = await readRelationships(archive, '_rels/.rels');
  const workbookPath =
    targetOfType(packageRelationships, '', '/officeDocument') ?? 'xl/workbook.xml';
  const workbook = await readWorkbook(archive, workbookPath);
  if (workbook.firstSheetId === undefined)
    return { rows: [], issues: [{ file, code: 'file.no_worksheet', params: {} }] };
  const relationships = await readRelationships(archive, relationshipsPathOf(workbookPath));
  const sheet = relationships.get(workbook.firstSheetId);
  if (!sheet) throw unreadable();
  const sharedStrings = await readSharedStrings(
    archive,
    targetOfType(relationships, workbookPath, '/sharedStrings'),
  );
  const dateStyles = await readDateStyles(
    archive,
    targetOfType(relationships, workbookPath, '/styles'),
  );
  return readSheet(
    archive,
    resolveTarget(workbookPath, sheet.target),
    file,
    { sharedStrings, date1904: workbook.date1904 },
    dateStyles,
  );
}

/**
 * The first worksheet as rows of texts with their sheet row numbers: shared and inline strings,
 * numbers as exact digits, dates (by their cell's number format) as ISO dates, booleans as
 * TRUE/FALSE, formulas by their stored result. A file that is no workbook, or that exceeds a
 * limit of table-limits.ts, comes back as one issue and no rows.
 */
export async function readXlsxGrid(bytes: Uint8Array, file: string): Promise<Grid> {
  try {
    return await readFirstSheet(bytes, file);
  } catch (error) {
    if (error instanceof StopReading) return { rows: [], issues: [{ file, ...error.issue }] };
    return { rows: [], issues: [{ file, code: 'file.unreadable', params: { format: 'XLSX' } }] };
  }
}
