// The texts of the report to the government, in English; sv-government-report.ts has the same keys.
import type { svGovernmentReport } from './sv-government-report';

export const enGovernmentReport: Record<keyof typeof svGovernmentReport, string> = {
  'governmentReport.title': 'Report to the government',
  'governmentReport.open': 'Report to the government',
  'governmentReport.filters': 'Selection',
  'governmentReport.county': 'County',
  'governmentReport.allCounties': 'All counties',
  'governmentReport.sizeGroup': 'Municipality group (SKR)',
  'governmentReport.sizeGroup.all': 'All municipality groups',
  'governmentReport.sizeGroup.none':
    "The recipient register holds no municipality groups yet, so the report cannot be divided by group. An administrator imports SKR's Kommungruppsindelning 2023 under Recipients: a file with the columns kommunkod and kommungrupp (A1–C9).",
  'governmentReport.privateProviders': 'Private providers took part in the grant',
  'governmentReport.privateProviders.all': 'All answers',
  'governmentReport.privateProviders.yes': 'Yes',
  'governmentReport.privateProviders.no': 'No',
  'governmentReport.privateProviders.not_applicable': 'Not applicable',
  'governmentReport.noReports': 'There are no submitted reports in the selection.',
  'governmentReport.xlsx': 'Download the report (Excel)',
  'governmentReport.pdf': 'Download the report (PDF)',
  'governmentReport.annexXlsx': 'Download annex 1 by recipient (Excel)',
  'governmentReport.tableCsv': 'Download {table} (CSV)',
  'governmentReport.chartCaption': '{table} as a chart',
  'governmentReport.freeText': 'Free-text answers',
  'governmentReport.freeTextSummary': '{caption} ({count} answers)',
  'governmentReport.annex': 'Annex 1: distribution and use by recipient',
  'governmentReport.showAnnex': 'Show the annex',
  'governmentReport.comparison': 'Compare with other years',
  'governmentReport.comparisonChoose': 'Grants to compare with',
  'governmentReport.comparisonGrant': '{name} ({year})',
  'governmentReport.compare': 'Compare',
  'governmentReport.showSpread': 'Show the full distribution',
  'governmentReport.showOtherTexts':
    'Show what was written under the own alternative ({count} answers)',
  'governmentReport.comparisonPdf': 'Download the report with the comparison (PDF)',
  'governmentReport.comparisonXlsx': 'Download the comparison (Excel)',
};
