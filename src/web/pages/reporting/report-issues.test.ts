import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FormDefinition } from '../../../domain/reporting/form-model';
import type { Translate } from '../../i18n/i18n';
import { sv } from '../../i18n/sv';
import { issuePlace, reportFieldId } from './report-issues';

const t: Translate = (key) => sv[key];

const definition: FormDefinition = {
  economic: {
    costCategories: [{ id: 'staff', label: 'Löner och andra personalkostnader' }],
    askPrivateProviders: true,
  },
  survey: {
    pages: [
      {
        name: 'p1',
        elements: [
          { type: 'text', name: 'antal_brukare', title: 'Hur många brukare nåddes?' },
          { type: 'text', name: 'utan_rubrik' },
        ],
      },
    ],
  },
} as FormDefinition;

const at = (path: string) =>
  issuePlace({ path, code: 'report.required', message: 'Svar saknas.' }, definition, t);

describe('where a report issue belongs', () => {
  it('names an amount by its label without the unit, and points at its input', () => {
    assert.deepEqual(at('economic.usedKr'), {
      id: reportFieldId.usedKr,
      field: 'usedKr',
      label: 'Använt belopp',
    });
  });

  it('names a cost category and a question by their own titles, never by their keys', () => {
    assert.equal(at('economic.costs.staff')?.label, 'Löner och andra personalkostnader');
    assert.equal(at('answers.antal_brukare')?.label, 'Hur många brukare nåddes?');
    assert.equal(at('answers.antal_brukare.rad1')?.id, reportFieldId.question('antal_brukare'));
    assert.equal(at('/answers/antal_brukare')?.field, 'answer:antal_brukare');
  });

  it('puts the costs as a whole (their sum, an unknown category) at the costs', () => {
    assert.equal(at('economic.costs')?.label, 'Kostnader per kategori');
    assert.equal(at('economic.costs.okand')?.field, 'costs');
  });

  it('has no place for what the form does not have', () => {
    assert.equal(at('answers.finns_inte'), undefined);
    assert.equal(at('version'), undefined);
  });
});
