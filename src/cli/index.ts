import { Command, CommanderError, Option } from 'commander';
import { extname } from 'node:path';
import type { Locale } from '../domain/money';
import { runAllocate, type CliOutput } from './commands/allocate';
import { formatIssueLine } from './format-issue-line';
import { registerCreateAdminCommand } from './commands/create-admin';
import { registerPerformanceCommand } from './commands/performance';
import { registerRepaymentsCommand } from './commands/repayments';
import { registerReportTablesCommand } from './commands/report-tables';

// Exit codes: 0 done, 1 bad input (issues on stderr as file:line:column: message), 2 usage error.
const EXIT_USAGE = 2;

const output: CliOutput = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

const ALLOCATE_EXAMPLES = `
Examples:
  # Stockholm 2025 (seed 004): two components, caps from the requested_kr column
  $ statsbidrag allocate --model docs/examples/stockholm-2025.model.json \\
      --data docs/examples/stockholm-2025.data.csv \\
      --recipients docs/examples/stockholm-2025.recipients.csv

  # The 2018 welfare technology key, imported as a one-component formula, to Excel
  $ statsbidrag allocate --model docs/examples/welfare-tech-2018.model.json \\
      --data docs/examples/welfare-tech-2018.data.csv --out fordelning.xlsx

Output: the result CSV (UTF-8, no BOM, \\n line ends) described in docs/allocation-engine.md;
its sha256 is the checksum shown for a published allocation.
Exit codes: 0 done; 1 bad input, one "file:line:column: message" line per problem on stderr;
2 usage error.`;

function buildProgram(): Command {
  const program = new Command('statsbidrag')
    .description(
      'Statsbidrag: allocate Swedish state grants exactly, to the krona, and explain every amount.',
    )
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .addHelpText(
      'after',
      `\nExample:\n  $ statsbidrag allocate --model docs/examples/stockholm-2025.model.json --data docs/examples/stockholm-2025.data.csv --recipients docs/examples/stockholm-2025.recipients.csv\n\nRun "statsbidrag allocate --help" for every option.`,
    );
  program
    .command('allocate')
    .description(
      'Compute an allocation from a model (model.json) and indicator data (CSV or XLSX).',
    )
    .requiredOption(
      '--model <model.json>',
      'the allocation model: budget_kr, components, optional minimum_kr and cap_column (docs/model.schema.json)',
    )
    .requiredOption(
      '--data <file>',
      'indicator data, .csv or .xlsx: a recipient_code column and one column per indicator (and the cap column)',
    )
    .option(
      '--out <file>',
      'write to this file instead of stdout: .csv (the result CSV) or .xlsx (the same table as a workbook)',
    )
    .option(
      '--recipients <file.csv>',
      'recipient register, a CSV with code,name[,type] (default: reference/municipalities.csv and regions.csv)',
    )
    .option(
      '--eligible <types...>',
      'recipient types the grant is for, e.g. municipality region (default: every type in the register)',
    )
    .addOption(
      new Option('--lang <lang>', 'language of the messages').choices(['sv', 'en']).default('sv'),
    )
    .addHelpText('after', ALLOCATE_EXAMPLES)
    .action(
      async (options: {
        model: string;
        data: string;
        out?: string;
        recipients?: string;
        eligible?: string[];
        lang: Locale;
      }) => {
        if (
          options.out !== undefined &&
          !['.csv', '.xlsx'].includes(extname(options.out).toLowerCase())
        ) {
          process.stderr.write(`--out ${options.out}: use a .csv or .xlsx file name\n`);
          process.exitCode = EXIT_USAGE;
          return;
        }
        process.exitCode = await runAllocate(options, output, (issue) =>
          formatIssueLine(issue, options.lang),
        );
      },
    );
  registerPerformanceCommand(program);
  registerRepaymentsCommand(program);
  registerReportTablesCommand(program);
  registerCreateAdminCommand(program);
  return program;
}

// `statsbidrag allocate … | head` closes stdout early; that is the reader's choice, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  if (argv.length <= 2) {
    program.outputHelp({ error: true });
    process.exitCode = EXIT_USAGE;
    return;
  }
  try {
    await program.parseAsync(argv);
  } catch (error) {
    // Help and version exit 0; every other commander error is a usage error.
    if (error instanceof CommanderError) process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
    else throw error;
  }
}

await main(process.argv);
