import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import {
  addDays,
  addYears,
  deadlinePassed,
  endOfDayInStockholm,
  instantOf,
  isLocalDate,
  localDate,
  parseInstant,
  startOfDayInStockholm,
  todayInStockholm,
  type LocalDate,
} from './dates';

// This file runs under TZ=UTC (npm test) and, through the last test, once more in a child process
// under TZ=Europe/Stockholm: every expectation below is the same in both, which shows the results
// do not depend on the process's time zone.
const CHILD_FLAG = 'STATSBIDRAG_DATES_TEST_CHILD';
const at = (iso: string): Date => new Date(iso);

/** The parent's environment without the test runner's own channel, so the child reports in text. */
function childEnvironment(): NodeJS.ProcessEnv {
  const { NODE_TEST_CONTEXT: _context, ...rest } = process.env;
  return rest;
}

describe('the process time zone', () => {
  it('is the one TZ names, so the Stockholm run really is in Stockholm', () => {
    const named = process.env.TZ;
    const actual = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (named !== undefined) assert.ok(actual === named || `Etc/${named}` === actual, actual);
  });
});

describe('isLocalDate', () => {
  const cases: [string, boolean][] = [
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2024-04-30', true],
    ['2024-04-31', false],
    ['2024-12-31', true],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-01-00', false],
    ['0001-01-01', true],
    ['0000-01-01', false],
    ['2024-1-01', false],
    [' 2024-01-01', false],
    ['2024-01-01T00:00:00Z', false],
    ['20240101', false],
  ];
  for (const [text, expected] of cases) {
    it(`${expected ? 'accepts' : 'refuses'} ${JSON.stringify(text)}`, () => {
      assert.equal(isLocalDate(text), expected);
    });
  }
  it('localDate throws a RangeError for a day that does not exist', () => {
    assert.throws(() => localDate('2025-02-29'), RangeError);
  });
});

describe('addYears and addDays', () => {
  const years: [string, number, string][] = [
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2024-02-29', -1, '2023-02-28'],
    ['2024-02-29', 0, '2024-02-29'],
    ['2023-03-31', 1, '2024-03-31'],
    ['2024-10-31', 1, '2025-10-31'],
    ['2099-02-28', 1, '2100-02-28'],
  ];
  for (const [from, n, expected] of years) {
    it(`addYears(${from}, ${n}) is ${expected}`, () => {
      assert.equal(addYears(localDate(from), n), expected);
    });
  }
  it('refuses to leave the years 0001–9999', () => {
    assert.throws(() => addYears(localDate('9999-01-01'), 1), RangeError);
    assert.throws(() => addYears(localDate('0001-01-01'), -1), RangeError);
  });
  it('addDays crosses month ends, leap days and years', () => {
    assert.equal(addDays(localDate('2024-02-28'), 1), '2024-02-29');
    assert.equal(addDays(localDate('2024-02-28'), 2), '2024-03-01');
    assert.equal(addDays(localDate('2024-12-31'), 1), '2025-01-01');
    assert.equal(addDays(localDate('0099-12-31'), 1), '0100-01-01');
    assert.equal(addDays(localDate('2025-03-01'), -1), '2025-02-28');
  });
});

/** [instant, the Stockholm date then, note] around midnight and the two 2024 DST switches. */
const STOCKHOLM_DAYS: [string, string, string][] = [
  ['2024-01-15T22:59:59.999Z', '2024-01-15', '23:59:59.999 CET'],
  ['2024-01-15T23:00:00.000Z', '2024-01-16', 'midnight CET'],
  ['2024-03-30T22:59:59.999Z', '2024-03-30', 'last moment before the spring day'],
  ['2024-03-30T23:00:00.000Z', '2024-03-31', 'spring day starts at 00:00 CET'],
  ['2024-03-31T00:59:59.999Z', '2024-03-31', '01:59:59.999 CET, just before the switch'],
  ['2024-03-31T01:00:00.000Z', '2024-03-31', '03:00 CEST, just after the switch'],
  ['2024-03-31T21:59:59.999Z', '2024-03-31', '23:59:59.999 CEST'],
  ['2024-03-31T22:00:00.000Z', '2024-04-01', 'midnight CEST'],
  ['2024-10-26T21:59:59.999Z', '2024-10-26', '23:59:59.999 CEST'],
  ['2024-10-26T22:00:00.000Z', '2024-10-27', 'autumn day starts at 00:00 CEST'],
  ['2024-10-27T00:30:00.000Z', '2024-10-27', '02:30 CEST, first time'],
  ['2024-10-27T01:30:00.000Z', '2024-10-27', '02:30 CET, second time'],
  ['2024-10-27T22:59:59.999Z', '2024-10-27', '23:59:59.999 CET'],
  ['2024-10-27T23:00:00.000Z', '2024-10-28', 'midnight CET'],
  ['2024-12-31T23:00:00.000Z', '2025-01-01', 'new year'],
];

describe('todayInStockholm', () => {
  for (const [instant, expected, note] of STOCKHOLM_DAYS) {
    it(`is ${expected} at ${instant} (${note})`, () => {
      assert.equal(todayInStockholm(at(instant)), expected);
    });
  }
  it('refuses an Invalid Date', () => {
    assert.throws(() => todayInStockholm(new Date(Number.NaN)), RangeError);
  });
});

describe('startOfDayInStockholm and endOfDayInStockholm', () => {
  const days: [string, string, string, number][] = [
    ['2024-01-15', '2024-01-14T23:00:00.000Z', '2024-01-15T22:59:59.999Z', 24],
    ['2024-03-30', '2024-03-29T23:00:00.000Z', '2024-03-30T22:59:59.999Z', 24],
    ['2024-03-31', '2024-03-30T23:00:00.000Z', '2024-03-31T21:59:59.999Z', 23],
    ['2024-04-01', '2024-03-31T22:00:00.000Z', '2024-04-01T21:59:59.999Z', 24],
    ['2024-06-30', '2024-06-29T22:00:00.000Z', '2024-06-30T21:59:59.999Z', 24],
    ['2024-10-27', '2024-10-26T22:00:00.000Z', '2024-10-27T22:59:59.999Z', 25],
    ['2024-10-31', '2024-10-30T23:00:00.000Z', '2024-10-31T22:59:59.999Z', 24],
    ['2025-02-28', '2025-02-27T23:00:00.000Z', '2025-02-28T22:59:59.999Z', 24],
  ];
  for (const [date, start, end, hours] of days) {
    it(`${date} runs from ${start} to ${end} (${hours} hours)`, () => {
      const first = startOfDayInStockholm(localDate(date));
      const last = endOfDayInStockholm(localDate(date));
      assert.equal(first.toISOString(), start);
      assert.equal(last.toISOString(), end);
      assert.equal(last.getTime() + 1 - first.getTime(), hours * 3_600_000);
    });
  }
});

describe('deadlinePassed', () => {
  /** [deadline, now, passed] */
  const cases: [string, string, boolean][] = [
    // The 2024 requisition deadline (seed 000: "sista rekvisitionsdatum den 31 oktober"), CET.
    ['2024-10-31', '2024-10-31T22:59:59.999Z', false],
    ['2024-10-31', '2024-10-31T23:00:00.000Z', true],
    ['2024-10-31', '2024-10-30T23:00:00.000Z', false],
    // A summer deadline ends an hour earlier in UTC.
    ['2024-06-30', '2024-06-30T21:59:59.999Z', false],
    ['2024-06-30', '2024-06-30T22:00:00.000Z', true],
    // The spring switch day: 23 hours long.
    ['2024-03-31', '2024-03-31T01:00:00.000Z', false],
    ['2024-03-31', '2024-03-31T21:59:59.999Z', false],
    ['2024-03-31', '2024-03-31T22:00:00.000Z', true],
    ['2024-03-30', '2024-03-30T23:00:00.000Z', true],
    // The autumn switch day: 25 hours long; 23:30 UTC on the 26th is already the 27th.
    ['2024-10-26', '2024-10-26T21:59:59.999Z', false],
    ['2024-10-26', '2024-10-26T22:00:00.000Z', true],
    ['2024-10-27', '2024-10-27T01:30:00.000Z', false],
    ['2024-10-27', '2024-10-27T22:59:59.999Z', false],
    ['2024-10-27', '2024-10-27T23:00:00.000Z', true],
    // The 2025 reporting deadline (seed 000: "senast den 28 februari 2025").
    ['2025-02-28', '2025-02-28T22:59:59.999Z', false],
    ['2025-02-28', '2025-02-28T23:00:00.000Z', true],
    ['2025-02-28', '2025-03-01T00:00:00.000Z', true],
  ];
  for (const [deadline, now, passed] of cases) {
    it(`a deadline on ${deadline} has ${passed ? '' : 'not '}passed at ${now}`, () => {
      assert.equal(deadlinePassed(localDate(deadline), at(now)), passed);
    });
  }

  const stockholmDates = fc
    .date({
      min: new Date('1980-01-01T00:00:00Z'),
      max: new Date('2100-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((date): LocalDate => localDate(date.toISOString().slice(0, 10)));
  const moments = fc.date({
    min: new Date('1979-12-30T00:00:00Z'),
    max: new Date('2101-01-02T00:00:00Z'),
    noInvalidDate: true,
  });

  it('has passed exactly when now is after the end of its Stockholm day', () => {
    fc.assert(
      fc.property(stockholmDates, moments, (deadline, now) => {
        assert.equal(
          deadlinePassed(deadline, now),
          now.getTime() > endOfDayInStockholm(deadline).getTime(),
        );
      }),
    );
  });

  it('has not passed at the last millisecond of the day and has one millisecond later', () => {
    fc.assert(
      fc.property(stockholmDates, (deadline) => {
        const end = endOfDayInStockholm(deadline).getTime();
        assert.equal(deadlinePassed(deadline, new Date(end)), false);
        assert.equal(deadlinePassed(deadline, new Date(end + 1)), true);
        assert.equal(todayInStockholm(new Date(end + 1)), addDays(deadline, 1));
      }),
      { numRuns: 200 },
    );
  });
});

describe('instants', () => {
  const cases: [string, string | undefined][] = [
    ['2025-02-28T22:59:59.999Z', '2025-02-28T22:59:59.999Z'],
    ['2025-02-28T23:59:59+01:00', '2025-02-28T22:59:59.000Z'],
    ['2024-06-30T23:59:59.9999999+02:00', '2024-06-30T21:59:59.999Z'],
    ['2025-02-28T23:59:59', undefined],
    ['2025-02-30T12:00:00Z', undefined],
    ['2025-02-28T24:00:00Z', undefined],
    ['2025-02-28 12:00:00Z', undefined],
    ['yesterday', undefined],
  ];
  for (const [text, expected] of cases) {
    it(`parseInstant(${JSON.stringify(text)}) is ${expected ?? 'undefined'}`, () => {
      assert.equal(parseInstant(text), expected);
    });
  }
  it('instantOf writes UTC with milliseconds', () => {
    assert.equal(instantOf(at('2024-10-31T23:00:00+01:00')), '2024-10-31T22:00:00.000Z');
  });
});

describe(
  'the same cases under TZ=Europe/Stockholm',
  { skip: process.env[CHILD_FLAG] === '1' },
  () => {
    it('pass in a child process whose own time zone is Stockholm', () => {
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', '--test', '--test-reporter=dot', fileURLToPath(import.meta.url)],
        {
          cwd: fileURLToPath(new URL('../../', import.meta.url)),
          env: { ...childEnvironment(), TZ: 'Europe/Stockholm', [CHILD_FLAG]: '1' },
          encoding: 'utf8',
        },
      );
      assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
    });
  },
);
