// The sentences of the performance-based grant use cases' codes (declared in
// src/domain/errors.ts); the model's and the calculation's own codes are in
// src/domain/performance/issue-messages.ts.
import type { PerformanceCode } from '../../domain/errors';
import { type MessageCatalogue, paramKronor, paramText } from '../../domain/issues';

const text = paramText;
const kronor = paramKronor;

export const PERFORMANCE_MESSAGES = {
  /** The grant distributes by key or formula, not by performance. Params: grantId. */
  'performance.not_performance_grant': {
    sv: () => 'Statsbidraget fördelas inte prestationsbaserat. Ändra fördelningssättet först.',
    en: () => 'The grant is not performance-based. Change its distribution method first.',
  },
  /** The set-up lacks the model. */
  'performance.model_missing': {
    sv: () => 'Modellen (mätpunkter, uppgifter, villkor och potter) är inte sparad än.',
    en: () =>
      'The model (measurement points, figures, conditions and pools) has not been saved yet.',
  },
  /** The set-up lacks the allocation key. */
  'performance.key_missing': {
    sv: () => 'Fördelningsnyckeln är inte uppladdad än.',
    en: () => 'The allocation key has not been uploaded yet.',
  },
  /** The model's total must be the grant's amount. Params: modelTotalKr, totalAmountKr. */
  'performance.total_differs_from_grant': {
    sv: (p) =>
      `Modellens total_kr är ${kronor(p, 'modelTotalKr', 'sv')} men bidragets belopp är ${kronor(p, 'totalAmountKr', 'sv')}.`,
    en: (p) =>
      `The model's total_kr is ${kronor(p, 'modelTotalKr', 'en')} but the grant's amount is ${kronor(p, 'totalAmountKr', 'en')}.`,
  },
  /** A column of the figures file that is neither recipient_code, a name nor a figure of the model. Params: column, known. */
  'performance.unknown_column': {
    sv: (p) =>
      `Kolumnen "${text(p, 'column')}" är ingen uppgift i modellen. Kända kolumner: ${text(p, 'known')}.`,
    en: (p) =>
      `The column "${text(p, 'column')}" is not a figure of the model. Known columns: ${text(p, 'known')}.`,
  },
  /** Figures for a recipient that has not registered an expression of interest. Params: code. */
  'performance.not_registered': {
    sv: (p) => `${text(p, 'code')} har inte anmält intresse för statsbidraget.`,
    en: (p) => `${text(p, 'code')} has not registered an expression of interest in the grant.`,
  },
  /** A recipient code that is not in the allocation key (registrations). Params: code. */
  'performance.recipient_not_eligible': {
    sv: (p) => `${text(p, 'code')} finns inte i fördelningsnyckeln och kan inte anmäla intresse.`,
    en: (p) => `${text(p, 'code')} is not in the allocation key and cannot register interest.`,
  },
  /** The last day to register interest has passed. Params: interestDeadlineOn. */
  'performance.interest_deadline_passed': {
    sv: (p) => `Sista dag för intresseanmälan var ${text(p, 'interestDeadlineOn')}.`,
    en: (p) => `The last day to register interest was ${text(p, 'interestDeadlineOn')}.`,
  },
  /** The last day to report figures has passed. Params: figuresDeadlineOn. */
  'performance.figures_deadline_passed': {
    sv: (p) =>
      `Sista dag att rapportera prestationsuppgifter var ${text(p, 'figuresDeadlineOn')}. Kontakta handläggaren om uppgifterna behöver ändras.`,
    en: (p) =>
      `The last day to report figures was ${text(p, 'figuresDeadlineOn')}. Contact the case officer if the figures need to change.`,
  },
  /** The last day to report figures is before the last day to register. Params: figuresDeadlineOn, interestDeadlineOn. */
  'performance.figures_deadline_before_interest': {
    sv: (p) =>
      `Sista dag att rapportera (${text(p, 'figuresDeadlineOn')}) kan inte vara före sista dag för intresseanmälan (${text(p, 'interestDeadlineOn')}).`,
    en: (p) =>
      `The last day to report figures (${text(p, 'figuresDeadlineOn')}) cannot be before the last day to register interest (${text(p, 'interestDeadlineOn')}).`,
  },
  /** Someone saved the recipient's figures since the form was opened. Params: recipientCode, expected, actual. */
  'performance.figures_version_conflict': {
    sv: () =>
      'Uppgifterna har sparats av någon annan sedan du öppnade formuläret. Läs in dem igen och gör om ändringen.',
    en: () =>
      'Someone else has saved the figures since you opened the form. Reload them and make your change again.',
  },
  /** A value for a name that is no figure of the model. Params: figure, known. */
  'performance.unknown_figure': {
    sv: (p) =>
      `"${text(p, 'figure')}" är ingen uppgift i modellen. Uppgifterna är ${text(p, 'known')}.`,
    en: (p) =>
      `"${text(p, 'figure')}" is not a figure of the model. The figures are ${text(p, 'known')}.`,
  },
  /** No reported figures to calculate from. */
  'performance.no_figures': {
    sv: () => 'Inga inrapporterade uppgifter finns än. Ladda upp uppgifterna först.',
    en: () => 'No figures have been reported yet. Upload the figures first.',
  },
  /** No calculation has this id. Params: resultId. */
  'performance.result_not_found': {
    sv: () => 'Beräkningen finns inte.',
    en: () => 'The calculation does not exist.',
  },
  /** A published calculation is frozen. Params: resultId. */
  'performance.result_already_published': {
    sv: () => 'Beräkningen är redan publicerad.',
    en: () => 'The calculation is already published.',
  },
  /** The set-up cannot change once a calculation is published. */
  'performance.result_published': {
    sv: () =>
      'En beräkning är publicerad; modell, nyckel, intresseanmälningar och uppgifter kan inte ändras längre.',
    en: () =>
      'A calculation is published; the model, key, registrations and figures can no longer change.',
  },
} satisfies MessageCatalogue<PerformanceCode>;
