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

  it('quotes a cell holding ; or a tab, so a spreadsheet splitting on them keeps it whole', () => {
    const rows = [
      ['Anna; Berit', '1'],
      ['kolumn\tflik', '2'],
    ];
    const csv = writeCsv(columns, rows, { bom: false, lineEnding: '\n' });
    assert.equal(csv, 'name,amount_kr\n"Anna; Berit",1\n"kolumn\tflik",2\n');
    assert.deepEqual(Papa.parse<string[]>(csv.trimEnd(), { delimiter: ',' }).data.slice(1), rows);
  });

  it('defuses a formula after any delimiter, however the line is split', () => {
    const hostile = "Anna;=cmd|' /C calc'!A0;x";
    const csv = writeCsv(columns, [[hostile, '-5']], { bom: true, lineEnding: '\r\n' });
    const [, line = ''] = csv.split('\r\n');
    assert.equal(line, `"Anna;'=cmd|' /C calc'!A0;x",-5`);
    for (const delimiter of [';', ',', '\t', '|'])
      for (const cell of Papa.parse<string[]>(line, { delimiter }).data[0] ?? [])
        assert.doesNotMatch(
          cell,
          /^[=+@\t\r]|^-(?!5$)/,
          `${JSON.stringify(cell)} split on ${delimiter}`,
        );
    for (const [text, safe] of [
      ['a,+1', "a,'+1"],
      ['a\t-1', "a\t'-1"],
      ['a|@SUM(A1)', "a|'@SUM(A1)"],
      ['rad ett\n=1+1', "rad ett\n'=1+1"],
      ['Malung-Sälen; Orsa', 'Malung-Sälen; Orsa'],
    ] as const)
      assert.equal(
        Papa.parse<string[]>(
          writeCsv(columns, [[text, '1']], { bom: false, lineEnding: '\n' }).trimEnd(),
          { delimiter: ',' },
        ).data[1]?.[0],
        safe,
      );
  });

  it('writes text without delimiters or formula starts byte for byte as before (checksums)', () => {
    const csv = writeCsv(
      [
        { header: 'recipient_code', kind: 'text' },
        { header: 'name', kind: 'text' },
        { header: 'amount_kr', kind: 'number' },
      ],
      [
        ['0114', 'Upplands Väsby', '-12'],
        ['2584', 'Kiruna kommun', '1234567'],
      ],
      { bom: false, lineEnding: '\n' },
    );
    assert.equal(
      csv,
      'recipient_code,name,amount_kr\n0114,Upplands Väsby,-12\n2584,Kiruna kommun,1234567\n',
    );
  });

  it('writes a BOM for Excel only when asked', () => {
    assert.ok(writeCsv(columns, [], { bom: true, lineEnding: '\r\n' }).startsWith('\ufeffname'));
    assert.equal(writeCsv(columns, [], { bom: false, lineEnding: '\n' }), 'name,amount_kr\n');
  });

  it('writes the semicolon dialect: decimal commas unquoted, text still quoted and defused', () => {
    const csv = writeCsv(
      columns,
      [
        ['Malung-Sälen, kommun', '1234,5'],
        ['Anna;=cmd', '-0,25'],
        ['=SUM(A1)', '7'],
      ],
      { bom: true, lineEnding: '\r\n', delimiter: ';' },
    );
    assert.equal(
      csv,
      '\ufeffname;amount_kr\r\n"Malung-Sälen, kommun";1234,5\r\n"Anna;\'=cmd";-0,25\r\n\'=SUM(A1);7\r\n',
    );
    const parsed = Papa.parse<string[]>(csv.slice(1).trimEnd(), { delimiter: ';' });
    assert.deepEqual(parsed.data.slice(1), [
      ['Malung-Sälen, kommun', '1234,5'],
      ["Anna;'=cmd", '-0,25'],
      ["'=SUM(A1)", '7'],
    ]);
  });

  it('writes the comma dialect unchanged when no delimiter is given', () => {
    const rows = [['Malung-Sälen, kommun', '1']];
    assert.equal(
      writeCsv(columns, rows, { bom: false, lineEnding: '\n', delimiter: ',' }),
      writeCsv(columns, rows, { bom: false, lineEnding: '\n' }),
    );
  });
});
