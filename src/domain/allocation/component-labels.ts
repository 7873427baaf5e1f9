import { labelsOf, type Labels } from '../labels';
import { IMPORTED_KEY_INDICATOR } from './key-table';
import type { ComponentLabels } from './types';

/** A component and its indicator as people read them, in both languages. */
export interface ComponentDisplayLabels {
  label: Labels;
  indicatorLabel: Labels;
}

/** An imported key is a one-component formula named for the machine; people read "the key". */
const IMPORTED_KEY: ComponentDisplayLabels = {
  label: { sv: 'Fördelningsnyckel', en: 'Allocation key' },
  indicatorLabel: { sv: 'Belopp enligt nyckeln', en: 'Amount in the key' },
};
const IMPORTED_KEY_NAME = 'imported key';

/**
 * The labels of one component: the model's own (label, indicator_label, and their _en), an
 * imported key's fixed words, else the names made readable (domain/labels.ts).
 * @example componentDisplayLabels({ name: 'imported key', indicator: 'amount_kr' }).label.sv // "Fördelningsnyckel"
 */
export function componentDisplayLabels(
  component: ComponentLabels & { name: string; indicator: string },
): ComponentDisplayLabels {
  const isImportedKey =
    component.name === IMPORTED_KEY_NAME && component.indicator === IMPORTED_KEY_INDICATOR;
  return {
    label:
      isImportedKey && component.label === undefined
        ? IMPORTED_KEY.label
        : labelsOf(component.label, component.labelEn, component.name),
    indicatorLabel:
      isImportedKey && component.indicatorLabel === undefined
        ? IMPORTED_KEY.indicatorLabel
        : labelsOf(component.indicatorLabel, component.indicatorLabelEn, component.indicator),
  };
}

/** Only the label fields of a component, for copying them along with it. */
export function labelFields(component: ComponentLabels): ComponentLabels {
  return {
    ...(component.label === undefined ? {} : { label: component.label }),
    ...(component.labelEn === undefined ? {} : { labelEn: component.labelEn }),
    ...(component.indicatorLabel === undefined ? {} : { indicatorLabel: component.indicatorLabel }),
    ...(component.indicatorLabelEn === undefined
      ? {}
      : { indicatorLabelEn: component.indicatorLabelEn }),
  };
}
