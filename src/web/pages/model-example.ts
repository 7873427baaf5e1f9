// The documented example model (the CLI's model.json form), prefilled in the formula editor with
// the grant's own amount as the budget.
export function exampleModel(budgetKr: number): string {
  const model = {
    budget_kr: budgetKr,
    minimum_kr: 0,
    components: [
      { name: 'Invånare 80 år och äldre', indicator: 'population_80_plus', fraction: '1' },
    ],
  };
  return `${JSON.stringify(model, null, 2)}\n`;
}
