import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Papa from 'papaparse';
import { writeCsv, type CsvColumn } from './write-csv';

const columns: CsvColumn[] = [
  { header: 'name', kind: 'text' },
  { header: 'amount_kr', kind: 'number' },
];

describe('writeCsv', () => {
  it('quotes commas, quotes and line breaks (RFC 4180) and reads back the same', () => {
    const rows = [
      ['Malung-Sälen, kommun', '1'],
      ['Säg "hej"', '2'],
      ['two\nlines', '3'],
    ];
    const csv = writeCsv(columns, rows, { bom: false, lineEnding: '\r\n' });
    assert.equal(
      csv,
      'name,amount_kr\r\n"Malung-Sälen, kommun",1\r\n"Säg ""hej""",2\r\n"two\nlines",3\r\n',
    );
    const parsed = Papa.parse<string[]>(csv.trimEnd(), { delimiter: ',' });
    assert.deepEqual(parsed.data.slice(1), rows);
  });

  const injections = ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'];
  for (const text of injections) {
    it(`defuses a text cell starting with ${JSON.stringify(text[0])}`, () => {
      const csv = writeCsv(columns, [[text, '-5']], { bom: false, lineEnding: '\n' });
      const [, line = ''] = csv.split('\n');
      assert.ok(line.startsWith("'") || line.startsWith('"\''), line);
      assert.ok(line.endsWith(',-5'), 'a negative number in a number column is left alone');
    });
  }

  it('writes a BOM for Excel only when asked', () => {
    assert.ok(writeCsv(columns, [], { bom: true, lineEnding: '\r\n' }).startsWith('\ufeffname'));
    assert.equal(writeCsv(columns, [], { bom: false, lineEnding: '\n' }), 'name,amount_kr\n');
  });
});
