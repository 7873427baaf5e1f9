// The texts of the allocation formula form (issue 13 §4, docs/decisions/0031), in Swedish (the
// first language); en-formula.ts has the same keys.
export const svFormula = {
  'formula.dataFile': 'Fil med indikatorvärden (CSV)',
  'formula.dataHint':
    'En rad per mottagare: en kolumn med kommunkod (recipient_code eller kommunkod) och en eller flera kolumner med tal, till exempel befolkning_80plus. Decimalkomma går bra.',
  'formula.dataRead': '{file}: {count} mottagare. Kolumner med tal: {names}.',
  'formula.dataRefused': 'Filen kan inte användas i formuläret:',
  'formula.dataXlsx':
    'Formuläret läser kolumnerna ur en CSV-fil. Spara filen som CSV, eller skriv modellen som JSON.',
  'formula.chooseCsv': 'Välj en CSV-fil med indikatorvärden.',
  'formula.fixData': 'Rätta filen med indikatorvärden.',
  'formula.componentsLegend': 'Komponenter',
  'formula.componentsHint':
    'Varje komponent fördelar en del av beloppet efter en kolumn i filen: en andel av hela beloppet eller ett fast belopp. Tillsammans ska komponenterna bli hela beloppet, {budget}.',
  'formula.component': 'Komponent {number}',
  'formula.indicator': 'Fördela efter kolumn',
  'formula.chooseColumn': 'Välj en kolumn',
  'formula.basis': 'Hur stor del av beloppet',
  'formula.basis.share': 'En andel av beloppet',
  'formula.basis.amount': 'Ett fast belopp',
  'formula.share': 'Andel (procent)',
  'formula.shareHint': 'Till exempel 100 eller 12,5.',
  'formula.amount': 'Belopp (kronor)',
  'formula.addComponent': 'Lägg till komponent',
  'formula.removeComponent': 'Ta bort komponent {number}',
  'formula.minimum': 'Minibelopp per mottagare (kronor)',
  'formula.minimumHint':
    'Varje mottagare med ett värde över noll får minst detta belopp; resten fördelas efter andel. Lämna tomt för inget minibelopp.',
  'formula.cap': 'Tak per mottagare',
  'formula.capHint':
    'En kolumn med varje mottagares högsta belopp i hela kronor, till exempel sökt belopp. Tom cell betyder inget tak.',
  'formula.noCap': 'Inget tak',
  'formula.roundingTitle': 'Avrundning',
  'formula.rounding':
    'Beloppen räknas fram exakt och avrundas nedåt till hela kronor. De kronor som blir över delas ut en i taget till de mottagare som har störst rest vid avrundningen (vid lika rest först den med högst värde, sedan lägst kommunkod). Summan blir alltid exakt {budget}.',
  'formula.showJson': 'Visa som JSON',
  'formula.showForm': 'Visa som formulär',
  'formula.jsonHint':
    'För den som vill skriva modellen själv: samma modell som kommandoradens model.json. Det som står här skickas när du beräknar.',
  'formula.jsonNotForm': 'Modellen kan inte visas i formuläret: {reason}',
  'formula.previewTitle': 'Förhandsgranskning',
  'formula.previewIntro':
    'Beräknat här i webbläsaren med filen och formuläret. Inget är sparat än; mottagarna kontrolleras mot mottagarregistret när du beräknar.',
  'formula.previewWaiting':
    'Förhandsgranskningen visas när filen är vald och formuläret är ifyllt.',
  'formula.previewRecipients': 'Mottagare',
  'formula.previewTotal': 'Summa',
  'formula.previewMinimum': 'Fick minibeloppet',
  'formula.previewCapped': 'Begränsades av taket',
  'formula.previewUnallocated': 'Inte fördelat (alla har nått taket)',
  'formula.previewTable': 'De första {count} mottagarna i filen',
  'formula.previewCode': 'Kommunkod',
  'formula.previewName': 'Namn',
  'formula.previewAmount': 'Belopp',
  'formula.previewMore': '… och {count} mottagare till.',
  'formula.previewProblem': 'Formeln kan inte beräknas:',
  'formula.issue.required': 'Fyll i fältet.',
  'formula.issue.requiredColumn': 'Välj en kolumn.',
  'formula.issue.not_a_number': 'Skriv ett tal, till exempel 12,5.',
  'formula.issue.percent_out_of_range': 'Andelen ska vara mer än 0 och högst 100 procent.',
  'formula.issue.not_whole_kronor': 'Skriv ett belopp i hela kronor, 0 eller mer.',
  'formula.issue.duplicate_column': 'Kolumnen {column} används redan av en annan komponent.',
  'formula.issue.components_do_not_sum':
    'Komponenterna blir {sum} men ska bli hela beloppet, {budget}. Det skiljer {difference}.',
  'formula.issue.notJson': 'Modellen är inte giltig JSON: {message}',
} as const;
