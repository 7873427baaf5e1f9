// A list of issues as long as the input must not overflow the stack (ADR 0022): 200 000 duplicate
// rows used to be spread into push() as 200 000 call arguments.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Table } from '../table';
import { buildRecipientRegister } from './recipient-register';
import { resolveRecipients } from './resolve-recipients';

describe('resolveRecipients', () => {
  it('reports 200 000 duplicate rows, one issue each, without overflowing the stack', () => {
    const rows = Array.from({ length: 200_000 }, (_, index) => ({
      line: index + 2,
      cells: { kommunkod: '0114' },
    }));
    const table: Table = { file: 'nyckel.csv', headers: ['kommunkod'], rows };
    const register = buildRecipientRegister([
      { code: '0114', name: 'Upplands Väsby', type: 'municipality' },
    ]);
    const resolved = resolveRecipients(table, rows, { header: 'kommunkod', by: 'code' }, register, [
      'municipality',
    ]);
    assert.equal(resolved.issues.length, 200_000);
    assert.ok(resolved.issues.every((issue) => issue.code === 'recipient.duplicate'));
    assert.deepEqual(resolved.issues[0]?.params, { code: '0114', otherRow: 3 });
    assert.deepEqual(resolved.issues[199_999]?.params, { code: '0114', otherRow: 2 });
  });
});
