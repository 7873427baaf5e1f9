import { InvalidArgumentError, Option, type Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Issue } from '../../domain/issues';
import { formatKronor, parseWholeKronor, type Locale } from '../../domain/money';
import { buildRecipientRegister } from '../../domain/recipients/recipient-register';
import { computeRepayments, type RepaymentResult } from '../../domain/repayment/compute-repayments';
import { describeRepaymentIssueMessage } from '../../domain/repayment/issue-messages';
import { repaymentResultJson, repaymentTable } from '../../domain/repayment/present-repayments';
import { readUsageTable } from '../../domain/repayment/read-usage-table';
import { readReferenceRecipients } from '../../files/reference-recipients';
import { writeCsv } from '../../files/write-csv';
import { BadInput, exitCodeReportingBadInput, readTableFile } from '../bad-input';
import { formatIssueLine } from '../format-issue-line';

export interface RepaymentsOptions {
  data: string;
  waiver: bigint;
  out?: string;
  format: 'csv' | 'json';
  lang: Locale;
}

export interface RepaymentsOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

// Exit codes, as for every statsbidrag command: 0 done, 1 bad input (bad-input.ts), 2 usage error.
const EXIT_USAGE = 2;

const EXAMPLES = `
Example (the 2024 elderly-care grant, seed 000: unused amounts under 1 000 kr are waived):
  $ statsbidrag repayments --data usage-2024.csv --waiver 1000 --out aterbetalning-2024.csv

  usage-2024.csv, CSV or XLSX, one row per recipient, whole kronor:
    recipient_code,received,used
    0114,15460474,13659293
    1443,3725949,3725765

Rule: unused = received - used. Unused >= --waiver: all of it is to be repaid (to_repay);
0 < unused < --waiver: waived. Recipients are kommunkod (4 digits) or county codes (regions).

Output: CSV recipient_code,name,received,used,unused,waived,to_repay, one row per recipient in
code order, then a totals row with an empty recipient_code and the name "Summa".
--format json gives the same with counts and an explanation of every row. docs/repayments.md.
Exit codes: 0 done; 1 bad input, one "file:line:column: message" line per problem on stderr;
2 usage error.`;

/**
 * `file:line:column: Kolumn used: message`, leaving out the parts an issue does not have.
 * @example "usage.csv:4:3: Kolumn used: Använt belopp 101 kr är större än mottaget belopp 100 kr."
 */
export function formatRepaymentIssue(issue: Issue, locale: Locale): string {
  return formatIssueLine(issue, locale, describeRepaymentIssueMessage);
}

/** `--waiver`: whole kronor, 0 or more ("1000", "1 000", "1000 kr"); anything else is a usage error. */
export function parseWaiver(text: string): bigint {
  const parsed = parseWholeKronor(text);
  if (!parsed.ok || parsed.value < 0n)
    throw new InvalidArgumentError('Give the threshold in whole kronor, 0 or more (e.g. 1000).');
  return parsed.value;
}

function csvOf(result: RepaymentResult, names: ReadonlyMap<string, string>): string {
  const table = repaymentTable(result, names);
  const textColumns = new Set(['recipient_code', 'name']);
  return writeCsv(
    table.headers.map((header) => ({
      header,
      kind: textColumns.has(header) ? 'text' : 'number',
    })),
    table.rows,
    { bom: false, lineEnding: '\n' },
  );
}

function summary(result: RepaymentResult, locale: Locale): string {
  const { totals } = result;
  const kr = (value: bigint) => formatKronor(value, locale);
  return locale === 'sv'
    ? `${totals.repayingRecipients} återbetalningskrav, ${kr(totals.toRepayKr)}; ${totals.waivedRecipients} efterskänkta, ${kr(totals.waivedKr)}; oanvänt totalt ${kr(totals.unusedKr)}`
    : `${totals.repayingRecipients} repayment demands, ${kr(totals.toRepayKr)}; ${totals.waivedRecipients} waived, ${kr(totals.waivedKr)}; unused in all ${kr(totals.unusedKr)}`;
}

/**
 * `statsbidrag repayments`: the economic reports (received, used) → what each recipient repays
 * and what is waived. Returns the exit code: 0, or 1 for bad input with one
 * `file:line:column: message` line per issue on stderr.
 */
export async function runRepayments(
  options: RepaymentsOptions,
  output: RepaymentsOutput,
): Promise<number> {
  return exitCodeReportingBadInput(
    async () => {
      const table = await readTableFile(options.data);
      const { recipients, aliases } = await readReferenceRecipients();
      const usage = readUsageTable(table, buildRecipientRegister(recipients, aliases));
      if (!usage.ok) throw new BadInput(usage.issues);
      const result = computeRepayments(usage.reports, {
        repaymentRequired: true,
        waiverThresholdKr: options.waiver,
      });
      const names = new Map(recipients.map((recipient) => [recipient.code, recipient.name]));
      const text =
        options.format === 'json'
          ? `${JSON.stringify(repaymentResultJson(result, names, options.lang), null, 2)}\n`
          : csvOf(result, names);
      if (options.out === undefined) {
        output.stdout(text);
      } else {
        await writeFile(options.out, text);
        output.stderr(`${options.out}: ${summary(result, options.lang)}\n`);
      }
      return 0;
    },
    output.stderr,
    (issue) => formatRepaymentIssue(issue, options.lang),
  );
}

/** Adds `statsbidrag repayments` to the program; usage errors go through its exitOverride. */
export function registerRepaymentsCommand(program: Command): Command {
  return program
    .command('repayments')
    .description(
      'Compute what each recipient repays of its unused grant money, and what is waived under a threshold.',
    )
    .requiredOption(
      '--data <file>',
      'the economic reports, .csv or .xlsx: recipient_code,received,used in whole kronor',
    )
    .requiredOption(
      '--waiver <kr>',
      'unused amounts under this many kronor are waived (Socialstyrelsen: 1000); 0 waives nothing',
      parseWaiver,
    )
    .option('--out <file.csv>', 'write the result to this file instead of stdout')
    .addOption(
      new Option('--format <format>', 'csv: the table; json: counts, totals and explanations')
        .choices(['csv', 'json'])
        .default('csv'),
    )
    .addOption(
      new Option('--lang <lang>', 'language of messages and explanations')
        .choices(['sv', 'en'])
        .default('sv'),
    )
    .addHelpText('after', EXAMPLES)
    .action(async (options: RepaymentsOptions) => {
      const expected = options.format === 'json' ? '.json' : '.csv';
      if (options.out !== undefined && extname(options.out).toLowerCase() !== expected) {
        process.stderr.write(
          `--out ${options.out}: use a ${expected} file name for --format ${options.format}\n`,
        );
        process.exitCode = EXIT_USAGE;
        return;
      }
      process.exitCode = await runRepayments(options, {
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text),
      });
    });
}
