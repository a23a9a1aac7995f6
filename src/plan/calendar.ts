/**
 * Calendar arithmetic on whole months and whole days, with no time zone anywhere: a plan made at
 * 23:30 in UTC-8 and at 00:30 in UTC+9 is the same plan because no `Date` ever holds local time.
 */

/** A calendar month, counted as year * 12 + (month - 1). */
export type Month = number & { readonly __month: unique symbol };
/** A calendar day, counted in days since 1970-01-01. */
export type CalDate = number & { readonly __calDate: unique symbol };

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 is 1899-12-30 (its 1900 leap-year bug is absorbed by starting there). */
const EXCEL_EPOCH_OFFSET = 25_569;

export function month(year: number, monthOfYear: number): Month {
  return (year * 12 + (monthOfYear - 1)) as Month;
}

export function yearOf(m: Month): number {
  return Math.floor(m / 12);
}

/** 1..12 */
export function monthOfYear(m: Month): number {
  return m - yearOf(m) * 12 + 1;
}

export function addMonths(m: Month, n: number): Month {
  return (m + n) as Month;
}

export function date(year: number, monthOfYear: number, day: number): CalDate {
  // Integer arithmetic (H. Hinnant's days_from_civil) for ordinary dates, as the engine makes one
  // per hire and month; Date.UTC keeps its own reading of anything else (years 0-99, fractions).
  if (year < 100 || !Number.isInteger(year) || !Number.isInteger(monthOfYear) || !Number.isInteger(day)) {
    return Math.round(Date.UTC(year, monthOfYear - 1, day) / MS_PER_DAY) as CalDate;
  }
  const y = year + Math.floor((monthOfYear - 1) / 12);
  const m = ((((monthOfYear - 1) % 12) + 12) % 12) + 1;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return (era * 146_097 + doe - 719_468) as CalDate;
}

export function isValidDate(year: number, monthOfYear: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(monthOfYear) || !Number.isInteger(day)) return false;
  if (monthOfYear < 1 || monthOfYear > 12 || day < 1) return false;
  return day <= daysInMonth(month(year, monthOfYear));
}

export function addDays(d: CalDate, n: number): CalDate {
  return (d + n) as CalDate;
}

/** Whole days from `a` to `b` (b - a). */
export function daysBetween(a: CalDate, b: CalDate): number {
  return b - a;
}

export function maxDate(a: CalDate, b: CalDate): CalDate {
  return (a > b ? a : b) as CalDate;
}

/**
 * Year, month and day of a day count, by integer arithmetic (H. Hinnant's civil_from_days): the
 * engine converts dates for every hire, and a `Date` per conversion dominated its run time.
 */
function parts(d: CalDate): { year: number; month: number; day: number } {
  const z = d + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Memo of the day → text and day → month conversions: a plan converts the same few hundred days
 * tens of thousands of times (every hire's dates, every month its windows touch), and a fresh
 * conversion each time was a tenth of the command line's run. Cleared when it grows past any plan.
 */
const MEMO_LIMIT = 100_000;
const monthMemo = new Map<number, Month>();
const textMemo = new Map<number, string>();

function remember<V>(memo: Map<number, V>, d: number, make: () => V): V {
  const known = memo.get(d);
  if (known !== undefined) return known;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const value = make();
  memo.set(d, value);
  return value;
}

export function monthOfDate(d: CalDate): Month {
  return remember(monthMemo, d, () => {
    const p = parts(d);
    return month(p.year, p.month);
  });
}

export function firstDay(m: Month): CalDate {
  return date(yearOf(m), monthOfYear(m), 1);
}

export function lastDay(m: Month): CalDate {
  return addDays(firstDay(addMonths(m, 1)), -1);
}

export function daysInMonth(m: Month): number {
  return firstDay(addMonths(m, 1)) - firstDay(m);
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

/** `YYYY-MM` */
export function formatMonth(m: Month): string {
  return `${pad(yearOf(m), 4)}-${pad(monthOfYear(m))}`;
}

/** `YYYY-MM-DD` */
export function formatDate(d: CalDate): string {
  return remember(textMemo, d, () => {
    const p = parts(d);
    return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
  });
}

/** Calendar quarter label, `2027-Q1`. */
export function quarterLabel(m: Month): string {
  return `${pad(yearOf(m), 4)}-Q${Math.floor((monthOfYear(m) - 1) / 3) + 1}`;
}

export function toExcelSerial(d: CalDate): number {
  return d + EXCEL_EPOCH_OFFSET;
}

/** The calendar day of an Excel serial date (its fraction, a time of day, is dropped). */
export function fromExcelSerial(serial: number): CalDate {
  return (Math.floor(serial) - EXCEL_EPOCH_OFFSET) as CalDate;
}

/** Today's calendar date where the user is: the shells pass it in, the engine never asks the clock. */
export function localToday(now: Date = new Date()): CalDate {
  return date(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
