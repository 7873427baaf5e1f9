// The performance model's labels in the UI's language: the English label when the model gives
// one, else the grant's own Swedish words; a condition's short label in column headers.
import type { Language } from '../../i18n/i18n';

interface Labelled {
  label: string;
  labelEn?: string | undefined;
}

export function labelIn(item: Labelled, language: Language): string {
  return language === 'en' ? (item.labelEn ?? item.label) : item.label;
}

/** A few words for a column header ("God nivå"); the full label when the model has no short one. */
export function shortLabelIn(
  condition: Labelled & { shortLabel?: string | undefined; shortLabelEn?: string | undefined },
  language: Language,
): string {
  if (language === 'en')
    return condition.shortLabelEn ?? condition.labelEn ?? condition.shortLabel ?? condition.label;
  return condition.shortLabel ?? condition.label;
}
