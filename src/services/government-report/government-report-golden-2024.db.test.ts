// Seed 000's 2024 report to the government, computed: the demo's own loader submits all 290
// municipalities' follow-up through the use cases (the synthetic answers of
// reference/…_answers.jsonl), as a fresh `npm start` does for the 2024 grant, and the
// report's tables are built from the stored, submitted reports and compared with every published
// row (80 rows in 11 tables: counts, bases, rounded shares) and Tabell 1's economic figures.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, it } from 'node:test';
import { describeEachDatabase } from '../../db/testing';
import { GovernmentReportSchema, type QuestionTableJson } from '../../contracts/government-report';
import { systemContext } from '../common/context';
import { loadReportedDemo, setUpReportingGrant } from '../demo/load-reporting-demo';
import { changeGrantStatus } from '../grants/change-grant-status';
import { getGovernmentReport, getOpenDataReport } from './get-government-report';
import { getJointReport } from './get-joint-report';
import { DomainError } from '../../domain/errors';

const NOW = new Date('2025-02-20T10:00:00.000Z');

interface Questionnaire {
  questions: { id: string; choices?: { id: string; free_text?: boolean }[] }[];
  published: {
    tables: {
      id: string;
      question: string;
      base: number;
      rows: { choice?: string; row?: string; count: number; percent: number }[];
    }[];
  };
}
const questionnaire = JSON.parse(
  readFileSync(
    new URL('../../../reference/elderly_care_2024_followup_questionnaire.json', import.meta.url),
    'utf8',
  ),
) as Questionnaire;

/** The stored form keeps the questionnaire's free-text alternative as SurveyJS's `other` item. */
function storedChoiceId(question: string, choice: string): string {
  const free = questionnaire.questions
    .find((q) => q.id === question)
    ?.choices?.find((c) => c.id === choice)?.free_text;
  return free ? 'other' : choice;
}

/** A row's count, base and share, by choice or matrix row id. */
function publishedFigures(
  table: QuestionTableJson,
  id: string,
): [number, number, string | null] | undefined {
  if (table.kind === 'choices') {
    const row = table.rows.find((r) => r.choiceId === id);
    return row && [row.count, table.base, row.percent];
  }
  if (table.kind === 'scale_matrix') {
    const row = table.rows.find((r) => r.rowId === id);
    return row && [row.count, row.base, row.percent];
  }
  return undefined;
}

describeEachDatabase('the 2024 report to the government from 290 submitted reports', (getDb) => {
  let grantId: string;
  const ctx = () => systemContext(getDb(), 'system:test', () => NOW);
  before(async () => {
    grantId = await setUpReportingGrant(ctx(), '2025-02-28');
    await loadReportedDemo(ctx(), grantId);
  });

  it('reproduces all 80 published rows of the 11 tables from the stored reports', async () => {
    const report = GovernmentReportSchema.parse(await getGovernmentReport(ctx(), grantId, {}));
    assert.equal(report.respondents, 290);
    let compared = 0;
    for (const published of questionnaire.published.tables) {
      const table: QuestionTableJson | undefined = report.tables.find(
        (t) => t.questionId === published.question,
      );
      assert.ok(table, published.id);
      assert.equal(table.base, published.base, `${published.id}: base`);
      for (const expected of published.rows) {
        const id = storedChoiceId(published.question, expected.choice ?? expected.row ?? '');
        const found = publishedFigures(table, id);
        assert.deepEqual(
          found,
          [expected.count, published.base, String(expected.percent)],
          `${published.id}: ${id}`,
        );
        compared += 1;
      }
    }
    assert.equal(compared, 80);
    const areas = report.tables.find((t) => t.questionId === 'dementia_activities');
    assert.deepEqual([areas?.baseLabel, areas?.note], ['n=249', 'Flera svar kunde anges']);
    assert.ok(
      report.tables.every(
        (t) => t.source === 'Källa: Kommunernas återrapportering av 2024 års statsbidrag.',
      ),
    );
  });

  it('gives Tabell 1 and Bilaga 1 tabell 1: requisitioned, used, unused, 2 %, 20 with money left, 18 repaying', async () => {
    const { distribution } = await getGovernmentReport(ctx(), grantId, {});
    assert.deepEqual(distribution.totals, {
      allocationKr: 3_998_500_000,
      requisitionedKr: 3_998_500_000,
      usedKr: 3_938_292_073,
      unusedKr: 60_207_927,
      unusedPercent: '2',
      toRepayKr: 60_207_482,
      recipients: 290,
      reported: 290,
      withUnused: 20,
      repaying: 18,
    });
    const bollebygd = distribution.rows.find((r) => r.recipientCode === '1443');
    assert.deepEqual(
      [bollebygd?.unusedKr, bollebygd?.unusedPercent, bollebygd?.toRepayKr],
      [184, '<1', 0],
    );
  });

  it('lists free text and what was written under "other" for the case officer, with names', async () => {
    const report = await getGovernmentReport(ctx(), grantId, {});
    const results = report.tables.find((t) => t.questionId === 'results_description');
    assert.equal(results?.kind, 'text');
    if (results?.kind !== 'text') return;
    assert.equal(results.answers.length, 290);
    assert.equal(results.answers[0]?.recipientName, 'Upplands Väsby');
    const loneliness = report.tables.find((t) => t.questionId === 'loneliness_activities');
    if (loneliness?.kind !== 'choices') return assert.fail();
    assert.ok(
      loneliness.otherTexts.some((t) => t.recipientCode === '0114' && t.text.includes('Utflykter')),
    );
  });

  it('filters by county and by whether private providers took part, bases following', async () => {
    const stockholmsLan = await getGovernmentReport(ctx(), grantId, { countyCode: '01' });
    assert.equal(stockholmsLan.respondents, 26);
    assert.equal(stockholmsLan.distribution.totals.recipients, 26);
    const withPrivate = await getGovernmentReport(ctx(), grantId, { privateProviders: 'yes' });
    assert.equal(withPrivate.respondents, 68);
    const band = withPrivate.tables.find((t) => t.questionId === 'private_providers_share_band');
    assert.deepEqual([band?.base, band?.baseLabel], [68, 'N=68']);
    if (band?.kind !== 'choices') return assert.fail();
    assert.equal(band.rows.find((r) => r.choiceId === 'band_1_19')?.count, 47);
  });

  it('opens the aggregates as open data only once the follow-up is finished, never free text', async () => {
    await assert.rejects(getOpenDataReport(ctx(), grantId), (error: unknown) => {
      assert.ok(error instanceof DomainError);
      assert.equal(error.code, 'government_report.not_public');
      return true;
    });
    for (const status of ['closed', 'follow_up', 'finished'] as const)
      await changeGrantStatus(ctx(), { id: grantId, status, reason: 'Test' });
    const open = GovernmentReportSchema.parse(await getOpenDataReport(ctx(), grantId));
    assert.equal(open.audience, 'open_data');
    assert.deepEqual(open.distribution.rows, []);
    assert.equal(open.distribution.totals.unusedKr, 60_207_927);
    assert.ok(open.tables.every((t) => t.kind !== 'text'));
    assert.ok(open.tables.every((t) => t.kind !== 'choices' || t.otherTexts.length === 0));
    const text = JSON.stringify(open);
    assert.ok(!text.includes('Utflykter'), 'no free text anywhere');
    assert.equal(open.tables.find((t) => t.questionId === 'development_areas')?.base, 290);
  });

  it('puts the grant beside itself in a joint report and compares each question', async () => {
    const joint = await getJointReport(ctx(), `${grantId},${grantId}`);
    assert.equal(joint.grants.length, 1, 'a grant named twice is one column');
    assert.equal(joint.total.unusedKr, 60_207_927);
    const staffing = joint.questions
      .find((q) => q.questionId === 'working_conditions_assessment')
      ?.rows.find((r) => r.id === 'increase_staffing');
    assert.deepEqual(staffing?.cells, [{ count: 155, base: 290, percent: '53' }]);
    await assert.rejects(getJointReport(ctx(), 'not-a-uuid'), /grant_count/);
  });
});
