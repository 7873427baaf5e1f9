import type { Locale } from './money';

/**
 * What people read for a figure, a component or a condition of a model, in both languages of the
 * UI. A model names things for formulas (`hourly_nov_2023`); its optional labels name them for
 * people ("Timanställda nov 2023"), and the screens, exports and letters show only the labels.
 */
export interface Labels {
  sv: string;
  en: string;
}

/**
 * A name as people read it when the model gives no label: underscores become spaces and the first
 * letter a capital, so an unlabelled `hsl_individuals` reads "Hsl individuals", never snake_case.
 * @example humanisedName('permanent_feb_2022') // "Permanent feb 2022"
 */
export function humanisedName(name: string): string {
  const words = name.replace(/[_\s]+/g, ' ').trim();
  return words.charAt(0).toLocaleUpperCase('sv') + words.slice(1);
}

/**
 * The labels of one thing: the Swedish one, the English one (the Swedish one when the model gives
 * none, since a grant's own words are better than a made-up translation), else the humanised name.
 */
export function labelsOf(sv: string | undefined, en: string | undefined, name: string): Labels {
  const fallback = humanisedName(name);
  return { sv: sv ?? fallback, en: en ?? sv ?? fallback };
}

export function labelIn(labels: Labels, locale: Locale): string {
  return labels[locale];
}
