import type { Cell, Diagnostic, Grid, Settings, SettingsOverrides } from "../types";
import type { CalDate } from "../calendar";
import { addMonths, formatDate, formatMonth, monthOfDate } from "../calendar";
import { cellText, isBlank, quote } from "../cells";
import { normalizeHeader } from "../headers";
import { readDate, readFraction, readMode, readMonth, readWhole } from "../values";
import type { Table, TableRow } from "./table";
import { cellOf, readTable, rowDiagnostic } from "./table";
import { TABLES } from "../schema";
import { failure, success, type Result } from "../result";

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

/** Every setting, in the Settings table's order. */
export const SETTING_KEYS = Object.keys(SETTING_LABELS) as readonly Key[];

const KEY_BY_NAME = new Map<string, Key>(
  (Object.entries(SETTING_LABELS) as [Key, string][]).map(([k, label]) => [normalizeHeader(label), k]),
);
KEY_BY_NAME.set("horizonmonths", "horizonMonths");

export const HORIZON_MIN = 6;
export const HORIZON_MAX = 12;
export const DEFAULT_HORIZON = 12;
export const DEFAULT_REQS_PER_RECRUITER = 12;
export const DEFAULT_CURRENCY = "USD";

const COLUMNS = TABLES.Settings.columns;

/** How one setting is read from a cell or typed text, and what is said when it cannot be. */
interface SettingRule<T> {
  readonly read: (c: Cell | undefined) => T | null;
  /** Follows the setting's label and the value given. */
  readonly rule: string;
}

const CURRENCY_CODE = /^[A-Za-z]{3}$/;

/**
 * The one parser of each setting: the Settings table, the task pane's form and the CLI's flags all
 * read a setting through it, so they accept and refuse the same strings with the same words.
 */
export const SETTING_RULES: { readonly [K in Key]: SettingRule<Settings[K]> } = {
  planStart: { read: (c) => readMonth(c, "start"), rule: "is not a month: write it as YYYY-MM (e.g. 2027-01)" },
  horizonMonths: {
    read: (c) => {
      const n = readWhole(c, HORIZON_MIN);
      return n !== null && n <= HORIZON_MAX ? n : null;
    },
    rule: `must be a whole number of months from ${HORIZON_MIN} to ${HORIZON_MAX}`,
  },
  asOf: { read: readDate, rule: "is not a date: write it as YYYY-MM-DD" },
  availability: {
    read: (c) => {
      const f = readFraction(c);
      return f !== null && f > 0 ? f : null;
    },
    rule: "must be above 0 and at most 1 (or 100%): the share of a person's time that goes to roadmap work",
  },
  confidenceMode: { read: readMode, rule: "is not a confidence mode: use full, weighted or committed" },
  reqsPerRecruiter: { read: (c) => readWhole(c, 1), rule: "must be a whole number of 1 or more" },
  recruiters: { read: (c) => readWhole(c, 0), rule: "must be a whole number of 0 or more: the recruiters who run the pipelines" },
  currency: {
    read: (c) => {
      const text = cellText(c);
      return CURRENCY_CODE.test(text) ? text.toUpperCase() : null;
    },
    rule: "is not an ISO 4217 code (e.g. USD, EUR)",
  },
};

/** What a setting's parser says of one value. */
export type SettingParse<T> = Result<T, string>;

/** Reads one setting from a cell or typed text; a refusal names the setting, the value and the rule. */
export function parseSetting<K extends Key>(key: K, value: Cell | undefined): SettingParse<Settings[K]> {
  const read = SETTING_RULES[key].read(value);
  return read === null ? failure(`${SETTING_LABELS[key]} ${quote(value)} ${SETTING_RULES[key].rule}`) : success(read);
}

interface Given {
  readonly value: Cell | undefined;
  readonly row: TableRow;
}

export type SettingsResult = Result<Settings, readonly Diagnostic[]>;

/**
 * The Settings table (key/value) with overrides on top. A setting that cannot be read is fatal
 * (docs/spec.md §3) unless an override replaces it; the currency is display only, so a bad one is a
 * warning and the default is used.
 */
export function readSettings(grid: Grid | undefined, overrides: SettingsOverrides, today: CalDate, out: Diagnostic[]): SettingsResult {
  const given = new Map<Key, Given>();
  const fatal: Diagnostic[] = [];
  let table: Table<keyof typeof COLUMNS> | null = null;
  if (grid) {
    const read = readTable(grid, COLUMNS);
    if (!read.ok) return failure([read.error]);
    table = read.value;
    for (const row of table.rows) {
      const name = cellText(cellOf(table, row, "key"));
      const key = KEY_BY_NAME.get(normalizeHeader(name));
      if (name === "") {
        out.push(
          rowDiagnostic(
            table,
            row,
            "key",
            "warning",
            "this Settings row has a value but no setting name: it is ignored; name the setting or clear the row",
          ),
        );
      } else if (key === undefined) {
        out.push(
          rowDiagnostic(
            table,
            row,
            "key",
            "warning",
            `${quote(name)} is not a setting Headstart knows (${Object.values(SETTING_LABELS).join(", ")}): it is ignored`,
          ),
        );
      } else if (given.has(key)) {
        out.push(
          rowDiagnostic(table, row, "key", "warning", `${SETTING_LABELS[key]} is set twice: the first one is used; delete this row`),
        );
      } else if (!isBlank(cellOf(table, row, "value"))) {
        given.set(key, { value: cellOf(table, row, "value"), row });
      }
    }
  }
  const t = table;
  /** Override first, then the table, then the default; a value that cannot be read is fatal. */
  function resolve<K extends Key>(
    key: K,
    fallback: () => Settings[K],
    check = (v: Settings[K]) => SETTING_RULES[key].read(v as Cell) !== null,
  ): Settings[K] | null {
    const o = overrides[key] as Settings[K] | undefined;
    if (o !== undefined) {
      if (check(o)) return o;
      fatal.push({
        severity: "error",
        sheet: "Settings",
        cell: "A1",
        message: `${SETTING_LABELS[key]} ${String(o)} (given as an option) ${SETTING_RULES[key].rule}`,
      });
      return null;
    }
    const g = given.get(key);
    if (!g) return fallback();
    const parsed = parseSetting(key, g.value);
    if (parsed.ok) return parsed.value;
    if (t) fatal.push(rowDiagnostic(t, g.row, "value", "error", parsed.error));
    return null;
  }

  const asOf = resolve(
    "asOf",
    () => today,
    (v) => Number.isInteger(v),
  );
  const planStart = resolve(
    "planStart",
    () => addMonths(monthOfDate(asOf ?? today), 1),
    (v) => Number.isInteger(v),
  );
  const horizonMonths = resolve("horizonMonths", () => HORIZON_MAX);
  const availability = resolve("availability", () => 1);
  const confidenceMode = resolve("confidenceMode", () => "full" as const);
  const reqsPerRecruiter = resolve("reqsPerRecruiter", () => DEFAULT_REQS_PER_RECRUITER);
  // docs/spec.md §7: optional, so an empty one means "not given" (no pipeline capacity), never 0.
  const recruiters = overrides.recruiters !== undefined || given.has("recruiters") ? resolve("recruiters", () => null) : null;
  const currency = resolveCurrency(overrides.currency, given.get("currency"), table, out);

  if (
    fatal.length > 0 ||
    asOf === null ||
    planStart === null ||
    horizonMonths === null ||
    availability === null ||
    confidenceMode === null ||
    reqsPerRecruiter === null
  ) {
    return failure(fatal);
  }
  return success({ planStart, horizonMonths, asOf, availability, confidenceMode, reqsPerRecruiter, recruiters, currency });
}

function resolveCurrency(
  override: string | undefined,
  g: Given | undefined,
  table: Table<keyof typeof COLUMNS> | null,
  out: Diagnostic[],
): string {
  const text = override ?? (g ? cellText(g.value) : "");
  if (text === "") return DEFAULT_CURRENCY;
  const parsed = parseSetting("currency", override ?? g?.value);
  if (parsed.ok) return parsed.value;
  if (g && table && override === undefined) {
    out.push(rowDiagnostic(table, g.row, "value", "warning", `${parsed.error}: ${DEFAULT_CURRENCY} is shown instead`));
  }
  return DEFAULT_CURRENCY;
}

/**
 * A setting's value as the Settings table and the pane's form write it, which its parser reads
 * back: months and dates as text (`2027-01`), which Excel would otherwise turn into dates.
 */
export function settingValue<K extends Key>(key: K, value: Settings[K]): string | number {
  if (key === "planStart") return formatMonth(value as Settings["planStart"]);
  if (key === "asOf") return formatDate(value as Settings["asOf"]);
  // Recruiters not given (no recruiting limit) is an empty cell or field.
  if (value === null) return "";
  return value as string | number;
}

/**
 * The key/value rows the Settings table holds for these overrides, under the engine's own labels,
 * so the saved workbook replans the same way without the pane (ribbon "Refresh plan", the CLI);
 * and a blank value for each setting the user cleared.
 */
export function settingsRows(o: SettingsOverrides, cleared: readonly Key[] = []): [string, string | number][] {
  return SETTING_KEYS.flatMap((k): [string, string | number][] => {
    const v = o[k];
    // A cleared value is a blank cell: the setting's default from then on (for Recruiters, no limit).
    if (v === undefined) return cleared.includes(k) ? [[SETTING_LABELS[k], ""]] : [];
    return [[SETTING_LABELS[k], settingValue(k, v)]];
  });
}
