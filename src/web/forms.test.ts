import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { ApiError } from './api-client';
import {
  errorSummary,
  flattenErrors,
  kronorText,
  optionalText,
  requiredText,
  fieldOfIssue,
  setServerErrors,
  zodMessages,
} from './forms';
import type { Translate } from './i18n/i18n';

const t: Translate = (key, params) => (params ? `${key} ${JSON.stringify(params)}` : key);

describe('form schemas', () => {
  it('reads kronor with the domain parser and refuses what is not whole kronor', () => {
    const kronor = kronorText('not kronor');
    assert.deepEqual(kronor.safeParse('1 000 kr'), { success: true, data: 1000 });
    for (const typed of ['1e3', '12,50', '-5', ''])
      assert.equal(kronor.safeParse(typed).error?.issues[0]?.message, 'not kronor', typed);
  });

  it('sends a blank optional text as null and refuses a blank required one', () => {
    assert.equal(optionalText.parse('  '), null);
    assert.equal(optionalText.parse('SB'), 'SB');
    assert.equal(requiredText('required').safeParse(' ').error?.issues[0]?.message, 'required');
    assert.equal(requiredText('required').parse(' x '), ' x ');
  });

  it("gives zod's generic issues our messages, and leaves a form's own message alone", () => {
    const schema = z.object({ name: z.string().min(1).max(3), code: z.string().min(2, 'own') });
    const issues = schema.safeParse({ name: 'long', code: 'x' }, zodMessages(t)).error?.issues;
    assert.deepEqual(
      issues?.map((issue) => issue.message),
      ['validation.tooLong {"max":3}', 'own'],
    );
    const blank = schema.safeParse({ name: '', code: 'xy' }, zodMessages(t)).error?.issues;
    assert.equal(blank?.[0]?.message, 'validation.required');
  });
});

describe('form errors', () => {
  it("puts the server's issues on the fields their paths name", () => {
    const error = new ApiError('problem', 422, {
      type: 'about:blank',
      title: 'Invalid',
      status: 422,
      errors: [
        { code: 'x', path: '/contact/email', message: 'email: bad' },
        { code: 'x', path: 'unknown', message: 'ignored' },
        { code: 'x', message: 'no path' },
      ],
    });
    const set: [string, string][] = [];
    const allAtFields = setServerErrors<{ contact: { email: string } }>(
      error,
      (name, fieldError) => set.push([name, fieldError.message ?? '']),
      (path) => (path === 'contact.email' ? 'contact.email' : undefined),
      (message) => message.replace(/^[^:]*: /, ''),
    );
    assert.deepEqual(set, [['contact.email', 'bad']]);
    assert.equal(allAtFields, false, 'two issues have no field: the alert still says them');
  });

  it('says when every issue has its field, so the alert can leave them to the fields', () => {
    const issue = { code: 'x', path: 'amountKr', message: 'Beloppet ska vara större än 0 kr.' };
    const error = new ApiError('problem', 422, {
      type: 'about:blank',
      title: 'Invalid',
      status: 422,
      errors: [issue],
    });
    const fieldFor = (path: string) => (path === 'amountKr' ? 'amountKr' : undefined);
    assert.equal(
      setServerErrors<{ amountKr: string }>(error, () => undefined, fieldFor),
      true,
    );
    assert.equal(fieldOfIssue(issue, fieldFor), 'amountKr');
    assert.equal(fieldOfIssue({ ...issue, path: '/amountKr' }, fieldFor), 'amountKr');
    assert.equal(fieldOfIssue({ code: 'x', message: 'm' }, fieldFor), undefined);
  });

  it("lists nested errors in the form's order, with the input ids the summary links to", () => {
    const errors = {
      rules: { minimumAmountKr: { message: 'min', type: 'x', ref: {} } },
      usageAreas: [undefined, { value: { message: 'area', type: 'x' } }],
      name: { message: 'name', type: 'x' },
    };
    const order = ['name', 'usageAreas', 'rules'];
    assert.deepEqual(flattenErrors(errors, order), [
      ['name', 'name'],
      ['usageAreas.1.value', 'area'],
      ['rules.minimumAmountKr', 'min'],
    ]);
    assert.deepEqual(
      errorSummary(
        errors,
        order,
        (name) => `field-${name}`,
        (name, message) => `${name}: ${message}`,
      ),
      [
        ['field-name', 'name: name'],
        ['field-usageAreas.1.value', 'usageAreas.1.value: area'],
        ['field-rules.minimumAmountKr', 'rules.minimumAmountKr: min'],
      ],
    );
  });
});
