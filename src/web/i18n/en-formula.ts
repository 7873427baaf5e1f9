// The texts of the allocation formula form, in English; sv-formula.ts has the same keys.
import type { svFormula } from './sv-formula';

export const enFormula: Record<keyof typeof svFormula, string> = {
  'formula.dataFile': 'File with indicator values (CSV)',
  'formula.dataHint':
    'One line per recipient: a column with the municipality code (recipient_code or kommunkod) and one or more columns of numbers, for example befolkning_80plus. Decimal commas are fine.',
  'formula.dataRead': '{file}: {count} recipients. Columns of numbers: {names}.',
  'formula.dataRefused': 'The file cannot be used in the form:',
  'formula.dataXlsx':
    'The form reads the columns from a CSV file. Save the file as CSV, or write the model as JSON.',
  'formula.chooseCsv': 'Choose a CSV file with indicator values.',
  'formula.fixData': 'Correct the file with indicator values.',
  'formula.componentsLegend': 'Components',
  'formula.componentsHint':
    'Each component allocates part of the amount by a column of the file: a share of the whole amount or a fixed amount. Together the components must make the whole amount, {budget}.',
  'formula.component': 'Component {number}',
  'formula.indicator': 'Allocate by column',
  'formula.chooseColumn': 'Choose a column',
  'formula.basis': 'How much of the amount',
  'formula.basis.share': 'A share of the amount',
  'formula.basis.amount': 'A fixed amount',
  'formula.share': 'Share (per cent)',
  'formula.shareHint': 'For example 100 or 12.5.',
  'formula.amount': 'Amount (kronor)',
  'formula.addComponent': 'Add a component',
  'formula.removeComponent': 'Remove component {number}',
  'formula.minimum': 'Minimum amount per recipient (kronor)',
  'formula.minimumHint':
    'Every recipient with a value above zero gets at least this amount; the rest is allocated by share. Leave empty for no minimum.',
  'formula.cap': 'Cap per recipient',
  'formula.capHint':
    'A column with each recipient’s highest amount in whole kronor, for example the amount applied for. An empty cell means no cap.',
  'formula.noCap': 'No cap',
  'formula.roundingTitle': 'Rounding',
  'formula.rounding':
    'The amounts are computed exactly and rounded down to whole kronor. The kronor left over are handed out one at a time to the recipients with the largest remainder (on equal remainders first the one with the higher value, then the lower code). The sum is always exactly {budget}.',
  'formula.showJson': 'Show as JSON',
  'formula.showForm': 'Show as a form',
  'formula.jsonHint':
    'For those who want to write the model themselves: the same model as the command line’s model.json. What is here is sent when you compute.',
  'formula.jsonNotForm': 'The model cannot be shown in the form: {reason}',
  'formula.previewTitle': 'Preview',
  'formula.previewIntro':
    'Computed here in the browser from the file and the form. Nothing is saved yet; the recipients are checked against the recipient register when you compute.',
  'formula.previewWaiting':
    'The preview appears once the file is chosen and the form is filled in.',
  'formula.previewRecipients': 'Recipients',
  'formula.previewTotal': 'Total',
  'formula.previewMinimum': 'Got the minimum amount',
  'formula.previewCapped': 'Limited by the cap',
  'formula.previewUnallocated': 'Not allocated (everyone reached the cap)',
  'formula.previewTable': 'The first {count} recipients in the file',
  'formula.previewCode': 'Code',
  'formula.previewName': 'Name',
  'formula.previewAmount': 'Amount',
  'formula.previewMore': '… and {count} more recipients.',
  'formula.previewProblem': 'The formula cannot be computed:',
  'formula.issue.required': 'Fill in the field.',
  'formula.issue.requiredColumn': 'Choose a column.',
  'formula.issue.not_a_number': 'Write a number, for example 12.5.',
  'formula.issue.percent_out_of_range': 'The share must be more than 0 and at most 100 per cent.',
  'formula.issue.not_whole_kronor': 'Write an amount in whole kronor, 0 or more.',
  'formula.issue.duplicate_column': 'The column {column} is already used by another component.',
  'formula.issue.components_do_not_sum':
    'The components make {sum} but must make the whole amount, {budget}. The difference is {difference}.',
  'formula.issue.notJson': 'The model is not valid JSON: {message}',
};
