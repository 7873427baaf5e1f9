// The documented example model, docs/examples/welfare-tech-2018.model.json (the CLI's model.json
// form), prefilled in the formula editor with the grant's own amount as the budget: the server
// requires budget_kr to be the grant's amount. Its data file is docs/examples/welfare-tech-2018.data.csv.
export function exampleModel(budgetKr: number): string {
  const model = {
    budget_kr: budgetKr,
    components: [{ name: 'imported key', indicator: 'amount_kr' }],
  };
  return `${JSON.stringify(model, null, 2)}\n`;
}
