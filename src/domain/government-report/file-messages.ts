// The codes of the report's files (src/services/government-report/export-government-report.ts),
// kept apart from the tables' codes (issue-messages.ts) so each part owns its own catalogue.
import { paramText, type IssueMessage } from '../issues';

export const GOVERNMENT_REPORT_FILE_MESSAGES = {
  /** A table's CSV was asked for by a key the report has no table for. Params: table. */
  'government_report.no_such_table': {
    sv: (p) => `Rapporten har ingen tabell "${paramText(p, 'table')}".`,
    en: (p) => `The report has no table "${paramText(p, 'table')}".`,
  },
} satisfies Record<string, IssueMessage>;

export type GovernmentReportFileCode = keyof typeof GOVERNMENT_REPORT_FILE_MESSAGES;
