import { Option, type Command } from 'commander';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describeGovernmentReportIssueMessage } from '../../domain/government-report/issue-messages';
import { TABLE_CSV_HEADER, tableCsvRows } from '../../domain/government-report/csv-rows';
import {
  readAnswersLines,
  readQuestionnaire,
} from '../../domain/government-report/questionnaire-file';
import { buildQuestionTables } from '../../domain/government-report/question-tables';
import type { Locale } from '../../domain/money';
import { writeCsv } from '../../files/write-csv';
import { BadInput, exitCodeReportingBadInput, readBytes } from '../bad-input';
import { formatIssueLine } from '../format-issue-line';

export interface ReportTablesOptions {
  questionnaire: string;
  answers: string;
  out: string;
  spread: boolean;
  lang: Locale;
}

export interface ReportTablesOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const EXAMPLES = `
Example (the 2024 elderly-care follow-up, seed 000):
  $ statsbidrag report-tables \\
      --questionnaire reference/elderly_care_2024_followup_questionnaire.json \\
      --answers reference/elderly_care_2024_followup_answers.jsonl --out tabeller-2024

Writes <question_id>.csv for every choice, scale and matrix question (UTF-8, no BOM, \\n):
  question_id,choice_id,label,count,base,percent
one row per choice (zero counts included; by count, most first, except yes/no and bands),
per scale step, or per matrix row (the count answering 4 or 5); --spread adds each matrix
row's full spread as <row>_<step> rows. base = those who answered the question (the row, for a
matrix); percent = 100·count/base rounded half up to a whole per cent, "<1" for a share under
0.5 % that is not zero. docs/government-report.md.
Exit codes: 0 done; 1 bad input, one "file:line: message" line per problem on stderr and no
file written; 2 usage error.`;

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new BadInput([
      { file, code: 'government_report.bad_questionnaire', params: { detail: 'not JSON' } },
    ]);
  }
}

/**
 * `statsbidrag report-tables`: the questionnaire and its answers → one CSV per question table.
 * Everything is read and checked before the first file is written, so bad input writes nothing.
 */
export async function runReportTables(
  options: ReportTablesOptions,
  output: ReportTablesOutput,
): Promise<number> {
  return exitCodeReportingBadInput(
    async () => {
      const decoder = new TextDecoder('utf-8');
      const questionnaireText = decoder.decode(await readBytes(options.questionnaire));
      const read = readQuestionnaire(parseJson(questionnaireText, options.questionnaire));
      if (!read.ok)
        throw new BadInput(read.issues.map((i) => ({ ...i, file: options.questionnaire })));
      const answersText = decoder.decode(await readBytes(options.answers));
      const answers = readAnswersLines(answersText, read.questionnaire.questions);
      if (!answers.ok)
        throw new BadInput(answers.issues.map((i) => ({ ...i, file: options.answers })));
      const tables = buildQuestionTables(read.questionnaire.questions, answers.respondents);
      const files: { name: string; text: string }[] = [];
      for (const table of tables) {
        const rows = tableCsvRows(table, { spread: options.spread });
        if (rows === null) continue;
        const text = writeCsv(
          TABLE_CSV_HEADER.map((header) => ({
            header,
            kind: ['count', 'base', 'percent'].includes(header) ? 'number' : 'text',
          })),
          rows,
          { bom: false, lineEnding: '\n' },
        );
        files.push({ name: `${table.questionId}.csv`, text });
      }
      await mkdir(options.out, { recursive: true });
      for (const file of files) await writeFile(join(options.out, file.name), file.text);
      output.stderr(
        options.lang === 'sv'
          ? `${options.out}: ${files.length} tabeller från ${answers.respondents.length} svar\n`
          : `${options.out}: ${files.length} tables from ${answers.respondents.length} answers\n`,
      );
      return 0;
    },
    output.stderr,
    (issue) => formatIssueLine(issue, options.lang, describeGovernmentReportIssueMessage),
  );
}

/** Adds `statsbidrag report-tables` to the program. */
export function registerReportTablesCommand(program: Command): Command {
  return program
    .command('report-tables')
    .description(
      "Build the follow-up report's tables (count, base and share per answer) from a questionnaire and its answers.",
    )
    .requiredOption(
      '--questionnaire <q.json>',
      'the questionnaire: { grant: { year }, questions: [{ id, type, text_sv, choices?, rows?, scale? }] }',
    )
    .requiredOption(
      '--answers <answers.jsonl>',
      'one JSON object a line: { kommunkod, answers: { <question id>: answer } }',
    )
    .option('--out <dir>', 'the folder to write the CSV files to', '.')
    .option('--spread', "add each matrix row's full 1–5 spread as <row>_<step> rows", false)
    .addOption(
      new Option('--lang <lang>', 'language of the messages').choices(['sv', 'en']).default('sv'),
    )
    .addHelpText('after', EXAMPLES)
    .action(async (options: ReportTablesOptions) => {
      process.exitCode = await runReportTables(options, {
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text),
      });
    });
}
