// The texts around the labels of models' figures, components and conditions (issue 13 §3), in
// English; sv-labels.ts has the same keys.
import type { svLabels } from './sv-labels';

export const enLabels: Record<keyof typeof svLabels, string> = {
  'labels.showFormula': 'Show formula',
  'labels.figuresRead': 'Figures the condition uses',
  'labels.notReported': 'not reported',
  'labels.formulaCaption': 'The condition’s expression and computed values',
  'labels.componentShare': '{component}: share',
  'labels.exactFiguresIntro': 'As exact fractions, for anyone who wants to check.',
};
