import { Option, type Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { isDomainError } from '../../domain/errors';
import type { Issue } from '../../domain/issues';
import { formatKronor, type Locale } from '../../domain/money';
import {
  calculatePerformanceGrant,
  type PerformanceResult,
} from '../../domain/performance/calculate';
import { evaluateConditions } from '../../domain/performance/evaluate-conditions';
import { describePerformanceIssueMessage } from '../../domain/performance/issue-messages';
import { parsePerformanceModelText } from '../../domain/performance/model';
import { performanceResultJson } from '../../domain/performance/present';
import { readFigureTable, readKeyTable } from '../../domain/performance/read-tables';
import { performanceResultCsv } from '../../files/performance-result-csv';
import { readReferenceRecipients } from '../../files/reference-recipients';
import { BadInput, exitCodeReportingBadInput, readBytes, readTableFile } from '../bad-input';
import { formatIssueLine } from '../format-issue-line';

export interface PerformanceOptions {
  model: string;
  key: string;
  data: string;
  out?: string;
  format: 'csv' | 'json';
  lang: Locale;
}

export interface PerformanceOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const EXAMPLES = `
Example (the 2023 grant for fewer hourly employments, seed 001 Bilaga 2):
  $ statsbidrag performance --model docs/examples/hourly-employment-2023.model.json \\
      --key docs/examples/good-care-key-2023.csv \\
      --data docs/examples/hourly-employment-2023.figures.csv --out timanstallningar-2023.csv

Files:
  --model  the grant: figures, conditions (expressions such as
           "share(hourly_nov_2023, permanent_nov_2023) <= 17%"), pools, total_kr
           (docs/performance-model.md, docs/performance-model.schema.json)
  --key    CSV or XLSX with recipient_code,key_kr: the allocation key, every recipient
  --data   CSV or XLSX with recipient_code and one column per figure of the model: one row per
           recipient that registered and reported

Output: recipient_code,name,amount_kr, one true/false column per condition (empty: did not
report), one pool_<id>_kr column per pool, status. The amounts sum to total_kr exactly.
--format json gives every computed value and an explanation of every amount instead.
Exit codes: 0 done; 1 bad input, one "file:line:column: message" line per problem on stderr;
2 usage error.`;

/** `file:line:column: message`, leaving out the parts an issue does not have. */
export function formatPerformanceIssue(issue: Issue, locale: Locale): string {
  return formatIssueLine(issue, locale, describePerformanceIssueMessage);
}

function calculateOrReport(
  ...[model, key, figures, dataPath]: [...Parameters<typeof calculatePerformanceGrant>, string]
): PerformanceResult {
  try {
    return calculatePerformanceGrant(model, key, figures);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    throw new BadInput([{ file: dataPath, code: error.code, params: error.params }]);
  }
}

/**
 * `statsbidrag performance`: model.json + key + reported figures → the result. Returns the exit
 * code: 0, or 1 for bad input with one `file:line:column: message` line per issue on stderr.
 */
export async function runPerformance(
  options: PerformanceOptions,
  output: PerformanceOutput,
): Promise<number> {
  return exitCodeReportingBadInput(
    async () => {
      const parsedModel = parsePerformanceModelText(
        new TextDecoder().decode(await readBytes(options.model)),
      );
      if (!parsedModel.ok)
        throw new BadInput(parsedModel.issues.map((issue) => ({ ...issue, file: options.model })));
      const model = parsedModel.model;
      const key = readKeyTable(await readTableFile(options.key));
      if (!key.ok) throw new BadInput(key.issues);
      const keyCodes = new Set(key.entries.map((entry) => entry.recipientCode));
      const figures = readFigureTable(await readTableFile(options.data), model, keyCodes);
      if (!figures.ok) throw new BadInput(figures.issues);
      const result = calculateOrReport(model, key.entries, figures.rows, options.data);
      const { recipients } = await readReferenceRecipients();
      const names = new Map(recipients.map((recipient) => [recipient.code, recipient.name]));
      const text =
        options.format === 'json'
          ? `${JSON.stringify(performanceResultJson(model, result, evaluateConditions(model, figures.rows), names), null, 2)}\n`
          : performanceResultCsv(model, result, names);
      if (options.out === undefined) {
        output.stdout(text);
      } else {
        await writeFile(options.out, text);
        const qualified = result.recipients.filter((r) => r.status === 'qualified').length;
        output.stderr(
          `${options.out}: ${formatKronor(result.totalKr, options.lang)} → ${qualified} qualifying recipients\n`,
        );
      }
      return 0;
    },
    output.stderr,
    (issue) => formatPerformanceIssue(issue, options.lang),
  );
}

/** Adds `statsbidrag performance` to the program; usage errors go through its exitOverride. */
export function registerPerformanceCommand(program: Command): Command {
  return program
    .command('performance')
    .description(
      'Allocate a performance-based grant: evaluate the conditions on the reported figures and split each pool by key among its qualifiers.',
    )
    .requiredOption('--model <model.json>', 'the performance model (docs/performance-model.md)')
    .requiredOption('--key <file>', 'the allocation key, .csv or .xlsx: recipient_code,key_kr')
    .requiredOption(
      '--data <file>',
      'the reported figures, .csv or .xlsx: recipient_code and one column per figure',
    )
    .option('--out <file>', 'write the result to this file instead of stdout')
    .addOption(
      new Option('--format <format>', 'csv: the result table; json: every value and explanation')
        .choices(['csv', 'json'])
        .default('csv'),
    )
    .addOption(
      new Option('--lang <lang>', 'language of the messages').choices(['sv', 'en']).default('sv'),
    )
    .addHelpText('after', EXAMPLES)
    .action(async (options: PerformanceOptions) => {
      process.exitCode = await runPerformance(options, {
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text),
      });
    });
}
