import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { humanisedName, labelsOf } from '../labels';
import { rational } from '../rational';
import { describeConditionText, formatFigureNumber } from './describe-condition';

// Intl prints a no-break space between thousands and before "%"; compare with plain spaces.
const plain = (text: string | undefined) => text?.replace(/\u00a0/g, ' ');

const GOOD_LEVEL = 'share(hourly_nov_2023, permanent_nov_2023) <= 17%';
const CLEAR_IMPROVEMENT =
  'share(hourly_feb_2022, permanent_feb_2022) - share(hourly_nov_2023, permanent_nov_2023) >= (if share(hourly_nov_2023, permanent_nov_2023) <= 17% then 3pp else 5pp)';

describe('describeConditionText', () => {
  it('says a share in per cent with one decimal more than its limit, the limit and the verdict', () => {
    // 2167 / (2167 + 5671) = 2167/7838 ≈ 0,276474: the example.
    const figures = { hourly_nov_2023: '2167', permanent_nov_2023: '5671' };
    assert.equal(
      plain(describeConditionText(GOOD_LEVEL, figures, 'sv')?.text),
      '27,6 % (gräns: högst 17 %): inte uppfyllt',
    );
    assert.equal(
      plain(describeConditionText(GOOD_LEVEL, figures, 'en')?.text),
      '27.6% (limit: at most 17%): not met',
    );
  });

  it('shows more decimals when the rounded value would look equal to a limit it misses', () => {
    // 1704 / 10000 = 17,04 %: "17,0 % … inte uppfyllt" would contradict itself.
    const figures = { hourly_nov_2023: '1704', permanent_nov_2023: '8296' };
    assert.equal(
      plain(describeConditionText(GOOD_LEVEL, figures, 'sv')?.text),
      '17,04 % (gräns: högst 17 %): inte uppfyllt',
    );
    const exactlyAtLimit = { hourly_nov_2023: '17', permanent_nov_2023: '83' };
    assert.equal(
      plain(describeConditionText(GOOD_LEVEL, exactlyAtLimit, 'sv')?.text),
      '17,0 % (gräns: högst 17 %): uppfyllt',
    );
  });

  it('says a difference of shares in percentage points against the limit the if chose', () => {
    // 25 % in February 2022, 20 % in November 2023: 5 points less, and 20 % > 17 % asks for 5.
    const figures = {
      hourly_feb_2022: '25',
      permanent_feb_2022: '75',
      hourly_nov_2023: '20',
      permanent_nov_2023: '80',
    };
    const description = describeConditionText(CLEAR_IMPROVEMENT, figures, 'sv');
    assert.equal(description?.verdict, 'met');
    assert.equal(
      plain(description?.text),
      '25,0 % − 20,0 % = 5,0 procentenheter (gräns: minst 5 procentenheter): uppfyllt',
    );
    // At 16 % now the limit is 3 points; 1 point less is not enough.
    const low = {
      ...figures,
      hourly_feb_2022: '17',
      permanent_feb_2022: '83',
      hourly_nov_2023: '16',
      permanent_nov_2023: '84',
    };
    assert.equal(
      plain(describeConditionText(CLEAR_IMPROVEMENT, low, 'en')?.text),
      '17.0% − 16.0% = 1.0 percentage point (limit: at least 3 percentage points): not met',
    );
  });

  it('says a condition it cannot decide counts as not met, without a made-up value', () => {
    const description = describeConditionText(
      GOOD_LEVEL,
      { hourly_nov_2023: '10', permanent_nov_2023: null },
      'sv',
    );
    assert.equal(description?.verdict, 'undecided');
    assert.equal(
      plain(description?.text),
      'kan inte beräknas (gräns: högst 17 %): kan inte avgöras, räknas som inte uppfyllt',
    );
  });

  it('joins the comparisons as the condition joins them and keeps counts whole', () => {
    const source = 'nurses >= 12 and ratio(nurses, places) > 0.8';
    const description = describeConditionText(source, { nurses: '15', places: '18' }, 'sv');
    assert.deepEqual(description?.comparisons.map(plain), [
      '15 (gräns: minst 12)',
      '0,83 (gräns: över 0,8)',
    ]);
    assert.equal(
      plain(description?.text),
      '15 (gräns: minst 12) och 0,83 (gräns: över 0,8): uppfyllt',
    );
    // A limit written first reads as a limit all the same.
    assert.equal(
      plain(describeConditionText('12 <= nurses', { nurses: '9' }, 'sv')?.text),
      '9 (gräns: minst 12): inte uppfyllt',
    );
  });

  it('never shows the expression or a figure name', () => {
    const figures = { hourly_nov_2023: '2167', permanent_nov_2023: '5671' };
    for (const locale of ['sv', 'en'] as const) {
      const text =
        describeConditionText(
          CLEAR_IMPROVEMENT,
          { ...figures, hourly_feb_2022: '1', permanent_feb_2022: '1' },
          locale,
        )?.text ?? '';
      assert.doesNotMatch(text, /share|hourly|permanent|_|pp\b|\//);
    }
  });
});

describe('formatFigureNumber', () => {
  it('shows whole counts grouped, decimals exactly, and thirds rounded after ≈', () => {
    assert.equal(plain(formatFigureNumber(rational(2167n, 1n), 'sv')), '2 167');
    assert.equal(formatFigureNumber(rational(2167n, 1n), 'en'), '2,167');
    assert.equal(plain(formatFigureNumber(rational(25n, 2n), 'sv')), '12,5');
    assert.equal(plain(formatFigureNumber(rational(1n, 3n), 'sv')), '≈ 0,33');
  });
});

describe('labels', () => {
  it('falls back from English to the Swedish label, and from both to a readable name', () => {
    assert.deepEqual(labelsOf('Tillsvidareanställda nov 2023', undefined, 'permanent_nov_2023'), {
      sv: 'Tillsvidareanställda nov 2023',
      en: 'Tillsvidareanställda nov 2023',
    });
    assert.deepEqual(labelsOf(undefined, undefined, 'hsl_individuals'), {
      sv: 'Hsl individuals',
      en: 'Hsl individuals',
    });
    assert.equal(humanisedName('permanent_feb_2022'), 'Permanent feb 2022');
  });
});
