import { TEXT_ISSUE_MESSAGES } from './text';
import type { ErrorCode } from './errors';
import { formatKronor, type Locale } from './money';

/**
 * One problem found in user input, with where it is. Imports and model checks collect every issue
 * and return them all (a bad import changes nothing); `describeIssue` turns one into a sentence.
 *
 * `row` is the 1-based line of the file with the header as line 1, as a spreadsheet shows it;
 * `path` is a JSON path (`components[1].fraction`) for model.json.
 */
export interface Issue {
  file?: string;
  row?: number;
  column?: string;
  /** 1-based position of `column` in the file, for `file:line:column` messages. */
  columnNumber?: number;
  path?: string;
  code: ErrorCode;
  params: IssueParams;
}

export type IssueParams = Record<string, string | number>;

/**
 * At most this many issues are described in one answer (problem+json, the CLI). A file of 600 000
 * unknown codes would otherwise answer with 600 000 sentences (123 MB); the first hundred say what
 * is wrong just as well, and the answer says how many more there were (ADR 0022).
 */
export const MAX_REPORTED_ISSUES = 100;

/** The issues to describe, and how many more were found but are left out. */
export function firstIssues<T>(
  issues: readonly T[],
  max: number = MAX_REPORTED_ISSUES,
): { shown: T[]; omitted: number } {
  return { shown: issues.slice(0, max), omitted: Math.max(0, issues.length - max) };
}

/** A code's sentences; every concept's `issue-messages.ts` table holds these. */
export interface IssueMessage {
  sv: (params: IssueParams) => string;
  en: (params: IssueParams) => string;
}

/**
 * The sentences of exactly the codes `C`: a catalogue written as an object literal that
 * `satisfies` this fails to compile when it misses a code or has one that is not declared.
 */
export type MessageCatalogue<C extends string> = { readonly [Code in C]: IssueMessage };

/** A param as text for a sentence; a missing one reads as nothing rather than "undefined". */
export function paramText(params: IssueParams, key: string): string {
  return String(params[key] ?? '');
}

/** A count param with digit grouping (`50 000`, `50,000`); anything else is shown as given. */
export function paramCount(params: IssueParams, key: string, locale: Locale): string {
  const value = params[key];
  return typeof value === 'number' && Number.isInteger(value)
    ? new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB').format(value)
    : paramText(params, key);
}

/** A whole-kronor param as `1 234 kr`; anything that is not an integer is shown as given. */
export function paramKronor(params: IssueParams, key: string, locale: Locale): string {
  const value = paramText(params, key);
  return /^-?\d+$/.test(value) ? formatKronor(BigInt(value), locale) : `${value} kr`;
}

/**
 * Every issue and DomainError code of the domain, files and CLI layers, with its Swedish and English
 * sentence. The HTTP layer maps codes to statuses; the web shows these sentences.
 */
export const ISSUE_MESSAGES = {
  // ---- texts: control characters and length limits (text.ts) --------------------------------
  ...TEXT_ISSUE_MESSAGES,
  // ---- files ---------------------------------------------------------------------------------
  /** The file name does not end in a supported extension. Params: extension. */
  'file.unsupported_type': {
    sv: (p) => `Filtypen "${paramText(p, 'extension')}" stöds inte. Använd .csv eller .xlsx.`,
    en: (p) => `The file type "${paramText(p, 'extension')}" is not supported. Use .csv or .xlsx.`,
  },
  /** The file could not be opened or found. Params: reason. */
  'file.not_found': {
    sv: () => 'Filen finns inte eller kan inte läsas.',
    en: () => 'The file does not exist or cannot be read.',
  },
  /** The file has no header row and no data. */
  'file.empty': { sv: () => 'Filen är tom.', en: () => 'The file is empty.' },
  /** The bytes are not a readable CSV or XLSX file (corrupt, or another format renamed). Params: format. */
  'file.unreadable': {
    sv: (p) => `Filen kunde inte läsas som ${paramText(p, 'format')}.`,
    en: (p) => `The file could not be read as ${paramText(p, 'format')}.`,
  },
  /** The workbook has no worksheet. */
  'file.no_worksheet': {
    sv: () => 'Arbetsboken har inget kalkylblad.',
    en: () => 'The workbook has no worksheet.',
  },
  /** Two header cells have the same name. Params: column. */
  'file.duplicate_column': {
    sv: (p) => `Kolumnen "${paramText(p, 'column')}" finns två gånger i rubrikraden.`,
    en: (p) => `The column "${paramText(p, 'column')}" appears twice in the header row.`,
  },
  /** A column holds data but has no name in the header row. Params: position (1-based). */
  'file.unnamed_column': {
    sv: (p) => `Kolumn nummer ${paramText(p, 'position')} har värden men ingen rubrik.`,
    en: (p) => `Column number ${paramText(p, 'position')} has values but no header.`,
  },
  /** A CSV row has more or fewer cells than the header. Params: expected, actual. */
  'file.wrong_cell_count': {
    sv: (p) =>
      `Raden har ${paramText(p, 'actual')} celler men rubrikraden har ${paramText(p, 'expected')}.`,
    en: (p) =>
      `The row has ${paramText(p, 'actual')} cells but the header row has ${paramText(p, 'expected')}.`,
  },
  /** A CSV quote is not closed, or a quoted field is followed by stray text. Params: message. */
  'file.csv_quote': {
    sv: () => 'Ett citattecken avslutas inte eller följs av annan text i samma cell.',
    en: () => 'A quote is not closed or is followed by other text in the same cell.',
  },
  /** An XLSX formula cell has no stored result (the file was never calculated). Params: cell. */
  'file.formula_without_result': {
    sv: (p) =>
      `Cell ${paramText(p, 'cell')} innehåller en formel utan beräknat värde. Öppna och spara filen i Excel eller LibreOffice först.`,
    en: (p) =>
      `Cell ${paramText(p, 'cell')} holds a formula without a calculated value. Open and save the file in Excel or LibreOffice first.`,
  },
  /** An XLSX cell holds an error (#DIV/0!) or a kind of value a table cannot hold. Params: cell, value. */
  'file.unsupported_cell': {
    sv: (p) =>
      `Cell ${paramText(p, 'cell')} innehåller "${paramText(p, 'value')}", som inte kan läsas som ett värde.`,
    en: (p) =>
      `Cell ${paramText(p, 'cell')} holds "${paramText(p, 'value')}", which cannot be read as a value.`,
  },
  /** The file has more rows than a table may have (table-limits.ts). Params: limit. */
  'file.too_many_rows': {
    sv: (p) =>
      `Filen har fler än ${paramCount(p, 'limit', 'sv')} rader, mer än en tabell här får ha. Dela upp den eller ta bort rader som inte hör dit.`,
    en: (p) =>
      `The file has more than ${paramCount(p, 'limit', 'en')} rows, more than a table here may have. Split it or remove rows that do not belong.`,
  },
  /** The file has more cells than a table may have. Params: limit. */
  'file.too_many_cells': {
    sv: (p) =>
      `Filen har fler än ${paramCount(p, 'limit', 'sv')} celler. Ta bort kolumner och rader som inte hör till tabellen.`,
    en: (p) =>
      `The file has more than ${paramCount(p, 'limit', 'en')} cells. Remove columns and rows that are not part of the table.`,
  },
  /** A text file is larger than a reader takes (an indicator CSV read in the browser). Params: limitMb. */
  'file.too_large': {
    sv: (p) => `Filen är större än ${paramText(p, 'limitMb')} MB.`,
    en: (p) => `The file is larger than ${paramText(p, 'limitMb')} MB.`,
  },
  /** The header row has more columns than the reader takes. Params: limit. */
  'file.too_many_columns': {
    sv: (p) =>
      `Filen har fler än ${paramCount(p, 'limit', 'sv')} kolumner. Spara bara mottagarkoden och de tal som ska användas.`,
    en: (p) =>
      `The file has more than ${paramCount(p, 'limit', 'en')} columns. Keep only the recipient code and the figures to be used.`,
  },
  /** An XLSX unpacks to more than the limit (it is compressed; the upload limit is on the packed size). Params: limitMb. */
  'file.unpacked_too_large': {
    sv: (p) =>
      `Arbetsboken blir större än ${paramText(p, 'limitMb')} MB uppackad. Spara bara tabellen, i ett eget blad eller som CSV.`,
    en: (p) =>
      `The workbook unpacks to more than ${paramText(p, 'limitMb')} MB. Save only the table, in a sheet of its own or as CSV.`,
  },
  /** Closes a list cut at MAX_REPORTED_ISSUES (the CLI's last line). Params: count (left out). */
  'issues.omitted': {
    sv: (p) =>
      `… och ${paramCount(p, 'count', 'sv')} fel till, som inte visas. Rätta felen ovan och försök igen.`,
    en: (p) =>
      `… and ${paramCount(p, 'count', 'en')} more issues, not shown. Correct the ones above and try again.`,
  },
  // ---- table columns and cells ----------------------------------------------------------------
  /** A column the file must have is missing. Params: column (or several names separated by " / "). */
  'table.missing_column': {
    sv: (p) => `Kolumnen "${paramText(p, 'column')}" saknas.`,
    en: (p) => `The column "${paramText(p, 'column')}" is missing.`,
  },
  /** The table has a header but no data rows. */
  'table.no_rows': {
    sv: () => 'Tabellen har inga rader med värden.',
    en: () => 'The table has no rows with values.',
  },
  /** An indicator file has a code column but no column of numbers. */
  'table.no_indicator_column': {
    sv: () => 'Filen har ingen kolumn med tal att fördela efter.',
    en: () => 'The file has no column of numbers to allocate by.',
  },
  /** A required cell is empty. */
  'cell.missing': { sv: () => 'Värde saknas.', en: () => 'The value is missing.' },
  /** A cell that must be a number is not one. Params: value. */
  'cell.not_a_number': {
    sv: (p) => `"${paramText(p, 'value')}" är inte ett tal.`,
    en: (p) => `"${paramText(p, 'value')}" is not a number.`,
  },
  /** An amount has decimals or is not a number at all. Params: value. */
  'cell.not_whole_kronor': {
    sv: (p) => `"${paramText(p, 'value')}" är inte ett heltal i kronor.`,
    en: (p) => `"${paramText(p, 'value')}" is not a whole number of kronor.`,
  },
  /** A value that must be 0 or more is negative. Params: value. */
  'cell.negative': {
    sv: (p) => `"${paramText(p, 'value')}" är negativt; värdet måste vara 0 eller större.`,
    en: (p) => `"${paramText(p, 'value')}" is negative; the value must be 0 or more.`,
  },
  // ---- recipients -----------------------------------------------------------------------------
  /** No recipient has this code or name. Params: value. */
  'recipient.unknown': {
    sv: (p) => `Mottagaren "${paramText(p, 'value')}" finns inte i mottagarregistret.`,
    en: (p) => `The recipient "${paramText(p, 'value')}" is not in the recipient register.`,
  },
  /** A name matches more than one recipient. Params: value, codes (comma separated). */
  'recipient.ambiguous_name': {
    sv: (p) =>
      `Namnet "${paramText(p, 'value')}" passar flera mottagare (${paramText(p, 'codes')}); ange koden.`,
    en: (p) =>
      `The name "${paramText(p, 'value')}" matches several recipients (${paramText(p, 'codes')}); give the code.`,
  },
  /** The recipient already appears on another line. Params: code, otherRow. */
  'recipient.duplicate': {
    sv: (p) =>
      `Mottagaren ${paramText(p, 'code')} förekommer också på rad ${paramText(p, 'otherRow')}.`,
    en: (p) =>
      `The recipient ${paramText(p, 'code')} also appears on line ${paramText(p, 'otherRow')}.`,
  },
  /** The recipient's type may not receive this grant. Params: code, recipientType, eligibleTypes. */
  'recipient.not_eligible': {
    sv: (p) =>
      `Mottagaren ${paramText(p, 'code')} är av typen ${paramText(p, 'recipientType')}, men bidraget ges bara till ${paramText(p, 'eligibleTypes')}.`,
    en: (p) =>
      `The recipient ${paramText(p, 'code')} is of type ${paramText(p, 'recipientType')}, but the grant is only for ${paramText(p, 'eligibleTypes')}.`,
  },
  // ---- allocation key (imported) --------------------------------------------------------------
  /** The key has neither a code column nor a name column. Params: accepted (the names looked for). */
  'key.no_recipient_column': {
    sv: (p) =>
      `Filen har ingen kolumn för mottagare. Använd någon av: ${paramText(p, 'accepted')}.`,
    en: (p) => `The file has no recipient column. Use one of: ${paramText(p, 'accepted')}.`,
  },
  /** The key has no amount column. Params: accepted. */
  'key.no_amount_column': {
    sv: (p) => `Filen har ingen beloppskolumn. Använd någon av: ${paramText(p, 'accepted')}.`,
    en: (p) => `The file has no amount column. Use one of: ${paramText(p, 'accepted')}.`,
  },
  /** The key's amounts do not add up to the grant's amount. Params: sumKr, expectedKr, differenceKr. */
  'key.sum_mismatch': {
    sv: (p) =>
      `Beloppen summerar till ${paramKronor(p, 'sumKr', 'sv')} men bidragets belopp är ${paramKronor(p, 'expectedKr', 'sv')} (skillnad ${paramKronor(p, 'differenceKr', 'sv')}).`,
    en: (p) =>
      `The amounts add up to ${paramKronor(p, 'sumKr', 'en')} but the grant's amount is ${paramKronor(p, 'expectedKr', 'en')} (difference ${paramKronor(p, 'differenceKr', 'en')}).`,
  },
  /** A totals row ("Summa") whose amount differs from the sum of the rows. Params: printedKr, sumKr. */
  'key.total_row_mismatch': {
    sv: (p) =>
      `Summaraden anger ${paramKronor(p, 'printedKr', 'sv')} men raderna summerar till ${paramKronor(p, 'sumKr', 'sv')}.`,
    en: (p) =>
      `The totals row says ${paramKronor(p, 'printedKr', 'en')} but the rows add up to ${paramKronor(p, 'sumKr', 'en')}.`,
  },
  // ---- model.json -----------------------------------------------------------------------------
  /** model.json is not valid JSON. Params: reason. */
  'model.invalid_json': {
    sv: (p) => `Modellfilen är inte giltig JSON (${paramText(p, 'reason')}).`,
    en: (p) => `The model file is not valid JSON (${paramText(p, 'reason')}).`,
  },
  /** A required field is absent. */
  'model.missing_field': { sv: () => 'Fältet saknas.', en: () => 'The field is missing.' },
  /** A field has the wrong JSON type. Params: expected (number, string, object, array). */
  'model.wrong_type': {
    sv: (p) => `Fel typ: ${paramText(p, 'expected')} förväntades.`,
    en: (p) => `Wrong type: ${paramText(p, 'expected')} expected.`,
  },
  /** An amount in kronor is not a whole number, or is too large to be exact in JSON. */
  'model.not_whole_kronor': {
    sv: () => 'Beloppet måste vara ett heltal i kronor (högst 9 007 199 254 740 991).',
    en: () => 'The amount must be a whole number of kronor (at most 9,007,199,254,740,991).',
  },
  /** An amount is negative. Params: value. */
  'model.negative': {
    sv: (p) => `${paramText(p, 'value')} är negativt; värdet måste vara 0 eller större.`,
    en: (p) => `${paramText(p, 'value')} is negative; the value must be 0 or more.`,
  },
  /** A text field is empty. */
  'model.empty_text': {
    sv: () => 'Texten får inte vara tom.',
    en: () => 'The text must not be empty.',
  },
  /** A list that needs entries is empty. */
  'model.empty_list': {
    sv: () => 'Listan måste ha minst ett element.',
    en: () => 'The list needs at least one entry.',
  },
  /** A field the model does not know (often a typo). Params: field. */
  'model.unknown_field': {
    sv: (p) => `Okänt fält "${paramText(p, 'field')}".`,
    en: (p) => `Unknown field "${paramText(p, 'field')}".`,
  },
  /** A fraction is not an exact number between 0 and 1 ("1/3", "0.25"). Params: value. */
  'model.invalid_fraction': {
    sv: (p) =>
      `"${paramText(p, 'value')}" är inte en andel mellan 0 och 1 (till exempel "1/3" eller "0.25").`,
    en: (p) =>
      `"${paramText(p, 'value')}" is not a fraction between 0 and 1 (for example "1/3" or "0.25").`,
  },
  /** A component gives both amount_kr and fraction. */
  'model.amount_and_fraction': {
    sv: () => 'Ange antingen amount_kr eller fraction, inte båda.',
    en: () => 'Give either amount_kr or fraction, not both.',
  },
  /** Two components have the same name. Params: name. */
  'model.duplicate_name': {
    sv: (p) => `Komponentnamnet "${paramText(p, 'name')}" används två gånger.`,
    en: (p) => `The component name "${paramText(p, 'name')}" is used twice.`,
  },
  /** Any other schema failure. Params: message (English, from the validator). */
  'model.invalid': {
    sv: (p) => `Ogiltigt värde (${paramText(p, 'message')}).`,
    en: (p) => `Invalid value (${paramText(p, 'message')}).`,
  },
  // ---- allocation engine (DomainError) --------------------------------------------------------
  /** The model has no components. */
  'allocation.no_components': {
    sv: () => 'Modellen har inga komponenter.',
    en: () => 'The model has no components.',
  },
  /** A positive budget but no recipients in the data. */
  'allocation.no_recipients': {
    sv: () => 'Det finns inga mottagare att fördela budgeten till.',
    en: () => 'There are no recipients to allocate the budget to.',
  },
  /** With several components, each needs amount_kr or fraction. Params: component. */
  'allocation.component_amount_missing': {
    sv: (p) => `Komponenten "${paramText(p, 'component')}" saknar både belopp och andel.`,
    en: (p) => `The component "${paramText(p, 'component')}" has neither an amount nor a fraction.`,
  },
  /** A component has both an amount and a fraction. Params: component. */
  'allocation.component_amount_and_fraction': {
    sv: (p) => `Komponenten "${paramText(p, 'component')}" har både belopp och andel.`,
    en: (p) => `The component "${paramText(p, 'component')}" has both an amount and a fraction.`,
  },
  /** The components' amounts do not add up to the budget. Params: sumKr (may be a fraction), budgetKr. */
  'allocation.components_do_not_sum': {
    sv: (p) =>
      `Komponenterna summerar till ${paramKronor(p, 'sumKr', 'sv')} men budgeten är ${paramKronor(p, 'budgetKr', 'sv')}.`,
    en: (p) =>
      `The components add up to ${paramKronor(p, 'sumKr', 'en')} but the budget is ${paramKronor(p, 'budgetKr', 'en')}.`,
  },
  /** A component with money has an indicator that is 0 for every recipient. Params: component, indicator. */
  'allocation.indicator_total_zero': {
    sv: (p) =>
      `Indikatorn "${paramText(p, 'indicator')}" för komponenten "${paramText(p, 'component')}" är 0 för alla mottagare, så beloppet kan inte fördelas.`,
    en: (p) =>
      `The indicator "${paramText(p, 'indicator')}" of the component "${paramText(p, 'component')}" is 0 for every recipient, so its amount cannot be distributed.`,
  },
  /** A row lacks an indicator the model uses. Params: recipientCode, indicator. */
  'allocation.indicator_missing': {
    sv: (p) =>
      `Mottagaren ${paramText(p, 'recipientCode')} saknar värde för "${paramText(p, 'indicator')}".`,
    en: (p) =>
      `The recipient ${paramText(p, 'recipientCode')} has no value for "${paramText(p, 'indicator')}".`,
  },
  /** An indicator value is negative. Params: recipientCode, indicator, value. */
  'allocation.negative_indicator': {
    sv: (p) =>
      `Mottagaren ${paramText(p, 'recipientCode')} har ett negativt värde för "${paramText(p, 'indicator')}" (${paramText(p, 'value')}).`,
    en: (p) =>
      `The recipient ${paramText(p, 'recipientCode')} has a negative value for "${paramText(p, 'indicator')}" (${paramText(p, 'value')}).`,
  },
  /** A recipient appears twice in the input. Params: recipientCode. */
  'allocation.duplicate_recipient': {
    sv: (p) => `Mottagaren ${paramText(p, 'recipientCode')} förekommer två gånger.`,
    en: (p) => `The recipient ${paramText(p, 'recipientCode')} appears twice.`,
  },
  /** A budget, minimum or cap is negative. Params: field, value. */
  'allocation.negative_amount': {
    sv: (p) => `${paramText(p, 'field')} är negativt (${paramText(p, 'value')}).`,
    en: (p) => `${paramText(p, 'field')} is negative (${paramText(p, 'value')}).`,
  },
  /** The budget does not cover every eligible recipient's minimum. Params: budgetKr, requiredKr, recipients. */
  'allocation.budget_below_minimums': {
    sv: (p) =>
      `Budgeten ${paramKronor(p, 'budgetKr', 'sv')} räcker inte till minibeloppen för ${paramText(p, 'recipients')} mottagare (${paramKronor(p, 'requiredKr', 'sv')}).`,
    en: (p) =>
      `The budget of ${paramKronor(p, 'budgetKr', 'en')} does not cover the minimum amounts of ${paramText(p, 'recipients')} recipients (${paramKronor(p, 'requiredKr', 'en')}).`,
  },
  /** A positive amount is to be split but no recipient has a positive weight. Params: totalKr. */
  'allocation.all_weights_zero': {
    sv: (p) => `${paramKronor(p, 'totalKr', 'sv')} ska fördelas men alla vikter är 0.`,
    en: (p) => `${paramKronor(p, 'totalKr', 'en')} is to be split but every weight is 0.`,
  },
  /** A weight is negative. Params: id, value. */
  'allocation.negative_weight': {
    sv: (p) => `Vikten för ${paramText(p, 'id')} är negativ (${paramText(p, 'value')}).`,
    en: (p) => `The weight of ${paramText(p, 'id')} is negative (${paramText(p, 'value')}).`,
  },
  /** The same id appears twice among the weights. Params: id. */
  'allocation.duplicate_id': {
    sv: (p) => `${paramText(p, 'id')} förekommer två gånger.`,
    en: (p) => `${paramText(p, 'id')} appears twice.`,
  },
  // ---- organisation numbers -------------------------------------------------------------------
  /** Not ten digits as NNNNNN-NNNN or NNNNNNNNNN. Params: value. */
  'org_number.invalid_format': {
    sv: (p) => `"${paramText(p, 'value')}" är inte ett organisationsnummer (NNNNNN-NNNN).`,
    en: (p) => `"${paramText(p, 'value')}" is not an organisation number (NNNNNN-NNNN).`,
  },
  /** The Luhn check digit does not match. Params: value. */
  'org_number.check_digit': {
    sv: (p) => `Kontrollsiffran i organisationsnumret "${paramText(p, 'value')}" stämmer inte.`,
    en: (p) => `The check digit of the organisation number "${paramText(p, 'value')}" is wrong.`,
  },
  // ---- CLI ------------------------------------------------------------------------------------
  /** The output file type is not .csv or .xlsx. Params: extension. */
  'cli.unsupported_output': {
    sv: (p) => `Utfilen kan inte ha typen "${paramText(p, 'extension')}". Använd .csv eller .xlsx.`,
    en: (p) =>
      `The output file cannot be of type "${paramText(p, 'extension')}". Use .csv or .xlsx.`,
  },
} satisfies Record<string, IssueMessage>;

export type IssueCode = keyof typeof ISSUE_MESSAGES;

export function isKnownIssueCode(code: string): code is IssueCode {
  return Object.hasOwn(ISSUE_MESSAGES, code);
}

const LOCATION_WORDS: Record<Locale, { row: string; column: string; path: string }> = {
  sv: { row: 'rad', column: 'kolumn', path: 'fält' },
  en: { row: 'line', column: 'column', path: 'field' },
};

function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** Where the issue is, as "Rad 14, kolumn belopp"; empty when the issue has no location. */
export function describeIssueLocation(issue: Issue, locale: Locale): string {
  const words = LOCATION_WORDS[locale];
  const parts: string[] = [];
  if (issue.file !== undefined) parts.push(issue.file);
  if (issue.row !== undefined) parts.push(`${words.row} ${issue.row}`);
  if (issue.column !== undefined) parts.push(`${words.column} ${issue.column}`);
  if (issue.path !== undefined) parts.push(`${words.path} ${issue.path}`);
  // A file name keeps its own case ("model.json"); a leading word is capitalized ("Rad 14").
  return issue.file === undefined ? capitalize(parts.join(', ')) : parts.join(', ');
}

/**
 * The issue's sentence without its location. A code worded in another catalogue (a concept's
 * `issue-messages.ts`, a service's `messages.ts`) still gives a readable line: the code and its
 * params. The HTTP layer words every code (`describeAnyIssue` in src/http/problem.ts).
 */
export function describeIssueMessage(
  issue: Pick<Issue, 'code' | 'params'>,
  locale: Locale,
): string {
  if (isKnownIssueCode(issue.code)) return ISSUE_MESSAGES[issue.code][locale](issue.params);
  const params = Object.entries(issue.params).map(([key, value]) => `${key}=${value}`);
  return params.length > 0 ? `${issue.code} (${params.join(', ')})` : issue.code;
}

/**
 * A clear sentence for a person: where, then what.
 * @example describeIssue({ row: 14, column: 'belopp', code: 'cell.not_whole_kronor', params: { value: '12x' } }, 'sv')
 * // 'Rad 14, kolumn belopp: "12x" är inte ett heltal i kronor.'
 */
export function describeIssue(issue: Issue, locale: Locale): string {
  const location = describeIssueLocation(issue, locale);
  const message = describeIssueMessage(issue, locale);
  return location === '' ? message : `${location}: ${message}`;
}

/** Turns a thrown DomainError (or anything with code and params) into an Issue. */
export function issueFromError(error: { code: ErrorCode; params: IssueParams }): Issue {
  return { code: error.code, params: error.params };
}
