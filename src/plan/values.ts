import type { Cell, ConfidenceMode, Priority } from "./types";
import { CONFIDENCE_MODES, SIZE_NAMES } from "./schema";
import type { CalDate, Month } from "./calendar";
import { addMonths, date, firstDay, fromExcelSerial, isValidDate, month, monthOfDate } from "./calendar";
import { cellText } from "./cells";

/**
 * Readers of single cell values (docs/spec.md §1). Each returns null when the cell cannot be read; the
 * table readers turn that into a diagnostic that names the cell.
 */

/** Every month or date read lies in 2000-01-01 .. 2099-12-31 (docs/spec.md §1): `2027` is a year, not a month. */
const FIRST_DAY = date(2000, 1, 1);
const LAST_DAY = date(2099, 12, 31);

/** docs/spec.md §1: sign, ASCII digits (the whole part may group thousands with commas), optional fraction. */
const NUMBER = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;

/**
 * Larger than any real figure (and than Excel's 15 significant digits): a typo such as a 400-digit
 * headcount would otherwise overflow the plan's sums to Infinity.
 */
const MAX_MAGNITUDE = 1e15;

const bounded = (n: number): number | null => (Number.isFinite(n) && Math.abs(n) <= MAX_MAGNITUDE ? n : null);

/** A number of at most 1e15 from a number cell or a numeric text (`300000`, `300,000`, `-1.5`). */
export function readNumber(c: Cell | undefined): number | null {
  if (typeof c === "number") return bounded(c);
  if (typeof c !== "string") return null;
  const t = c.trim();
  return NUMBER.test(t) ? bounded(Number(t.replace(/,/g, ""))) : null;
}

/** A fraction in [0, 1] from a number (0.15) or a percentage text (`15%`); null otherwise. */
export function readFraction(c: Cell | undefined): number | null {
  const t = typeof c === "string" ? c.trim() : null;
  const pct = t !== null ? /^(.*?)\s*%$/.exec(t) : null;
  const n = pct ? readNumber(pct[1]) : readNumber(c);
  if (n === null) return null;
  const f = pct ? n / 100 : n;
  return f >= 0 && f <= 1 ? f : null;
}

const SIZES: ReadonlyMap<string, number> = new Map(Object.entries(SIZE_NAMES).map(([name, size]) => [name.toLowerCase(), size]));

/** `S`, `M`, `L`, `XL` (any case) or a number in (0, 50]. */
export function readSize(c: Cell | undefined): number | null {
  const named = SIZES.get(cellText(c).toLowerCase());
  if (named !== undefined) return named;
  const n = readNumber(c);
  return n !== null && n > 0 && n <= 50 ? n : null;
}

export function readPriority(c: Cell | undefined): Priority | null {
  const t = cellText(c).toUpperCase();
  return /^P[0-3]$/.test(t) ? (t as Priority) : null;
}

export function readMode(c: Cell | undefined): ConfidenceMode | null {
  const t = cellText(c).toLowerCase();
  return (CONFIDENCE_MODES as readonly string[]).includes(t) ? (t as ConfidenceMode) : null;
}

/** A whole number >= min (a number cell or numeric text). */
export function readWhole(c: Cell | undefined, min: number): number | null {
  const n = readNumber(c);
  return n !== null && Number.isInteger(n) && n >= min ? n : null;
}

const inRange = (d: CalDate): CalDate | null => (d >= FIRST_DAY && d <= LAST_DAY ? d : null);

/** The day of an Excel serial (its fraction, a time of day, dropped), when in range. */
function serialDate(n: number | null): CalDate | null {
  return n === null ? null : inRange(fromExcelSerial(n));
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]*(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** A calendar date: `YYYY-MM-DD` (a time part is ignored) or an Excel serial date. */
export function readDate(c: Cell | undefined): CalDate | null {
  if (typeof c === "number") return serialDate(readNumber(c));
  if (typeof c !== "string") return null;
  const t = c.trim();
  const iso = ISO_DATE.exec(t);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return isValidDate(y, m, d) ? inRange(date(y, m, d)) : null;
  }
  return serialDate(readNumber(t));
}

/** The months' English names, January first: the reader's, the import adapters' and the pane's one list. */
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;
const MONTH_BY_NAME = new Map<string, number>([
  ...MONTH_NAMES.map((n, i) => [n.toLowerCase(), i + 1] as const),
  ...MONTH_NAMES.map((n, i) => [n.slice(0, 3).toLowerCase(), i + 1] as const),
  ["sept", 9],
]);

/** A month's number from its English name or three-letter abbreviation (`Sept` too), case ignored. */
export function monthNumber(word: string): number | null {
  return MONTH_BY_NAME.get(word.toLowerCase()) ?? null;
}

const monthInRange = (m: Month): Month | null => (inRange(firstDay(m)) === null ? null : m);

/** Which end of a period a month stands for: a quarter is its first month in Start, its last in End. */
export type PeriodEdge = "start" | "end";

/**
 * A month: `YYYY-MM`, `YYYY-MM-DD`, an Excel serial date, `Mon YYYY` / `Month YYYY`, or a quarter
 * (`Q1 2027`, `2027-Q1`, `2027 Q1`).
 */
export function readMonth(c: Cell | undefined, edge: PeriodEdge = "start"): Month | null {
  if (typeof c === "number") {
    const d = serialDate(readNumber(c));
    return d === null ? null : monthOfDate(d);
  }
  if (typeof c !== "string") return null;
  const t = c.trim();
  const ym = /^(\d{4})-(\d{1,2})$/.exec(t);
  if (ym) {
    const m = Number(ym[2]);
    return m >= 1 && m <= 12 ? monthInRange(month(Number(ym[1]), m)) : null;
  }
  const named = /^([a-z]+)\.?[\s-]+(\d{4})$/i.exec(t);
  if (named) {
    const m = monthNumber(named[1] ?? "");
    return m === null ? null : monthInRange(month(Number(named[2]), m));
  }
  const q = /^q([1-4])[\s-]*(\d{4})$/i.exec(t) ?? /^(\d{4})[\s-]*q([1-4])$/i.exec(t);
  if (q) {
    const [quarter, year] = /^q/i.test(t) ? [Number(q[1]), Number(q[2])] : [Number(q[2]), Number(q[1])];
    const first = month(year, quarter * 3 - 2);
    return monthInRange(edge === "start" ? first : addMonths(first, 2));
  }
  const d = readDate(t);
  return d === null ? null : monthOfDate(d);
}
