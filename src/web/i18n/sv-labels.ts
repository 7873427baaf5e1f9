// The texts around the labels of models' figures, components and conditions (issue 13 §3), in
// Swedish; en-labels.ts has the same keys.
export const svLabels = {
  'labels.showFormula': 'Visa formel',
  'labels.figuresRead': 'Uppgifter som villkoret bygger på',
  'labels.notReported': 'inte inrapporterad',
  'labels.formulaCaption': 'Villkorets uttryck och beräknade delvärden',
  'labels.componentShare': '{component}: andel',
  'labels.exactFiguresIntro': 'Som exakta bråk, för den som vill räkna efter.',
} as const;
