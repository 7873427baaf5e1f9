import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { allocate } from './allocate';
import { componentDisplayLabels } from './component-labels';
import { importedKeyAsFormula } from './key-table';
import { fromBigInt } from '../rational';

describe('componentDisplayLabels', () => {
  it('names an imported key as people know it, never "imported key" and "amount_kr"', () => {
    const { model } = importedKeyAsFormula(
      [{ line: 2, recipientCode: '0114', amountKr: 10n }],
      10n,
    );
    const [component] = model.components;
    assert.ok(component);
    assert.deepEqual(componentDisplayLabels(component), {
      label: { sv: 'Fördelningsnyckel', en: 'Allocation key' },
      indicatorLabel: { sv: 'Belopp enligt nyckeln', en: 'Amount in the key' },
    });
  });

  it("uses the model's labels, carried through the engine's result, else readable names", () => {
    const result = allocate(
      {
        budgetKr: 10n,
        minimumKr: 0n,
        components: [
          {
            name: 'population',
            indicator: 'befolkning_80plus',
            label: 'Befolkning 80 år och äldre',
            indicatorLabel: 'Invånare 80 år och äldre',
            indicatorLabelEn: 'Inhabitants aged 80 and over',
          },
        ],
      },
      [{ recipientCode: 'a', indicators: { befolkning_80plus: fromBigInt(1n) } }],
    );
    const [component] = result.components;
    assert.ok(component);
    assert.deepEqual(componentDisplayLabels(component), {
      label: { sv: 'Befolkning 80 år och äldre', en: 'Befolkning 80 år och äldre' },
      indicatorLabel: { sv: 'Invånare 80 år och äldre', en: 'Inhabitants aged 80 and over' },
    });
    assert.deepEqual(
      componentDisplayLabels({ name: 'home health care', indicator: 'hsl_individuals' }),
      {
        label: { sv: 'Home health care', en: 'Home health care' },
        indicatorLabel: { sv: 'Hsl individuals', en: 'Hsl individuals' },
      },
    );
  });
});
