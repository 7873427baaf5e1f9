// The CLI's files read into the table input: every bad line reported (not just the first), each
// with its line number, and the free text of an "other" alternative joined to its question.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { readAnswersLines, readQuestionnaire } from './questionnaire-file';

const questionnaire = {
  grant: { year: 2024 },
  questions: [
    {
      id: 'areas',
      type: 'multiple_choice',
      text_sv: 'Områden',
      choices: [
        { id: 'a', label_sv: 'A' },
        { id: 'other', label_sv: 'Annat', free_text: true },
      ],
    },
    { id: 'overall', type: 'scale_1_5', text_sv: 'Bedömning' },
    { id: 'comments', type: 'text', text_sv: 'Synpunkter' },
  ],
};

function questions() {
  const read = readQuestionnaire(questionnaire);
  if (!read.ok) throw new Error('questionnaire');
  assert.equal(read.questionnaire.grantYear, 2024);
  return read.questionnaire.questions;
}

it('reads answers, joining "<id>_other_text" to its question', () => {
  const read = readAnswersLines(
    [
      JSON.stringify({
        kommunkod: '0114',
        answers: { areas: ['a', 'other'], areas_other_text: 'Hemtjänst', overall: 4 },
      }),
      '',
      JSON.stringify({ kommunkod: '0115', answers: { comments: 'Bra' } }),
    ].join('\n'),
    questions(),
  );
  assert.ok(read.ok);
  assert.deepEqual(read.respondents[0]?.answers.areas, {
    type: 'choices',
    values: ['a', 'other'],
    otherText: 'Hemtjänst',
  });
  assert.deepEqual(read.respondents[1]?.answers, { comments: { type: 'text', text: 'Bra' } });
});

it('reports every bad line with its number: wrong type, out of scale, repeated code, stray text', () => {
  const read = readAnswersLines(
    [
      JSON.stringify({ kommunkod: '0114', answers: { areas: 'a' } }),
      JSON.stringify({ kommunkod: '0115', answers: { overall: 6 } }),
      JSON.stringify({ kommunkod: '0115', answers: {} }),
      JSON.stringify({ kommunkod: '0116', answers: { overall_other_text: 'x' } }),
      '[1, 2]',
    ].join('\n'),
    questions(),
  );
  assert.ok(!read.ok);
  assert.deepEqual(
    read.issues.map((i) => [i.row, i.code, i.params.expected ?? i.params.question ?? '']),
    [
      [1, 'government_report.wrong_answer_type', 'choices'],
      [2, 'government_report.wrong_answer_type', 'scale'],
      [3, 'government_report.duplicate_recipient', ''],
      [4, 'government_report.unknown_question', 'overall_other_text'],
      [5, 'government_report.malformed_line', ''],
    ],
  );
});

it('refuses a questionnaire that is not the expected JSON, naming the path', () => {
  const read = readQuestionnaire({ questions: [{ id: 'x', type: 'slider', text_sv: 'X' }] });
  assert.ok(!read.ok);
  assert.equal(read.issues[0]?.code, 'government_report.bad_questionnaire');
  assert.equal(read.issues[0]?.path, 'questions.0.type');
});
