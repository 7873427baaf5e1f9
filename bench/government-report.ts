// The report to the government for `npm run bench` (pure domain code, no database): the time to
// build every table of a full report for 290 recipients × 60 questions of every type, and for a
// synthetic 10 years × 20 grants × 311 recipients (each grant-year's tables and distribution, then
// every question compared over the ten years and the twenty grants joined), plus the reference
// 2024 files read and tabled as `statsbidrag report-tables` does. Median of a few runs.
import { readFile } from 'node:fs/promises';
import { compareQuestion } from '../src/domain/government-report/compare-years';
import {
  buildDistribution,
  jointDistribution,
  type DistributionInput,
} from '../src/domain/government-report/distribution';
import type { Respondent, TableAnswer, TableQuestion } from '../src/domain/government-report/model';
import { buildQuestionTables } from '../src/domain/government-report/question-tables';
import {
  readAnswersLines,
  readQuestionnaire,
} from '../src/domain/government-report/questionnaire-file';
import { fromBigInt } from '../src/domain/rational';

/** Mulberry32: the same synthetic answers on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const items = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, label: `${prefix} ${i}` }));
const SCALE = { min: 1, max: 5, high: [4, 5], highLabel: 'i hög eller ganska hög utsträckning' };

/** 60 questions: 20 multiple choice, 10 single, 6 yes/no, 8 scales, 6 scale matrices, 4 sums, 2 number matrices, 4 texts. */
export function syntheticQuestions(): TableQuestion[] {
  const make = (n: number, f: (i: number) => TableQuestion) =>
    Array.from({ length: n }, (_, i) => f(i));
  return [
    ...make(20, (i) => ({
      id: `m${i}`,
      type: 'multiple_choice',
      title: `M${i}`,
      choices: items('c', 12),
    })),
    ...make(10, (i) => ({
      id: `s${i}`,
      type: 'single_choice',
      title: `S${i}`,
      choices: items('c', 5),
    })),
    ...make(6, (i) => ({
      id: `y${i}`,
      type: 'yes_no_na',
      title: `Y${i}`,
      choices: ['yes', 'no', 'not_applicable'].map((id) => ({ id, label: id })),
    })),
    ...make(8, (i) => ({ id: `r${i}`, type: 'scale', title: `R${i}`, scale: SCALE })),
    ...make(6, (i) => ({
      id: `x${i}`,
      type: 'scale_matrix',
      title: `X${i}`,
      rows: items('row', 7),
      scale: SCALE,
    })),
    ...make(4, (i) => ({ id: `a${i}`, type: 'amount', title: `A${i}` })),
    ...make(2, (i) => ({
      id: `n${i}`,
      type: 'number_matrix',
      title: `N${i}`,
      rows: items('row', 4),
      columns: items('col', 2),
    })),
    ...make(4, (i) => ({ id: `t${i}`, type: 'text', title: `T${i}` })),
  ];
}

function answer(question: TableQuestion, next: () => number): TableAnswer | undefined {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  switch (question.type) {
    case 'multiple_choice':
      return {
        type: 'choices',
        values: (question.choices ?? []).filter(() => next() < 0.4).map((c) => c.id),
      };
    case 'single_choice':
    case 'yes_no_na':
      return { type: 'choices', values: [pick(question.choices ?? []).id] };
    case 'scale':
      return { type: 'scale', value: 1 + Math.floor(next() * 5) };
    case 'scale_matrix':
      return {
        type: 'scale_rows',
        values: Object.fromEntries(
          (question.rows ?? []).map((r) => [r.id, 1 + Math.floor(next() * 5)]),
        ),
      };
    case 'amount':
    case 'number':
      return { type: 'number', value: fromBigInt(BigInt(Math.floor(next() * 10_000_000))) };
    case 'number_matrix':
      return {
        type: 'number_rows',
        values: Object.fromEntries(
          (question.rows ?? []).map((r) => [
            r.id,
            Object.fromEntries(
              (question.columns ?? []).map((c) => [
                c.id,
                fromBigInt(BigInt(Math.floor(next() * 500))),
              ]),
            ),
          ]),
        ),
      };
    case 'text':
      return next() < 0.7
        ? { type: 'text', text: 'Ökad bemanning och kompetensutveckling.' }
        : undefined;
  }
}

function syntheticRespondents(
  questions: TableQuestion[],
  count: number,
  seed: number,
): Respondent[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const answers: Record<string, TableAnswer> = {};
    for (const question of questions) {
      const given = answer(question, next);
      if (given) answers[question.id] = given;
    }
    return { recipientCode: String(1000 + i), answers };
  });
}

function syntheticDistribution(count: number, seed: number): DistributionInput[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const key = BigInt(1_000_000 + Math.floor(next() * 50_000_000));
    const used = key - (next() < 0.1 ? BigInt(Math.floor(next() * 1_000_000)) : 0n);
    return {
      recipientCode: String(1000 + i),
      name: `Kommun ${i}`,
      allocationKr: key,
      requisitionedKr: key,
      usedKr: used,
      toRepayKr: key - used >= 1000n ? key - used : 0n,
    };
  });
}

/**
 * The median wall time of a few runs, and the CPU time (user + system) of that run: on a shared,
 * loaded machine the wall time mostly measures waiting for a core, the CPU time the work.
 */
async function median(runs: number, body: () => unknown): Promise<string> {
  const times: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < runs; i += 1) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    await body();
    const used = process.cpuUsage(cpu);
    times.push({ wall: performance.now() - started, cpu: (used.user + used.system) / 1000 });
  }
  times.sort((a, b) => a.wall - b.wall);
  const middle = times[Math.floor(times.length / 2)] ?? { wall: 0, cpu: 0 };
  return `${ms(middle.wall)} (CPU ${ms(middle.cpu)})`;
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

export async function benchGovernmentReport(): Promise<{ name: string; value: string }[]> {
  const questions = syntheticQuestions();
  const one = syntheticRespondents(questions, 290, 1);
  const oneReport = await median(5, () => {
    buildQuestionTables(questions, one);
    buildDistribution(syntheticDistribution(290, 1));
  });

  const YEARS = 10;
  const GRANTS = 20;
  const RECIPIENTS = 311;
  const grantYears = Array.from({ length: GRANTS }, (_, g) =>
    Array.from({ length: YEARS }, (_, y) => ({
      grantId: `g${g}-${2015 + y}`,
      name: `Bidrag ${g}`,
      grantYear: 2015 + y,
      respondents: syntheticRespondents(questions, RECIPIENTS, g * 100 + y),
      distribution: syntheticDistribution(RECIPIENTS, g * 100 + y),
    })),
  );
  const many = await median(3, () => {
    const built = grantYears.map((years) =>
      years.map((gy) => ({
        ...gy,
        tables: buildQuestionTables(questions, gy.respondents),
        table: buildDistribution(gy.distribution),
      })),
    );
    // Each grant's questions over its ten years, and the twenty grants of the last year joined.
    for (const years of built)
      for (const [q, question] of questions.entries())
        compareQuestion(
          question.id,
          years.map((gy) => ({ ...gy, table: gy.tables[q] ?? null })),
        );
    jointDistribution(built.map((years) => years[YEARS - 1]!));
    for (const years of built) jointDistribution(years);
  });

  const reference = new URL('../reference/', import.meta.url);
  const questionnaireText = await readFile(
    new URL('elderly_care_2024_followup_questionnaire.json', reference),
    'utf8',
  );
  const answersText = await readFile(
    new URL('elderly_care_2024_followup_answers.jsonl', reference),
    'utf8',
  );
  const files = await median(5, () => {
    const read = readQuestionnaire(JSON.parse(questionnaireText));
    if (!read.ok) throw new Error('reference questionnaire');
    const answers = readAnswersLines(answersText, read.questionnaire.questions);
    if (!answers.ok) throw new Error('reference answers');
    buildQuestionTables(read.questionnaire.questions, answers.respondents);
  });

  return [
    {
      name: 'full report, 290 recipients × 60 questions (tables + distribution)',
      value: oneReport,
    },
    {
      name: `${YEARS} years × ${GRANTS} grants × ${RECIPIENTS} recipients × 60 questions (every grant-year's tables, each question over the years, joint distributions)`,
      value: many,
    },
    {
      name: 'reference 2024 files read, checked and tabled (290 answers, 25 questions)',
      value: files,
    },
  ];
}
