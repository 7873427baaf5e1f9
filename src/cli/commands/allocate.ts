import { writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { allocate } from '../../domain/allocation/allocate';
import { validateIndicatorTable } from '../../domain/allocation/indicator-table';
import { parseAllocationModelText } from '../../domain/allocation/model';
import type { AllocationModel, AllocationResult } from '../../domain/allocation/types';
import { isDomainError } from '../../domain/errors';
import type { Issue } from '../../domain/issues';
import { formatKronor, type Locale } from '../../domain/money';
import {
  buildRecipientRegister,
  type Recipient,
  type RecipientAlias,
} from '../../domain/recipients/recipient-register';
import { allocationResultCsv, allocationResultXlsx } from '../../files/allocation-export';
import { allocationChecksum } from '../../files/checksum';
import { readRecipientFile, readReferenceRecipients } from '../../files/reference-recipients';
import { BadInput, exitCodeReportingBadInput, readBytes, readTableFile } from '../bad-input';

export interface AllocateOptions {
  model: string;
  data: string;
  out?: string;
  recipients?: string;
  eligible?: string[];
  lang: Locale;
}

export interface CliOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

async function readModel(path: string): Promise<AllocationModel> {
  const parsed = parseAllocationModelText(new TextDecoder().decode(await readBytes(path)));
  if (!parsed.ok) throw new BadInput(parsed.issues.map((issue) => ({ ...issue, file: path })));
  return parsed.model;
}

async function readRegister(
  recipientsPath: string | undefined,
): Promise<{ recipients: Recipient[]; aliases: RecipientAlias[] }> {
  if (recipientsPath === undefined) return readReferenceRecipients();
  await readBytes(recipientsPath);
  const read = await readRecipientFile(recipientsPath);
  if ('issues' in read) throw new BadInput(read.issues);
  return { recipients: read.recipients, aliases: [] };
}

function runEngine(
  model: AllocationModel,
  rows: Parameters<typeof allocate>[1],
  dataPath: string,
): AllocationResult {
  try {
    return allocate(model, rows);
  } catch (error) {
    if (isDomainError(error))
      throw new BadInput([{ file: dataPath, code: error.code, params: error.params }]);
    throw error;
  }
}

async function writeResult(
  result: AllocationResult,
  names: Map<string, string>,
  options: AllocateOptions,
  output: CliOutput,
) {
  if (options.out === undefined) {
    output.stdout(allocationResultCsv(result, names));
    return;
  }
  const extension = extname(options.out).toLowerCase();
  const title = basename(options.model).replace(/\.model\.json$|\.json$/i, '');
  const bytes =
    extension === '.xlsx'
      ? await allocationResultXlsx(result, names, title)
      : allocationResultCsv(result, names);
  await writeFile(options.out, bytes);
  output.stderr(
    `${options.out}: ${formatKronor(result.totalKr, options.lang)} → ${result.rows.length} ` +
      `(${formatKronor(result.unallocatedKr, options.lang)} unallocated), sha256 ${allocationChecksum(result, names)}\n`,
  );
}

/**
 * `statsbidrag allocate`: model.json + indicator data → the result CSV (or XLSX). Returns the exit
 * code: 0, or 1 for bad input with one `file:line:column: message` line per issue on stderr.
 */
export async function runAllocate(
  options: AllocateOptions,
  output: CliOutput,
  formatIssue: (issue: Issue) => string,
): Promise<number> {
  return exitCodeReportingBadInput(
    async () => {
      const model = await readModel(options.model);
      const table = await readTableFile(options.data);
      const { recipients, aliases } = await readRegister(options.recipients);
      const eligibleTypes = options.eligible ?? [
        ...new Set(recipients.map((recipient) => recipient.type)),
      ];
      const register = buildRecipientRegister(recipients, aliases);
      const validated = validateIndicatorTable(table, { model, register, eligibleTypes });
      if (!validated.ok) throw new BadInput(validated.issues);
      const result = runEngine(model, validated.rows, options.data);
      const names = new Map(recipients.map((recipient) => [recipient.code, recipient.name]));
      await writeResult(result, names, options, output);
      return 0;
    },
    output.stderr,
    formatIssue,
  );
}
