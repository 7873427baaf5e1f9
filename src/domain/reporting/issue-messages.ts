import { type IssueMessage, paramKronor, paramText } from '../issues';

/**
 * The issue and DomainError codes of follow-up forms (`form.*`, paths into the form definition)
 * and reports (`report.*`, paths into the report), with their Swedish and English sentences.
 */
export const REPORTING_ISSUE_MESSAGES = {
  'form.not_object': {
    sv: () => 'Här ska det stå ett JSON-objekt ({ … }).',
    en: () => 'A JSON object ({ … }) is expected here.',
  },
  'form.not_array': {
    sv: () => 'Här ska det stå en lista ([ … ]).',
    en: () => 'A list ([ … ]) is expected here.',
  },
  'form.not_boolean': {
    sv: () => 'Värdet ska vara true eller false.',
    en: () => 'The value must be true or false.',
  },
  'form.not_number': {
    sv: () => 'Värdet ska vara ett tal.',
    en: () => 'The value must be a number.',
  },
  'form.unknown_property': {
    sv: (p) => `Egenskapen "${paramText(p, 'property')}" används inte i formulären.`,
    en: (p) => `The property "${paramText(p, 'property')}" is not used in forms.`,
  },
  'form.no_pages': {
    sv: () => 'Frågeformuläret har inga sidor.',
    en: () => 'The questionnaire has no pages.',
  },
  'form.missing_name': { sv: () => 'Namn saknas.', en: () => 'The name is missing.' },
  'form.invalid_name': {
    sv: (p) =>
      `Namnet "${paramText(p, 'name')}" är ogiltigt: använd små bokstäver a–z, siffror och _ och börja med en bokstav.`,
    en: (p) =>
      `The name "${paramText(p, 'name')}" is invalid: use lower-case a–z, digits and _, starting with a letter.`,
  },
  'form.duplicate_name': {
    sv: (p) => `Namnet "${paramText(p, 'name')}" används redan.`,
    en: (p) => `The name "${paramText(p, 'name')}" is already used.`,
  },
  'form.missing_title': {
    sv: () => 'Frågetext eller etikett saknas.',
    en: () => 'The question text or label is missing.',
  },
  'form.unsupported_type': {
    sv: (p) => `Frågetypen "${paramText(p, 'type')}" stöds inte.`,
    en: (p) => `The question type "${paramText(p, 'type')}" is not supported.`,
  },
  'form.unknown_usage_area': {
    sv: (p) => `"${paramText(p, 'area')}" är inte ett av statsbidragets användningsområden.`,
    en: (p) => `"${paramText(p, 'area')}" is not one of the grant's usage areas.`,
  },
  'form.no_items': {
    sv: () => 'Minst ett alternativ behövs.',
    en: () => 'At least one alternative is needed.',
  },
  'form.missing_value': {
    sv: () => 'Alternativet saknar värde.',
    en: () => 'The alternative has no value.',
  },
  'form.duplicate_value': {
    sv: (p) => `Värdet "${paramText(p, 'value')}" finns redan bland alternativen.`,
    en: (p) => `The value "${paramText(p, 'value')}" is already among the alternatives.`,
  },
  'form.reserved_value': {
    sv: () => 'Värdet "other" är reserverat för "Annat, ange vad".',
    en: () => 'The value "other" is reserved for "Other, state which".',
  },
  'form.invalid_scale': {
    sv: (p) => `Skalan ${paramText(p, 'min')}–${paramText(p, 'max')} är ogiltig.`,
    en: (p) => `The scale ${paramText(p, 'min')}–${paramText(p, 'max')} is invalid.`,
  },
  'form.number_input_required': {
    sv: () => 'Fältet ska vara ett talfält (inputType "number").',
    en: () => 'The field must be a number field (inputType "number").',
  },
  'form.invalid_range': {
    sv: () => 'Största värdet är mindre än minsta värdet.',
    en: () => 'The maximum is less than the minimum.',
  },
  'form.invalid_condition': {
    sv: (p) => `Villkoret kan inte läsas (tecken ${paramText(p, 'position')}).`,
    en: (p) => `The condition cannot be read (character ${paramText(p, 'position')}).`,
  },
  'form.condition_unknown_question': {
    sv: (p) =>
      `Villkoret hänvisar till "${paramText(p, 'question')}", som inte är en tidigare fråga.`,
    en: (p) =>
      `The condition refers to "${paramText(p, 'question')}", which is not an earlier question.`,
  },
  'form.no_cost_categories': {
    sv: () => 'Minst en kostnadskategori behövs.',
    en: () => 'At least one cost category is needed.',
  },
  'form.unknown_template': {
    sv: (p) => `Mallen "${paramText(p, 'templateId')}" finns inte.`,
    en: (p) => `The template "${paramText(p, 'templateId')}" does not exist.`,
  },
  'report.required': { sv: () => 'Svar saknas.', en: () => 'An answer is missing.' },
  'report.other_text_required': {
    sv: () => 'Ange vad "Annat" avser.',
    en: () => 'State what "Other" is.',
  },
  'report.survey_rule': {
    sv: (p) => paramText(p, 'message') || 'Svaret följer inte formulärets regler.',
    en: (p) => paramText(p, 'message') || "The answer does not follow the form's rules.",
  },
  'report.unknown_answer': {
    sv: (p) => `"${paramText(p, 'name')}" är inte en fråga i formuläret.`,
    en: (p) => `"${paramText(p, 'name')}" is not a question of the form.`,
  },
  'report.not_a_choice': {
    sv: (p) => `"${paramText(p, 'value')}" är inte ett av svarsalternativen.`,
    en: (p) => `"${paramText(p, 'value')}" is not one of the alternatives.`,
  },
  'report.duplicate_choice': {
    sv: () => 'Samma alternativ är valt två gånger.',
    en: () => 'The same alternative is chosen twice.',
  },
  'report.out_of_range': {
    sv: (p) =>
      `${paramText(p, 'value')} ligger utanför det tillåtna intervallet ${paramText(p, 'min')}–${paramText(p, 'max')}.`,
    en: (p) =>
      `${paramText(p, 'value')} is outside the allowed range ${paramText(p, 'min')}–${paramText(p, 'max')}.`,
  },
  'report.not_a_number': {
    sv: (p) => `"${paramText(p, 'value')}" är inte ett tal.`,
    en: (p) => `"${paramText(p, 'value')}" is not a number.`,
  },
  'report.not_whole_kronor': {
    sv: (p) => `"${paramText(p, 'value')}" är inte ett belopp i hela kronor (0 eller mer).`,
    en: (p) => `"${paramText(p, 'value')}" is not an amount in whole kronor (0 or more).`,
  },
  'report.not_text': { sv: () => 'Svaret ska vara text.', en: () => 'The answer must be text.' },
  'report.text_too_long': {
    sv: (p) => `Texten är längre än ${paramText(p, 'max')} tecken.`,
    en: (p) => `The text is longer than ${paramText(p, 'max')} characters.`,
  },
  'report.not_a_table': {
    sv: () => 'Svaret ska vara en tabell.',
    en: () => 'The answer must be a table.',
  },
  'report.negative_amount': {
    sv: () => 'Beloppet kan inte vara negativt.',
    en: () => 'The amount cannot be negative.',
  },
  'report.used_exceeds_received': {
    sv: (p) =>
      `Använt belopp (${paramKronor(p, 'usedKr', 'sv')}) är större än mottaget belopp (${paramKronor(p, 'receivedKr', 'sv')}).`,
    en: (p) =>
      `The amount used (${paramKronor(p, 'usedKr', 'en')}) is more than the amount received (${paramKronor(p, 'receivedKr', 'en')}).`,
  },
  'report.costs_do_not_sum': {
    sv: (p) =>
      `Kostnaderna summerar till ${paramKronor(p, 'sumKr', 'sv')} men använt belopp är ${paramKronor(p, 'usedKr', 'sv')}.`,
    en: (p) =>
      `The costs add up to ${paramKronor(p, 'sumKr', 'en')} but the amount used is ${paramKronor(p, 'usedKr', 'en')}.`,
  },
  'report.hidden_answer': {
    sv: () => 'Frågan visas inte med de svar som getts och ska lämnas tom.',
    en: () => 'The question is not shown with the answers given and must be left empty.',
  },
  'report_form.not_found': {
    sv: () => 'Statsbidraget har inget återrapporteringsformulär än.',
    en: () => 'The grant has no follow-up form yet.',
  },
  'report_form.version_conflict': {
    sv: () =>
      'Formuläret har ändrats av någon annan sedan du öppnade det. Ladda om och gör ändringen igen.',
    en: () =>
      'The form was changed by someone else after you opened it. Reload and make the change again.',
  },
  'report.not_found': {
    sv: () => 'Återrapporten finns inte.',
    en: () => 'The report does not exist.',
  },
  'report.version_conflict': {
    sv: (p) =>
      `Återrapporten har sparats från en annan flik eller av en kollega (version ${paramText(p, 'currentVersion')}, du hade ${paramText(p, 'expectedVersion')}).`,
    en: (p) =>
      `The report was saved from another tab or by a colleague (version ${paramText(p, 'currentVersion')}, you had ${paramText(p, 'expectedVersion')}).`,
  },
  'report.deadline_passed': {
    sv: (p) =>
      `Sista dag för återrapportering var ${paramText(p, 'deadlineOn')}. Kontakta handläggaren för anstånd.`,
    en: (p) =>
      `The last day to report was ${paramText(p, 'deadlineOn')}. Contact the case officer for an extension.`,
  },
  'report.not_draft': {
    sv: () => 'Återrapporten är inskickad och låst. Handläggaren kan öppna den igen för rättelse.',
    en: () => 'The report is submitted and locked. The case officer can reopen it for correction.',
  },
  'report.not_submitted': {
    sv: () => 'Återrapporten är inte inskickad.',
    en: () => 'The report has not been submitted.',
  },
  'report.grant_not_open': {
    sv: () => 'Statsbidraget tar inte emot återrapporter i sin nuvarande status.',
    en: () => 'The grant does not take reports in its current status.',
  },
} satisfies Record<string, IssueMessage>;

export type ReportingIssueCode = keyof typeof REPORTING_ISSUE_MESSAGES;
