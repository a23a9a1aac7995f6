import type { Cell, Diagnostic, Grid, Settings, SettingsOverrides } from "../types";
import type { CalDate } from "../calendar";
import { addMonths, monthOfDate } from "../calendar";
import { cellText, isBlank, quote } from "../cells";
import { normalizeHeader } from "../headers";
import { readDate, readFraction, readMode, readMonth, readWhole } from "../values";
import type { Table, TableRow } from "./table";
import { cellOf, readTable, rowDiagnostic } from "./table";

type Key = keyof Settings;

/** Labels as the Settings table writes them (and as messages name them). */
export const SETTING_LABELS: Readonly<Record<Key, string>> = {
  planStart: "Plan start",
  horizonMonths: "Horizon (months)",
  asOf: "As of",
  availability: "Availability",
  confidenceMode: "Confidence mode",
  reqsPerRecruiter: "Reqs per recruiter",
  recruiters: "Recruiters",
  currency: "Currency",
};

const KEY_BY_NAME = new Map<string, Key>(
  (Object.entries(SETTING_LABELS) as [Key, string][]).map(([k, label]) => [normalizeHeader(label), k]),
);
KEY_BY_NAME.set("horizonmonths", "horizonMonths");

export const HORIZON_MIN = 6;
export const HORIZON_MAX = 12;
export const DEFAULT_HORIZON = 12;
export const DEFAULT_REQS_PER_RECRUITER = 12;
export const DEFAULT_CURRENCY = "USD";

const COLUMNS = {
  key: { label: "Setting", required: true, aliases: ["key", "name", "parameter", "settings"] },
  value: { label: "Value", required: true },
} as const;

interface Given {
  readonly value: Cell | undefined;
  readonly row: TableRow;
}

export type SettingsResult = { readonly settings: Settings } | { readonly fatal: readonly Diagnostic[] };

/**
 * The Settings table (key/value) with overrides on top. A setting that cannot be read is fatal
 * (spec §3) unless an override replaces it; the currency is display only, so a bad one is a
 * warning and the default is used.
 */
export function readSettings(
  grid: Grid | undefined,
  overrides: SettingsOverrides,
  today: CalDate,
  out: Diagnostic[],
): SettingsResult {
  const given = new Map<Key, Given>();
  const fatal: Diagnostic[] = [];
  let table: Table<keyof typeof COLUMNS> | null = null;
  if (grid) {
    const read = readTable(grid, COLUMNS);
    if ("fatal" in read) return { fatal: [read.fatal] };
    table = read.table;
    for (const row of table.rows) {
      const name = cellText(cellOf(table, row, "key"));
      const key = KEY_BY_NAME.get(normalizeHeader(name));
      if (name === "") {
        out.push(rowDiagnostic(table, row, "key", "warning", "this Settings row has a value but no setting name: it is ignored; name the setting or clear the row"));
      } else if (key === undefined) {
        out.push(rowDiagnostic(table, row, "key", "warning",
          `${quote(name)} is not a setting Headstart knows (${Object.values(SETTING_LABELS).join(", ")}): it is ignored`));
      } else if (given.has(key)) {
        out.push(rowDiagnostic(table, row, "key", "warning", `${SETTING_LABELS[key]} is set twice: the first one is used; delete this row`));
      } else if (!isBlank(cellOf(table, row, "value"))) {
        given.set(key, { value: cellOf(table, row, "value"), row });
      }
    }
  }
  const t = table;
  const bad = (key: Key, g: Given, rule: string): null => {
    if (t) fatal.push(rowDiagnostic(t, g.row, "value", "error", `${SETTING_LABELS[key]} ${quote(g.value)} ${rule}`));
    return null;
  };
  const badOverride = (key: Key, value: unknown, rule: string): null => {
    fatal.push({ severity: "error", sheet: "Settings", cell: "A1", message: `${SETTING_LABELS[key]} ${String(value)} (given as an option) ${rule}` });
    return null;
  };
  /** Override first, then the table, then the default; `read` returns null for a bad value. */
  function resolve<T>(key: Key, read: (c: Cell | undefined) => T | null, rule: string, fallback: () => T, check = (v: T) => read(v as Cell) !== null): T | null {
    const o = overrides[key] as T | undefined;
    if (o !== undefined) return check(o) ? o : badOverride(key, o, rule);
    const g = given.get(key);
    if (!g) return fallback();
    const v = read(g.value);
    return v === null ? bad(key, g, rule) : v;
  }

  const asOf = resolve<CalDate>("asOf", readDate, "is not a date: write it as YYYY-MM-DD", () => today, (v) => Number.isInteger(v));
  const planStart = resolve(
    "planStart",
    (c) => readMonth(c, "start"),
    "is not a month: write it as YYYY-MM (e.g. 2027-01)",
    () => addMonths(monthOfDate(asOf ?? today), 1),
    (v) => Number.isInteger(v),
  );
  const inHorizon = (c: Cell | undefined): number | null => {
    const n = readWhole(c, HORIZON_MIN);
    return n !== null && n <= HORIZON_MAX ? n : null;
  };
  const horizonMonths = resolve("horizonMonths", inHorizon, `must be a whole number of months from ${HORIZON_MIN} to ${HORIZON_MAX}`, () => HORIZON_MAX);
  const positiveFraction = (c: Cell | undefined): number | null => {
    const f = readFraction(c);
    return f !== null && f > 0 ? f : null;
  };
  const availability = resolve("availability", positiveFraction, "must be above 0 and at most 1 (or 100%): the share of a person's time that goes to roadmap work", () => 1);
  const confidenceMode = resolve("confidenceMode", readMode, "is not a confidence mode: use full, weighted or committed", () => "full" as const);
  const reqsPerRecruiter = resolve("reqsPerRecruiter", (c) => readWhole(c, 1), "must be a whole number of 1 or more", () => DEFAULT_REQS_PER_RECRUITER);
  // Spec §7: optional, so an empty one means "not given" (no pipeline capacity), never 0.
  const recruiters = overrides.recruiters !== undefined || given.has("recruiters")
    ? resolve("recruiters", (c) => readWhole(c, 0), "must be a whole number of 0 or more: the recruiters who run the pipelines", () => 0)
    : null;
  const currency = resolveCurrency(overrides.currency, given.get("currency"), table, out);

  if (fatal.length > 0 || asOf === null || planStart === null || horizonMonths === null || availability === null || confidenceMode === null || reqsPerRecruiter === null) {
    return { fatal };
  }
  return { settings: { planStart, horizonMonths, asOf, availability, confidenceMode, reqsPerRecruiter, recruiters, currency } };
}

function resolveCurrency(
  override: string | undefined,
  g: Given | undefined,
  table: Table<keyof typeof COLUMNS> | null,
  out: Diagnostic[],
): string {
  const text = override ?? (g ? cellText(g.value) : "");
  if (text === "") return DEFAULT_CURRENCY;
  if (/^[A-Za-z]{3}$/.test(text)) return text.toUpperCase();
  if (g && table && override === undefined) {
    out.push(rowDiagnostic(table, g.row, "value", "warning", `Currency ${quote(g.value)} is not an ISO 4217 code (e.g. USD, EUR): ${DEFAULT_CURRENCY} is shown instead`));
  }
  return DEFAULT_CURRENCY;
}
