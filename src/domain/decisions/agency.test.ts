import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  agencyLetterhead,
  DEFAULT_AGENCY_SETTINGS,
  paymentInstruction,
  validateAgencySettings,
  type AgencySettingsInput,
} from './agency';

const input = (changes: Partial<AgencySettingsInput> = {}): AgencySettingsInput => ({
  ...DEFAULT_AGENCY_SETTINGS,
  ...changes,
});
const codes = (changes: Partial<AgencySettingsInput>) => {
  const result = validateAgencySettings(input(changes));
  return result.ok ? [] : result.issues.map((issue) => [issue.path, issue.code]);
};

describe('validateAgencySettings', () => {
  it('accepts the defaults unchanged', () => {
    assert.deepEqual(validateAgencySettings(input()), { ok: true, value: DEFAULT_AGENCY_SETTINGS });
  });

  it('checks the bankgiro: 7 or 8 digits ending in their Luhn digit, stored NNN-NNNN / NNNN-NNNN', () => {
    for (const [given, stored] of [
      ['54029681', '5402-9681'],
      [' 5402 9681 ', '5402-9681'],
      ['1609908', '160-9908'],
      ['297-3675', '297-3675'],
    ]) {
      const result = validateAgencySettings(input({ repaymentBankgiro: given }));
      assert.ok(result.ok, given);
      assert.equal(result.value.repaymentBankgiro, stored);
    }
    assert.deepEqual(codes({ repaymentBankgiro: '5402-9682' }), [
      ['repaymentBankgiro', 'bankgiro.check_digit'],
    ]);
    assert.deepEqual(codes({ repaymentBankgiro: '160-9907' }), [
      ['repaymentBankgiro', 'bankgiro.check_digit'],
    ]);
    assert.deepEqual(codes({ repaymentBankgiro: '123456' }), [
      ['repaymentBankgiro', 'bankgiro.invalid_format'],
    ]);
    assert.deepEqual(codes({ repaymentBankgiro: '123456789' }), [
      ['repaymentBankgiro', 'bankgiro.invalid_format'],
    ]);
    const empty = validateAgencySettings(input({ repaymentBankgiro: '  ' }));
    assert.ok(empty.ok && empty.value.repaymentBankgiro === null, 'empty: not set');
  });

  it('takes a series of capitals and digits, raising lower case; refuses others', () => {
    const raised = validateAgencySettings(input({ referenceSeries: ' s-dnr ' }));
    assert.ok(raised.ok && raised.value.referenceSeries === 'S-DNR');
    for (const bad of ['1SB', 'SB/1', 'SB 1', 'SB-', 'Ö-'])
      assert.deepEqual(
        codes({ referenceSeries: bad }),
        [['referenceSeries', 'agency.series_invalid']],
        bad,
      );
    assert.deepEqual(codes({ referenceSeries: 'ABCDEFGHIJK' }), [
      ['referenceSeries', 'agency.too_long'],
    ]);
    assert.deepEqual(codes({ referenceSeries: '' }), [['referenceSeries', 'agency.required']]);
  });

  it('reports every bad field at once, with its path', () => {
    assert.deepEqual(
      codes({
        name: '',
        postalAddress: ' ',
        appealText: '',
        orgNumber: '202100-5555',
        email: 'x@y',
        phone: '12',
      }),
      [
        ['name', 'agency.required'],
        ['postalAddress', 'agency.required'],
        ['appealText', 'agency.required'],
        ['orgNumber', 'org_number.check_digit'],
        ['email', 'agency.email_invalid'],
        ['phone', 'agency.phone_invalid'],
      ],
    );
  });
});

describe('letterhead and payment instruction', () => {
  it('prints the set lines and the bankgiro with the OCR number', () => {
    const agency = {
      ...DEFAULT_AGENCY_SETTINGS,
      orgNumber: '202100-5554',
      postalAddress: '106 30 Stockholm\nBesök: Rålambsvägen 3',
      email: 'registrator@socialstyrelsen.se',
      repaymentBankgiro: '5402-9681',
    };
    assert.deepEqual(agencyLetterhead(agency), [
      'Socialstyrelsen',
      '106 30 Stockholm',
      'Besök: Rålambsvägen 3',
      'Organisationsnummer 202100-5554',
      'registrator@socialstyrelsen.se',
    ]);
    assert.equal(
      paymentInstruction(agency, '2024018011'),
      'Betala till bankgiro 5402-9681, ange OCR-nummer 2024018011.',
    );
    assert.deepEqual(agencyLetterhead(DEFAULT_AGENCY_SETTINGS), [
      'Socialstyrelsen',
      '106 30 Stockholm',
    ]);
    assert.equal(
      paymentInstruction(DEFAULT_AGENCY_SETTINGS, '2024018011'),
      'Ange OCR-nummer 2024018011 vid betalningen.',
    );
  });
});
