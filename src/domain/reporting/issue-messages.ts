import { type IssueMessage, paramKronor, paramText } from '../issues';

/**
 * The issue and DomainError codes of follow-up forms (`form.*`, paths into the form definition)
 * and reports (`report.*`, paths into the report), with their Swedish and English sentences.
 */
export const REPORTING_ISSUE_MESSAGES = {
  /** A JSON object is expected at this path of the form definition. */
  'form.not_object': {
    sv: () => 'Här ska det stå ett JSON-objekt ({ … }).',
    en: () => 'A JSON object ({ … }) is expected here.',
  },
  /** A list is expected at this path of the form definition. */
  'form.not_array': {
    sv: () => 'Här ska det stå en lista ([ … ]).',
    en: () => 'A list ([ … ]) is expected here.',
  },
  /** A property that must be true or false. */
  'form.not_boolean': {
    sv: () => 'Värdet ska vara true eller false.',
    en: () => 'The value must be true or false.',
  },
  /** A property that must be a number. */
  'form.not_number': {
    sv: () => 'Värdet ska vara ett tal.',
    en: () => 'The value must be a number.',
  },
  /** A property the forms do not use. Params: property. */
  'form.unknown_property': {
    sv: (p) => `Egenskapen "${paramText(p, 'property')}" används inte i formulären.`,
    en: (p) => `The property "${paramText(p, 'property')}" is not used in forms.`,
  },
  /** The questionnaire has no pages. */
  'form.no_pages': {
    sv: () => 'Frågeformuläret har inga sidor.',
    en: () => 'The questionnaire has no pages.',
  },
  /** A question or field without a name. */
  'form.missing_name': { sv: () => 'Namn saknas.', en: () => 'The name is missing.' },
  /** A name that is not snake_case starting with a letter. Params: name. */
  'form.invalid_name': {
    sv: (p) =>
      `Namnet "${paramText(p, 'name')}" är ogiltigt: använd små bokstäver a–z, siffror och _ och börja med en bokstav.`,
    en: (p) =>
      `The name "${paramText(p, 'name')}" is invalid: use lower-case a–z, digits and _, starting with a letter.`,
  },
  /** Two questions or fields share a name. Params: name. */
  'form.duplicate_name': {
    sv: (p) => `Namnet "${paramText(p, 'name')}" används redan.`,
    en: (p) => `The name "${paramText(p, 'name')}" is already used.`,
  },
  /** A question without its text or label. */
  'form.missing_title': {
    sv: () => 'Frågetext eller etikett saknas.',
    en: () => 'The question text or label is missing.',
  },
  /** A question type the forms do not support. Params: type. */
  'form.unsupported_type': {
    sv: (p) => `Frågetypen "${paramText(p, 'type')}" stöds inte.`,
    en: (p) => `The question type "${paramText(p, 'type')}" is not supported.`,
  },
  /** A usage area that is not one of the grant's. Params: area. */
  'form.unknown_usage_area': {
    sv: (p) => `"${paramText(p, 'area')}" är inte ett av statsbidragets användningsområden.`,
    en: (p) => `"${paramText(p, 'area')}" is not one of the grant's usage areas.`,
  },
  /** A choice question without alternatives. */
  'form.no_items': {
    sv: () => 'Minst ett alternativ behövs.',
    en: () => 'At least one alternative is needed.',
  },
  /** An alternative without a value. */
  'form.missing_value': {
    sv: () => 'Alternativet saknar värde.',
    en: () => 'The alternative has no value.',
  },
  /** Two alternatives share a value. Params: value. */
  'form.duplicate_value': {
    sv: (p) => `Värdet "${paramText(p, 'value')}" finns redan bland alternativen.`,
    en: (p) => `The value "${paramText(p, 'value')}" is already among the alternatives.`,
  },
  /** The value "other" is reserved for "Other, state which". */
  'form.reserved_value': {
    sv: () => 'Värdet "other" är reserverat för "Annat, ange vad".',
    en: () => 'The value "other" is reserved for "Other, state which".',
  },
  /** A rating scale whose bounds are wrong. Params: min, max. */
  'form.invalid_scale': {
    sv: (p) => `Skalan ${paramText(p, 'min')}–${paramText(p, 'max')} är ogiltig.`,
    en: (p) => `The scale ${paramText(p, 'min')}–${paramText(p, 'max')} is invalid.`,
  },
  /** A field with bounds that is not a number field. */
  'form.number_input_required': {
    sv: () => 'Fältet ska vara ett talfält (inputType "number").',
    en: () => 'The field must be a number field (inputType "number").',
  },
  /** A number field's maximum is below its minimum. */
  'form.invalid_range': {
    sv: () => 'Största värdet är mindre än minsta värdet.',
    en: () => 'The maximum is less than the minimum.',
  },
  /** A visibleIf condition that cannot be parsed. Params: position. */
  'form.invalid_condition': {
    sv: (p) => `Villkoret kan inte läsas (tecken ${paramText(p, 'position')}).`,
    en: (p) => `The condition cannot be read (character ${paramText(p, 'position')}).`,
  },
  /** A condition on a question that does not come before it. Params: question. */
  'form.condition_unknown_question': {
    sv: (p) =>
      `Villkoret hänvisar till "${paramText(p, 'question')}", som inte är en tidigare fråga.`,
    en: (p) =>
      `The condition refers to "${paramText(p, 'question')}", which is not an earlier question.`,
  },
  /** The economic part has no cost category. */
  'form.no_cost_categories': {
    sv: () => 'Minst en kostnadskategori behövs.',
    en: () => 'At least one cost category is needed.',
  },
  /** No form template has this id. Params: templateId. */
  'form.unknown_template': {
    sv: (p) => `Mallen "${paramText(p, 'templateId')}" finns inte.`,
    en: (p) => `The template "${paramText(p, 'templateId')}" does not exist.`,
  },
  /** A required answer is missing. */
  'report.required': { sv: () => 'Svar saknas.', en: () => 'An answer is missing.' },
  /** "Other" is chosen without saying what. */
  'report.other_text_required': {
    sv: () => 'Ange vad "Annat" avser.',
    en: () => 'State what "Other" is.',
  },
  /** A rule of the questionnaire is broken. Params: message (the form's own sentence). */
  'report.survey_rule': {
    sv: (p) => paramText(p, 'message') || 'Svaret följer inte formulärets regler.',
    en: (p) => paramText(p, 'message') || "The answer does not follow the form's rules.",
  },
  /** An answer to no question of the form. Params: name. */
  'report.unknown_answer': {
    sv: (p) => `"${paramText(p, 'name')}" är inte en fråga i formuläret.`,
    en: (p) => `"${paramText(p, 'name')}" is not a question of the form.`,
  },
  /** An answer that is not one of the alternatives. Params: value. */
  'report.not_a_choice': {
    sv: (p) => `"${paramText(p, 'value')}" är inte ett av svarsalternativen.`,
    en: (p) => `"${paramText(p, 'value')}" is not one of the alternatives.`,
  },
  /** The same alternative is chosen twice. */
  'report.duplicate_choice': {
    sv: () => 'Samma alternativ är valt två gånger.',
    en: () => 'The same alternative is chosen twice.',
  },
  /** A number outside its allowed range. Params: value, min, max. */
  'report.out_of_range': {
    sv: (p) =>
      `${paramText(p, 'value')} ligger utanför det tillåtna intervallet ${paramText(p, 'min')}–${paramText(p, 'max')}.`,
    en: (p) =>
      `${paramText(p, 'value')} is outside the allowed range ${paramText(p, 'min')}–${paramText(p, 'max')}.`,
  },
  /** An answer that must be a number is not one. Params: value. */
  'report.not_a_number': {
    sv: (p) => `"${paramText(p, 'value')}" är inte ett tal.`,
    en: (p) => `"${paramText(p, 'value')}" is not a number.`,
  },
  /** An amount that is not whole kronor, 0 or more. Params: value. */
  'report.not_whole_kronor': {
    sv: (p) => `"${paramText(p, 'value')}" är inte ett belopp i hela kronor (0 eller mer).`,
    en: (p) => `"${paramText(p, 'value')}" is not an amount in whole kronor (0 or more).`,
  },
  /** An answer that must be text is not. */
  'report.not_text': { sv: () => 'Svaret ska vara text.', en: () => 'The answer must be text.' },
  /** A text answer above its length limit. Params: max. */
  'report.text_too_long': {
    sv: (p) => `Texten är längre än ${paramText(p, 'max')} tecken.`,
    en: (p) => `The text is longer than ${paramText(p, 'max')} characters.`,
  },
  /** An answer that must be a table is not. */
  'report.not_a_table': {
    sv: () => 'Svaret ska vara en tabell.',
    en: () => 'The answer must be a table.',
  },
  /** An amount of the economic part is negative. */
  'report.negative_amount': {
    sv: () => 'Beloppet kan inte vara negativt.',
    en: () => 'The amount cannot be negative.',
  },
  /** More used than received. Params: usedKr, receivedKr. */
  'report.used_exceeds_received': {
    sv: (p) =>
      `Använt belopp (${paramKronor(p, 'usedKr', 'sv')}) är större än mottaget belopp (${paramKronor(p, 'receivedKr', 'sv')}).`,
    en: (p) =>
      `The amount used (${paramKronor(p, 'usedKr', 'en')}) is more than the amount received (${paramKronor(p, 'receivedKr', 'en')}).`,
  },
  /** The costs do not add up to the amount used. Params: sumKr, usedKr. */
  'report.costs_do_not_sum': {
    sv: (p) =>
      `Kostnaderna summerar till ${paramKronor(p, 'sumKr', 'sv')} men använt belopp är ${paramKronor(p, 'usedKr', 'sv')}.`,
    en: (p) =>
      `The costs add up to ${paramKronor(p, 'sumKr', 'en')} but the amount used is ${paramKronor(p, 'usedKr', 'en')}.`,
  },
  /** An answer to a question the other answers hide. */
  'report.hidden_answer': {
    sv: () => 'Frågan visas inte med de svar som getts och ska lämnas tom.',
    en: () => 'The question is not shown with the answers given and must be left empty.',
  },
  /** The grant has no follow-up form yet. */
  'report_form.not_found': {
    sv: () => 'Statsbidraget har inget återrapporteringsformulär än.',
    en: () => 'The grant has no follow-up form yet.',
  },
  /** The form was changed by someone else since it was loaded. */
  'report_form.version_conflict': {
    sv: () =>
      'Formuläret har ändrats av någon annan sedan du öppnade det. Ladda om och gör ändringen igen.',
    en: () =>
      'The form was changed by someone else after you opened it. Reload and make the change again.',
  },
  /** No report of this organisation and grant. */
  'report.not_found': {
    sv: () => 'Återrapporten finns inte.',
    en: () => 'The report does not exist.',
  },
  /** The report was saved elsewhere since it was loaded. Params: expectedVersion, currentVersion. */
  'report.version_conflict': {
    sv: (p) =>
      `Återrapporten har sparats från en annan flik eller av en kollega (version ${paramText(p, 'currentVersion')}, du hade ${paramText(p, 'expectedVersion')}).`,
    en: (p) =>
      `The report was saved from another tab or by a colleague (version ${paramText(p, 'currentVersion')}, you had ${paramText(p, 'expectedVersion')}).`,
  },
  /** The last day to report has passed. Params: deadlineOn. */
  'report.deadline_passed': {
    sv: (p) =>
      `Sista dag för återrapportering var ${paramText(p, 'deadlineOn')}. Kontakta handläggaren för anstånd.`,
    en: (p) =>
      `The last day to report was ${paramText(p, 'deadlineOn')}. Contact the case officer for an extension.`,
  },
  /** A submitted report is locked. */
  'report.not_draft': {
    sv: () => 'Återrapporten är inskickad och låst. Handläggaren kan öppna den igen för rättelse.',
    en: () => 'The report is submitted and locked. The case officer can reopen it for correction.',
  },
  /** Only a submitted report can be reopened or given a repayment letter. */
  'report.not_submitted': {
    sv: () => 'Återrapporten är inte inskickad.',
    en: () => 'The report has not been submitted.',
  },
  /** The grant does not take reports in its current status. Params: status. */
  'report.grant_not_open': {
    sv: () => 'Statsbidraget tar inte emot återrapporter i sin nuvarande status.',
    en: () => 'The grant does not take reports in its current status.',
  },
} satisfies Record<string, IssueMessage>;

export type ReportingIssueCode = keyof typeof REPORTING_ISSUE_MESSAGES;
