// The texts of the report to the government, in Swedish; en-government-report.ts has the same keys.
// The tables' own headers and captions are printed by the domain (print-report.ts), as in the files.
export const svGovernmentReport = {
  'governmentReport.title': 'Rapport till regeringen',
  'governmentReport.open': 'Rapport till regeringen',
  'governmentReport.filters': 'Urval',
  'governmentReport.county': 'Län',
  'governmentReport.allCounties': 'Alla län',
  'governmentReport.privateProviders': 'Enskilda utförare har tagit del av statsbidraget',
  'governmentReport.privateProviders.all': 'Alla svar',
  'governmentReport.privateProviders.yes': 'Ja',
  'governmentReport.privateProviders.no': 'Nej',
  'governmentReport.privateProviders.not_applicable': 'Inte aktuellt',
  'governmentReport.noReports': 'Det finns inga inskickade återrapporter i urvalet.',
  'governmentReport.xlsx': 'Hämta rapporten (Excel)',
  'governmentReport.pdf': 'Hämta rapporten (PDF)',
  'governmentReport.annexXlsx': 'Hämta bilaga 1 per mottagare (Excel)',
  'governmentReport.tableCsv': 'Hämta {table} (CSV)',
  'governmentReport.chartCaption': '{table} som diagram',
  'governmentReport.freeText': 'Fritextsvar',
  'governmentReport.freeTextSummary': '{caption} ({count} svar)',
  'governmentReport.annex': 'Bilaga 1: fördelning och användning per mottagare',
  'governmentReport.showAnnex': 'Visa bilagan',
};
