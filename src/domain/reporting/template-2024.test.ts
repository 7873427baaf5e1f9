import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Papa from 'papaparse';
import { checkFormDefinition, surveyQuestions } from './form-model';
import { checkEconomicAnswers, checkSurveyAnswers, economicVariables } from './check-report';
import {
  ADDRESSED_TO_ONE_2024,
  answers2024,
  template2024,
  USAGE_AREAS_2024,
} from './template-2024';

const reference = (name: string) =>
  readFileSync(new URL(`../../../reference/${name}`, import.meta.url), 'utf8');
const questionnaire: unknown = JSON.parse(
  reference('elderly_care_2024_followup_questionnaire.json'),
);
const lines = reference('elderly_care_2024_followup_answers.jsonl')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { kommunkod: string; answers: Record<string, unknown> });
const usage = new Map(
  Papa.parse<Record<string, string>>(reference('elderly_care_2024_usage.csv'), {
    header: true,
    skipEmptyLines: true,
  }).data.map((row) => [row.kommunkod!, row]),
);
const AREAS_2024 = USAGE_AREAS_2024;

describe('the 2024 template (seed 000)', () => {
  const definition = template2024(questionnaire, AREAS_2024);

  it('is a valid form with the 20 follow-up questions of the report, tied to usage areas', () => {
    assert.deepEqual(checkFormDefinition(definition, { usageAreas: AREAS_2024 }), []);
    const names = surveyQuestions(definition.survey).map((q) => q.element.name);
    assert.equal(names.length, 20);
    for (const expected of [
      'professions_financed',
      'target_groups',
      'development_areas',
      'dementia_activities',
      'welfare_technology_types',
      'own_budget_effect',
      'overall_assessment',
      'working_conditions_assessment',
    ])
      assert.ok(names.includes(expected), expected);
    const loneliness = surveyQuestions(definition.survey).find(
      (q) => q.element.name === 'loneliness_activities',
    )!.element;
    assert.equal(loneliness.visibleIf, "{development_areas} contains 'loneliness'");
    assert.equal(loneliness.usageArea, 'Motverka ensamhet bland äldre');
    assert.equal(loneliness.showOtherItem, true);
  });

  it('asks one municipality in the singular, and keeps the published wording for the report', () => {
    const elements = surveyQuestions(definition.survey).map((q) => q.element);
    const byName = new Map(elements.map((e) => [e.name, e]));
    // No question is put to the one municipality filling it in as if to all of them.
    for (const element of elements)
      assert.doesNotMatch(element.title ?? '', /^Kommunernas|^Kommuner som/, element.name);
    assert.match(
      byName.get('working_conditions_assessment')?.title ?? '',
      /^Kommunens bedömning av i vilken utsträckning statsbidraget bidragit/,
    );
    assert.match(
      byName.get('development_areas')?.title ?? '',
      /^Kommunens användning av statsbidraget/,
    );
    // The report to the government keeps the questionnaire's (the published report's) titles.
    const published = new Map(
      (questionnaire as { questions: { id: string; text_sv: string }[] }).questions.map((q) => [
        q.id,
        q.text_sv,
      ]),
    );
    for (const name of Object.keys(ADDRESSED_TO_ONE_2024)) {
      assert.equal(byName.get(name)?.reportTitle, published.get(name), name);
      assert.match(published.get(name) ?? '', /^Kommunernas/, name);
    }
    assert.equal(byName.get('overall_assessment')?.reportTitle, undefined);
  });

  it('leaves out usage areas the grant it is copied into does not have', () => {
    const copy = template2024(questionnaire, ['Kompetensutveckling']);
    assert.deepEqual(checkFormDefinition(copy, { usageAreas: ['Kompetensutveckling'] }), []);
    const tied = surveyQuestions(copy.survey).filter((q) => q.element.usageArea);
    assert.deepEqual(
      tied.map((q) => q.element.name),
      ['trainings_financed'],
    );
  });

  it('accepts all 290 synthetic answers as complete reports', () => {
    assert.equal(lines.length, 290);
    for (const line of lines) {
      const row = usage.get(line.kommunkod)!;
      const receivedKr = BigInt(row.allocation_key_kr!);
      const usedKr = BigInt(row.used_kr!);
      const converted = answers2024(line);
      const { issues, visibleAnswers } = checkSurveyAnswers(
        definition.survey,
        converted.survey,
        economicVariables(receivedKr, usedKr),
      );
      assert.deepEqual(issues, [], line.kommunkod);
      assert.deepEqual(Object.keys(visibleAnswers).sort(), Object.keys(converted.survey).sort());
      const economic = checkEconomicAnswers(
        definition,
        {
          usedKr,
          costs: { salaries: usedKr, purchased_services: 0n, other: 0n },
          privateProviders: converted.privateProviders as 'yes',
          privateShareBand: converted.privateShareBand as 'band_1_19' | null,
        },
        receivedKr,
      );
      assert.deepEqual(economic, [], line.kommunkod);
    }
  });

  it('asks the reason for unused money only where money is unused', () => {
    const line = lines.find((l) => l.kommunkod === '0114')!;
    const { survey } = answers2024(line);
    const { unused_reason: _omitted, ...rest } = survey;
    const withUnused = checkSurveyAnswers(definition.survey, rest, economicVariables(100n, 90n));
    assert.deepEqual(
      withUnused.issues.map((i) => [i.path, i.code]),
      [['answers.unused_reason', 'report.required']],
    );
    const allUsed = checkSurveyAnswers(definition.survey, survey, economicVariables(100n, 100n));
    assert.deepEqual(allUsed.issues, []);
    assert.equal(allUsed.visibleAnswers.unused_reason, undefined, 'a hidden answer is not kept');
  });
});
