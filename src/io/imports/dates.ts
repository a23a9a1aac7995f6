/**
 * Dates as other tools write them → the engine's canonical forms (spec §1: `YYYY-MM-DD`, `YYYY-MM`).
 * The engine's contract stays as it is; an adapter converts these before the engine reads them.
 *
 * Accepted: English month names (`Jan 4, 2027`, `January 4, 2027 8:00 AM`, `4 Jan 2027`), Jira's
 * `dd/MMM/yy h:mm a` (`04/Jan/27 9:00 AM`), ISO dates with a time, halves and fiscal periods
 * (`H1 2027`, `FY27 Q1`, `FY2027 H2`, `FY27`), JavaScript's date text (as some exports write it), and numeric day/month forms (`1/4/2027`, `15.01.2027`,
 * MS Project's `Mon 1/4/27`) only when the date order is known: 1/4 is 4 January in the US and
 * 1 April in Europe, and guessing would move a roadmap by months without a word.
 */

import { monthNumber } from "../../plan/values";

export type DateOrder = "MDY" | "DMY";

export interface DateOptions {
  readonly dateOrder?: DateOrder;
  /** First month of the fiscal year, 1..12 (default 1: the fiscal year is the calendar year). */
  readonly fiscalStart?: number;
}

/** Which end of a period a Start or End cell stands for. */
export type Edge = "start" | "end";

export type DateConversion =
  | { readonly kind: "same" }
  | { readonly kind: "converted"; readonly value: string }
  /** A numeric day/month date read without a date order. */
  | { readonly kind: "ambiguous" };

function monthByName(word: string): number | null {
  // Other tools abbreviate with a dot: "Jan. 4, 2027".
  return monthNumber(word.replace(/\.$/, ""));
}

/** Two-digit years are this century's: the engine reads 2000..2099 only (spec §1). */
function fullYear(y: string): number {
  return y.length === 2 ? 2000 + Number(y) : Number(y);
}

const pad = (n: number): string => String(n).padStart(2, "0");

function ymd(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d > days ? null : `${y}-${pad(m)}-${pad(d)}`;
}

function ym(y: number, m: number): string {
  return `${y}-${pad(m)}`;
}

/** The month `n` months after month `m` of year `y`, as `YYYY-MM`. */
function shiftMonth(y: number, m: number, n: number): string {
  const k = y * 12 + (m - 1) + n;
  return ym(Math.floor(k / 12), (k % 12) + 1);
}

const TIME = String.raw`(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?`;
const WEEKDAY = String.raw`(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?`;

const JIRA = new RegExp(String.raw`^(\d{1,2})[/\- ]([a-z]{3,9}\.?)[/\- ](\d{2}|\d{4})${TIME}$`, "i");
const MONTH_FIRST = new RegExp(String.raw`^${WEEKDAY}([a-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}$`, "i");
/** JavaScript's Date#toString, as some exports write dates: the calendar day as written. */
const JS_DATE = /^[a-z]{3}\s+([a-z]{3})\s+(\d{1,2})\s+(\d{4})\s+\d{2}:\d{2}:\d{2}\s+GMT[+-]\d{4}(?:\s+\(.*\))?$/i;
const NUMERIC = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})([./-])(\d{1,2})\2(\d{2}|\d{4})${TIME}$`, "i");
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ]\d{1,2}:\d{2}/;
const HALF = /^(?:(fy)\s*'?(\d{2}|\d{4})[\s-]*h([12])|h([12])[\s-]*(fy)?\s*'?(\d{2}|\d{4}))$/i;
const FISCAL_YEAR = /^fy\s*'?(\d{2}|\d{4})$/i;
const FISCAL_QUARTER = /^(?:fy\s*'?(\d{2}|\d{4})[\s-]*q([1-4])|q([1-4])[\s-]*fy\s*'?(\d{2}|\d{4}))$/i;

/**
 * A fiscal or calendar period's first or last month. Fiscal year FY27 is the one that ends in 2027
 * (Microsoft's FY27 starts July 2026): with a fiscal start of July, FY27 Q1 is July–September 2026.
 */
function periodMonth(year: number, fiscal: boolean, fiscalStart: number, firstOffset: number, length: number, edge: Edge): string {
  const startYear = fiscal && fiscalStart > 1 ? year - 1 : year;
  const startMonth = fiscal ? fiscalStart : 1;
  return shiftMonth(startYear, startMonth, firstOffset + (edge === "end" ? length - 1 : 0));
}

/** `text` in a form the engine reads, or `same` when there is nothing to convert (the engine judges it). */
export function convertDate(text: string, edge: Edge, options: DateOptions = {}): DateConversion {
  const t = text.trim();
  const fiscalStart = options.fiscalStart ?? 1;
  const out = (value: string | null): DateConversion => (value === null ? { kind: "same" } : { kind: "converted", value });

  const iso = ISO_TIME.exec(t);
  if (iso) return out(ymd(Number(iso[1]), Number(iso[2]), Number(iso[3])));
  const jira = JIRA.exec(t);
  if (jira) {
    const m = monthByName(jira[2] ?? "");
    return m === null ? { kind: "same" } : out(ymd(fullYear(jira[3] ?? ""), m, Number(jira[1])));
  }
  const named = MONTH_FIRST.exec(t);
  if (named) {
    const m = monthByName(named[1] ?? "");
    return m === null ? { kind: "same" } : out(ymd(Number(named[3]), m, Number(named[2])));
  }
  const js = JS_DATE.exec(t);
  if (js) {
    const m = monthByName(js[1] ?? "");
    return m === null ? { kind: "same" } : out(ymd(Number(js[3]), m, Number(js[2])));
  }
  const numeric = NUMERIC.exec(t);
  if (numeric) {
    if (!options.dateOrder) return { kind: "ambiguous" };
    const [a, b] = [Number(numeric[1]), Number(numeric[3])];
    const [m, d] = options.dateOrder === "MDY" ? [a, b] : [b, a];
    return out(ymd(fullYear(numeric[4] ?? ""), m, d));
  }
  const half = HALF.exec(t);
  if (half) {
    const fiscal = (half[1] ?? half[5]) !== undefined;
    const n = Number(half[3] ?? half[4]);
    return out(periodMonth(fullYear(half[2] ?? half[6] ?? ""), fiscal, fiscalStart, (n - 1) * 6, 6, edge));
  }
  const fq = FISCAL_QUARTER.exec(t);
  if (fq) {
    const n = Number(fq[2] ?? fq[3]);
    return out(periodMonth(fullYear(fq[1] ?? fq[4] ?? ""), true, fiscalStart, (n - 1) * 3, 3, edge));
  }
  const fy = FISCAL_YEAR.exec(t);
  if (fy) return out(periodMonth(fullYear(fy[1] ?? ""), true, fiscalStart, 0, 12, edge));
  return { kind: "same" };
}

/** `MDY`/`DMY` in any case, or null. */
export function parseDateOrder(text: string): DateOrder | null {
  const t = text.trim().toUpperCase();
  return t === "MDY" || t === "DMY" ? t : null;
}

/** A fiscal year's first month: `1`..`12` or an English month name. */
export function parseFiscalStart(text: string): number | null {
  const t = text.trim();
  if (/^\d{1,2}$/.test(t)) {
    const n = Number(t);
    return n >= 1 && n <= 12 ? n : null;
  }
  return monthByName(t);
}

/**
 * The order a locale writes numeric dates in (`en-US` → MDY, `en-GB` → DMY), or null when it is
 * neither or unknown. Accepts POSIX names (`en_GB.UTF-8`); `C` and `POSIX` say nothing.
 */
export function dateOrderOfLocale(locale: string): DateOrder | null {
  const tag = locale.split(/[.@]/)[0]?.replace(/_/g, "-") ?? "";
  if (tag === "" || tag === "C" || tag === "POSIX") return null;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat(tag, { year: "numeric", month: "numeric", day: "numeric", timeZone: "UTC" }).formatToParts(
      Date.UTC(2027, 0, 4),
    );
  } catch {
    return null;
  }
  const order = parts
    .filter((p) => p.type === "day" || p.type === "month")
    .map((p) => p.type[0])
    .join("");
  const yearFirst = parts.findIndex((p) => p.type === "year") < parts.findIndex((p) => p.type === "month");
  if (yearFirst) return null;
  return order === "md" ? "MDY" : order === "dm" ? "DMY" : null;
}

/**
 * The order of a short date pattern as Excel reports the workbook's regional format
 * (`Excel.DatetimeFormatInfo.shortDatePattern`: `M/d/yyyy` → MDY, `dd.MM.yyyy` → DMY), or null
 * when the year comes first or the pattern names no day and month.
 */
export function dateOrderOfPattern(pattern: string): DateOrder | null {
  // Text in quotes is literal, not a field.
  const fields = pattern.replace(/'[^']*'|"[^"]*"/g, "");
  const [y, m, d] = [/y/i, /M/, /d/].map((r) => fields.search(r));
  if (m === undefined || d === undefined || m < 0 || d < 0 || (y !== undefined && y >= 0 && y < Math.min(m, d))) return null;
  return m < d ? "MDY" : "DMY";
}
