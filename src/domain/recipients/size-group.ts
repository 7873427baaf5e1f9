// SKR's municipality groups ("Kommungruppsindelning 2023"): nine groups by size, commuting and
// proximity to a larger town, the grouping Swedish follow-up reports compare municipalities by.
// The register holds a municipality's group only as an administrator imports it (no verified
// complete list is part of reference/), so every use allows a municipality without one.
import type { Locale } from '../money';

export const SIZE_GROUPS = ['A1', 'A2', 'B3', 'B4', 'B5', 'C6', 'C7', 'C8', 'C9'] as const;
export type SizeGroup = (typeof SIZE_GROUPS)[number];

const NAMES: Record<Locale, Record<SizeGroup, string>> = {
  sv: {
    A1: 'Storstäder',
    A2: 'Pendlingskommun nära storstad',
    B3: 'Större stad',
    B4: 'Pendlingskommun nära större stad',
    B5: 'Lågpendlingskommun nära större stad',
    C6: 'Mindre stad/tätort',
    C7: 'Pendlingskommun nära mindre stad/tätort',
    C8: 'Landsbygdskommun',
    C9: 'Landsbygdskommun med besöksnäring',
  },
  en: {
    A1: 'Large cities',
    A2: 'Commuting municipality near a large city',
    B3: 'Medium-sized town',
    B4: 'Commuting municipality near a medium-sized town',
    B5: 'Low-commuting municipality near a medium-sized town',
    C6: 'Small town',
    C7: 'Commuting municipality near a small town',
    C8: 'Rural municipality',
    C9: 'Rural municipality with a visitor industry',
  },
};

/** "B3 Större stad": the code with the group's name, as SKR prints them. */
export function sizeGroupName(group: SizeGroup, locale: Locale): string {
  return `${group} ${NAMES[locale][group]}`;
}

/** A group code as typed in a file ("b3", " B3 "), or undefined when it is none of the nine. */
export function parseSizeGroup(text: string): SizeGroup | undefined {
  const code = text.trim().toUpperCase();
  return SIZE_GROUPS.find((group) => group === code);
}
