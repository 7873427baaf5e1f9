// Sentences for the zod issues of request validation. zod's own Swedish locale is machine-like
// ("För lite(t): förväntade string att ha >=1 tecken"), so the common cases are written here and
// the rest fall back to it.
import { z } from 'zod';
import type { $ZodIssue } from 'zod/v4/core';
import type { Locale } from '../domain/money';

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
};

const zodLocales = { sv: z.locales.sv().localeError, en: z.locales.en().localeError } as const;

function fallback(issue: $ZodIssue, locale: Locale): string {
  const result = zodLocales[locale](issue as Parameters<(typeof zodLocales)['sv']>[0]);
  return (typeof result === 'string' ? result : result?.message) ?? issue.message;
}

export function describeZodIssue(issue: $ZodIssue, locale: Locale): string {
  const sv = locale === 'sv';
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return sv ? 'Värde saknas.' : 'The value is missing.';
      const expected = TYPE_NAMES[issue.expected]?.[locale] ?? issue.expected;
      return sv ? `Fel typ: ${expected} förväntades.` : `Wrong type: ${expected} expected.`;
    }
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'string') {
        if (issue.minimum === 1)
          return sv ? 'Texten får inte vara tom.' : 'The text must not be empty.';
        return sv
          ? `Texten måste ha minst ${min} tecken.`
          : `The text needs at least ${min} characters.`;
      }
      if (issue.origin === 'array') {
        return sv ? `Välj eller ange minst ${min}.` : `Choose or enter at least ${min}.`;
      }
      if (issue.inclusive)
        return sv ? `Värdet måste vara minst ${min}.` : `The value must be at least ${min}.`;
      return sv ? `Värdet måste vara större än ${min}.` : `The value must be greater than ${min}.`;
    }
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'string') {
        return sv
          ? `Texten får ha högst ${max} tecken.`
          : `The text may have at most ${max} characters.`;
      }
      if (issue.origin === 'array')
        return sv ? `Högst ${max} får anges.` : `At most ${max} may be given.`;
      return sv ? `Värdet får vara högst ${max}.` : `The value may be at most ${max}.`;
    }
    case 'invalid_format': {
      const format = FORMAT_NAMES[issue.format]?.[locale];
      if (format)
        return sv ? `Ogiltigt värde: ${format} förväntades.` : `Invalid value: ${format} expected.`;
      return fallback(issue, locale);
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => String(v)).join(', ');
      return sv ? `Värdet måste vara ett av: ${values}.` : `The value must be one of: ${values}.`;
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.join(', ');
      return sv ? `Okända fält: ${keys}.` : `Unknown fields: ${keys}.`;
    }
    default:
      return fallback(issue, locale);
  }
}
