// Sentences for the zod issues of request validation. zod's own Swedish locale is machine-like
// ("För lite(t): förväntade string att ha >=1 tecken"), so every kind of issue is written here:
// each zod issue becomes a code (`validation.too_small`) and params, worded by the catalogue like
// every other code.
import type { $ZodIssue } from 'zod/v4/core';
import type { ValidationCode } from '../domain/errors';
import { type IssueParams, type MessageCatalogue, paramText } from '../domain/issues';
import type { Locale } from '../domain/money';

type ZodIssueCode = $ZodIssue['code'];

/** The code of each kind of zod issue; a zod release with a new kind fails to compile here. */
const VALIDATION_CODES = {
  invalid_type: 'validation.invalid_type',
  too_big: 'validation.too_big',
  too_small: 'validation.too_small',
  invalid_format: 'validation.invalid_format',
  not_multiple_of: 'validation.not_multiple_of',
  unrecognized_keys: 'validation.unrecognized_keys',
  invalid_union: 'validation.invalid_union',
  invalid_key: 'validation.invalid_key',
  invalid_element: 'validation.invalid_element',
  invalid_value: 'validation.invalid_value',
  custom: 'validation.custom',
} as const satisfies { [Code in ZodIssueCode]: `validation.${Code}` & ValidationCode };

export function validationCode(issue: $ZodIssue): ValidationCode {
  return VALIDATION_CODES[issue.code];
}

/** What the sentences need of a zod issue, as params (`inclusive` and `missing` are 1 or 0). */
export function validationParams(issue: $ZodIssue): IssueParams {
  switch (issue.code) {
    case 'invalid_type':
      return { expected: issue.expected, missing: issue.input === undefined ? 1 : 0 };
    case 'too_small':
      return {
        origin: issue.origin,
        minimum: String(issue.minimum),
        inclusive: issue.inclusive ? 1 : 0,
      };
    case 'too_big':
      return { origin: issue.origin, maximum: String(issue.maximum) };
    case 'invalid_format':
      return { format: issue.format };
    case 'not_multiple_of':
      return { divisor: String(issue.divisor) };
    case 'invalid_value':
      return { values: issue.values.map((value) => String(value)).join(', ') };
    case 'unrecognized_keys':
      return { keys: issue.keys.join(', ') };
    case 'invalid_key':
    case 'invalid_element':
    case 'invalid_union':
    case 'custom':
      return {};
  }
}

const TYPE_NAMES: Record<string, Record<Locale, string>> = {
  string: { sv: 'text', en: 'text' },
  number: { sv: 'ett tal', en: 'a number' },
  int: { sv: 'ett heltal', en: 'a whole number' },
  boolean: { sv: 'sant eller falskt', en: 'true or false' },
  array: { sv: 'en lista', en: 'a list' },
  object: { sv: 'ett objekt', en: 'an object' },
};

const FORMAT_NAMES: Record<string, Record<Locale, string>> = {
  date: { sv: 'ett datum ÅÅÅÅ-MM-DD', en: 'a date YYYY-MM-DD' },
  datetime: { sv: 'en tidpunkt (ISO 8601)', en: 'a time (ISO 8601)' },
  uuid: { sv: 'ett id (UUID)', en: 'an id (UUID)' },
  email: { sv: 'en e-postadress', en: 'an email address' },
  url: { sv: 'en webbadress (URL)', en: 'a web address (URL)' },
};

const named = (names: Record<string, Record<Locale, string>>, value: string, locale: Locale) =>
  names[value]?.[locale];

/** Sentences of the validation codes; the params are those of `validationParams`. */
export const VALIDATION_MESSAGES = {
  'validation.invalid_type': {
    sv: (p) =>
      p.missing === 1
        ? 'Värde saknas.'
        : `Fel typ: ${named(TYPE_NAMES, paramText(p, 'expected'), 'sv') ?? paramText(p, 'expected')} förväntades.`,
    en: (p) =>
      p.missing === 1
        ? 'The value is missing.'
        : `Wrong type: ${named(TYPE_NAMES, paramText(p, 'expected'), 'en') ?? paramText(p, 'expected')} expected.`,
  },
  'validation.too_small': {
    sv: (p) => {
      const min = paramText(p, 'minimum');
      if (p.origin === 'string')
        return min === '1' ? 'Texten får inte vara tom.' : `Texten måste ha minst ${min} tecken.`;
      if (p.origin === 'array') return `Välj eller ange minst ${min}.`;
      return p.inclusive === 1
        ? `Värdet måste vara minst ${min}.`
        : `Värdet måste vara större än ${min}.`;
    },
    en: (p) => {
      const min = paramText(p, 'minimum');
      if (p.origin === 'string')
        return min === '1'
          ? 'The text must not be empty.'
          : `The text needs at least ${min} characters.`;
      if (p.origin === 'array') return `Choose or enter at least ${min}.`;
      return p.inclusive === 1
        ? `The value must be at least ${min}.`
        : `The value must be greater than ${min}.`;
    },
  },
  'validation.too_big': {
    sv: (p) => {
      const max = paramText(p, 'maximum');
      if (p.origin === 'string') return `Texten får ha högst ${max} tecken.`;
      if (p.origin === 'array') return `Högst ${max} får anges.`;
      return `Värdet får vara högst ${max}.`;
    },
    en: (p) => {
      const max = paramText(p, 'maximum');
      if (p.origin === 'string') return `The text may have at most ${max} characters.`;
      if (p.origin === 'array') return `At most ${max} may be given.`;
      return `The value may be at most ${max}.`;
    },
  },
  'validation.invalid_format': {
    sv: (p) => {
      const format = named(FORMAT_NAMES, paramText(p, 'format'), 'sv');
      return format ? `Ogiltigt värde: ${format} förväntades.` : 'Värdet har inte rätt form.';
    },
    en: (p) => {
      const format = named(FORMAT_NAMES, paramText(p, 'format'), 'en');
      return format
        ? `Invalid value: ${format} expected.`
        : 'The value does not have the right form.';
    },
  },
  'validation.not_multiple_of': {
    sv: (p) => `Värdet måste vara en multipel av ${paramText(p, 'divisor')}.`,
    en: (p) => `The value must be a multiple of ${paramText(p, 'divisor')}.`,
  },
  'validation.invalid_value': {
    sv: (p) => `Värdet måste vara ett av: ${paramText(p, 'values')}.`,
    en: (p) => `The value must be one of: ${paramText(p, 'values')}.`,
  },
  'validation.unrecognized_keys': {
    sv: (p) => `Okända fält: ${paramText(p, 'keys')}.`,
    en: (p) => `Unknown fields: ${paramText(p, 'keys')}.`,
  },
  'validation.invalid_union': {
    sv: () => 'Värdet passar inte något av de tillåtna alternativen.',
    en: () => 'The value matches none of the allowed alternatives.',
  },
  'validation.invalid_key': {
    sv: () => 'En nyckel är ogiltig.',
    en: () => 'A key is invalid.',
  },
  'validation.invalid_element': {
    sv: () => 'Ett element är ogiltigt.',
    en: () => 'An element is invalid.',
  },
  'validation.custom': {
    sv: () => 'Värdet kan inte godtas.',
    en: () => 'The value cannot be accepted.',
  },
} satisfies MessageCatalogue<ValidationCode>;

export function describeZodIssue(issue: $ZodIssue, locale: Locale): string {
  return VALIDATION_MESSAGES[validationCode(issue)][locale](validationParams(issue));
}
