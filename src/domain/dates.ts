/**
 * Calendar dates and moments.
 *
 * A `LocalDate` is a calendar fact ("the repayment is due on 2025-06-30"): a `YYYY-MM-DD` string
 * that names a real day of the proleptic Gregorian calendar, with no time and no zone. An `Instant`
 * is a moment ("the report was submitted at …"): an ISO 8601 UTC string such as
 * `2025-02-28T22:59:59.999Z`. The two meet only in Europe/Stockholm, where the agency works: a
 * deadline is inclusive through the last millisecond of its day there, in winter time (CET, +01:00)
 * and summer time (CEST, +02:00) alike.
 *
 * Every conversion goes through `Intl.DateTimeFormat` with `timeZone: 'Europe/Stockholm'` and the
 * IANA rules shipped with Node's ICU, so the results do not depend on the process's own TZ (the
 * tests prove it by running under TZ=UTC and TZ=Europe/Stockholm). A date library (Temporal
 * polyfill, date-fns-tz, Luxon) was considered and rejected: the five functions below need only
 * "which Stockholm day is this instant in", which Intl answers exactly.
 */

declare const localDateBrand: unique symbol;
declare const instantBrand: unique symbol;

/** `YYYY-MM-DD`, a real calendar day in the years 0001–9999. Make one with `parseLocalDate`. */
export type LocalDate = string & { readonly [localDateBrand]: true };

/** A moment as `YYYY-MM-DDTHH:mm:ss.sssZ` (UTC, milliseconds), as `Date.toISOString` writes it. */
export type Instant = string & { readonly [instantBrand]: true };

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_HOUR = 3_600_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isCalendarDay(year: number, month: number, day: number): boolean {
  return (
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function formatLocalDate(year: number, month: number, day: number): LocalDate {
  if (!isCalendarDay(year, month, day))
    throw new RangeError(`${year}-${month}-${day} is not a date in the years 0001–9999`);
  // The pattern and the range check above are exactly what the brand promises.
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as LocalDate;
}

function partsOf(date: LocalDate): { year: number; month: number; day: number } {
  const [year = '', month = '', day = ''] = date.split('-');
  return { year: Number(year), month: Number(month), day: Number(day) };
}

/**
 * True for `YYYY-MM-DD` naming a real day: leap years follow the Gregorian rule (1900-02-29 is
 * not a date, 2000-02-29 is). No surrounding spaces, no other separators.
 * @example isLocalDate('2024-02-29') // true
 * @example isLocalDate('2023-02-29') // false
 */
export function isLocalDate(text: string): text is LocalDate {
  const match = LOCAL_DATE.exec(text);
  if (!match) return false;
  const [, year = '', month = '', day = ''] = match;
  return isCalendarDay(Number(year), Number(month), Number(day));
}

/**
 * The date, or undefined when `text` is not one; callers turn undefined into their own issue.
 * @example parseLocalDate('2025-02-28') // '2025-02-28'
 */
export function parseLocalDate(text: string): LocalDate | undefined {
  return isLocalDate(text) ? text : undefined;
}

/**
 * For dates written in code and tests: throws a RangeError (a programmer error) when `text` is
 * not a date. User input goes through `parseLocalDate`.
 */
export function localDate(text: string): LocalDate {
  if (!isLocalDate(text)) throw new RangeError(`"${text}" is not a date (YYYY-MM-DD)`);
  return text;
}

/** Milliseconds since the epoch of 00:00 UTC on `date`; independent of the process's TZ. */
function utcMidnight(date: LocalDate): number {
  const { year, month, day } = partsOf(date);
  // Date.UTC maps the years 0–99 to 1900–1999; setUTCFullYear does not.
  const moment = new Date(0);
  moment.setUTCFullYear(year, month - 1, day);
  return moment.getTime();
}

function dateOfUtc(milliseconds: number): LocalDate {
  const moment = new Date(milliseconds);
  return formatLocalDate(moment.getUTCFullYear(), moment.getUTCMonth() + 1, moment.getUTCDate());
}

/**
 * The date `days` days later (earlier when negative).
 * @example addDays('2024-02-28', 2) // '2024-03-01'
 */
export function addDays(date: LocalDate, days: number): LocalDate {
  if (!Number.isInteger(days)) throw new RangeError(`${days} is not a whole number of days`);
  return dateOfUtc(utcMidnight(date) + days * 24 * MS_PER_HOUR);
}

/**
 * The same day `years` years later (earlier when negative). 29 February becomes 28 February in
 * a year that has none: a grant copied from 2024 to 2025 keeps its deadline inside February
 * instead of drifting to 1 March.
 * @example addYears('2024-02-29', 1) // '2025-02-28'
 * @example addYears('2024-02-29', 4) // '2028-02-29'
 */
export function addYears(date: LocalDate, years: number): LocalDate {
  if (!Number.isInteger(years)) throw new RangeError(`${years} is not a whole number of years`);
  const { year, month, day } = partsOf(date);
  const target = year + years;
  return formatLocalDate(target, month, Math.min(day, daysInMonth(target, month)));
}

// One formatter, reused: creating an Intl.DateTimeFormat costs far more than using one. The
// Gregorian calendar and Latin digits are pinned so the parts are plain numbers.
const STOCKHOLM_DAY = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

function checkedTime(now: Date): number {
  const time = now.getTime();
  if (Number.isNaN(time)) throw new RangeError('Invalid Date');
  return time;
}

function stockholmDateAt(milliseconds: number): LocalDate {
  let year = 0;
  let month = 0;
  let day = 0;
  for (const part of STOCKHOLM_DAY.formatToParts(milliseconds)) {
    if (part.type === 'year') year = Number(part.value);
    else if (part.type === 'month') month = Number(part.value);
    else if (part.type === 'day') day = Number(part.value);
  }
  return formatLocalDate(year, month, day);
}

/**
 * The calendar day in Stockholm at the moment `now`. Pass the request's clock (`ctx.now`), never
 * `new Date()` from inside the domain.
 * @example todayInStockholm(new Date('2024-10-31T22:59:59.999Z')) // '2024-10-31' (23:59:59.999 CET)
 * @example todayInStockholm(new Date('2024-10-31T23:00:00.000Z')) // '2024-11-01'
 */
export function todayInStockholm(now: Date): LocalDate {
  return stockholmDateAt(checkedTime(now));
}

/**
 * The first moment of `date` in Stockholm: 00:00:00.000 local time.
 *
 * Found by bisection on "which Stockholm day is this instant in" rather than by subtracting an
 * offset: the answer needs no offset arithmetic, holds for 23- and 25-hour days, and would stay
 * right if a transition ever fell at midnight (Sweden's have been at 02:00/03:00 since 1980).
 * The day starts within ±15 hours of 00:00 UTC in every zone on Earth; 27 halvings of that
 * window reach the millisecond.
 * @example startOfDayInStockholm('2024-03-31') // 2024-03-30T23:00:00.000Z (CET)
 * @example startOfDayInStockholm('2024-10-27') // 2024-10-26T22:00:00.000Z (CEST)
 */
export function startOfDayInStockholm(date: LocalDate): Date {
  const midnightUtc = utcMidnight(date);
  // Invariant: the Stockholm day at `before` is earlier than `date`; at `after` it is not.
  let before = midnightUtc - 15 * MS_PER_HOUR;
  let after = midnightUtc + 15 * MS_PER_HOUR;
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (stockholmDateAt(middle) < date) before = middle;
    else after = middle;
  }
  return new Date(after);
}

/**
 * The last millisecond of `date` in Stockholm, 23:59:59.999 local time: the moment a deadline on
 * that day ends. 2024-03-31 is 23 hours long (CET → CEST), 2024-10-27 is 25 hours long.
 * @example endOfDayInStockholm('2024-10-31') // 2024-10-31T22:59:59.999Z (CET)
 * @example endOfDayInStockholm('2024-06-30') // 2024-06-30T21:59:59.999Z (CEST)
 */
export function endOfDayInStockholm(date: LocalDate): Date {
  return new Date(startOfDayInStockholm(addDays(date, 1)).getTime() - 1);
}

/**
 * True when `now` is after the deadline: a deadline is inclusive through 23:59:59.999 of its day
 * in Europe/Stockholm. This is the only place that decides it.
 *
 * Comparing Stockholm calendar days is exact and needs one Intl call; `YYYY-MM-DD` strings of
 * four-digit years compare in calendar order.
 * @example deadlinePassed('2024-10-31', new Date('2024-10-31T22:59:59.999Z')) // false
 * @example deadlinePassed('2024-10-31', new Date('2024-10-31T23:00:00.000Z')) // true
 */
export function deadlinePassed(deadlineOn: LocalDate, now: Date): boolean {
  return todayInStockholm(now) > deadlineOn;
}

const ISO_INSTANT =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:\.(\d{1,9}))?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/**
 * The moment `now` as an Instant (UTC, milliseconds).
 * @example instantOf(new Date(Date.UTC(2025, 1, 28, 12))) // '2025-02-28T12:00:00.000Z'
 */
export function instantOf(now: Date): Instant {
  checkedTime(now);
  // toISOString always writes the Instant form for years 0–9999.
  return now.toISOString() as Instant;
}

/**
 * Reads an RFC 3339 timestamp with `Z` or an offset (`2025-02-28T23:59:59+01:00`) and returns it
 * in UTC; undefined for anything else, including a time without a zone, which would be ambiguous.
 * Digits beyond milliseconds are cut, not rounded, so a moment never moves past a deadline.
 * @example parseInstant('2025-02-28T23:59:59+01:00') // '2025-02-28T22:59:59.000Z'
 */
export function parseInstant(text: string): Instant | undefined {
  const match = ISO_INSTANT.exec(text);
  if (!match) return undefined;
  const [, date = '', hour, minute, second, fraction = '', zone = 'Z'] = match;
  if (!isLocalDate(date)) return undefined;
  const milliseconds = fraction.padEnd(3, '0').slice(0, 3);
  const time = Date.parse(`${date}T${hour}:${minute}:${second}.${milliseconds}${zone}`);
  if (Number.isNaN(time)) return undefined;
  const moment = new Date(time);
  const year = moment.getUTCFullYear();
  return year >= 1 && year <= 9999 ? instantOf(moment) : undefined;
}
