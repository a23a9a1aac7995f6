import { date, formatDate, formatMonth, isValidDate, month } from "../plan/calendar";
import { HORIZON_MAX, HORIZON_MIN, SETTING_LABELS } from "../plan/input/settings";
import { CONFIDENCE_MODES, type ConfidenceMode, type Settings, type SettingsOverrides } from "../plan/types";

/**
 * The Settings form as the user sees it: every field is the text of its control, so the form
 * round-trips what was typed. An empty field means "keep what the Settings table says".
 */
export interface SettingsForm {
  readonly planStart: string;
  readonly horizonMonths: string;
  readonly asOf: string;
  readonly confidenceMode: string;
  readonly availability: string;
  readonly reqsPerRecruiter: string;
  readonly recruiters: string;
  readonly currency: string;
}

export type SettingsField = keyof SettingsForm;

export interface FieldError {
  readonly field: SettingsField;
  readonly message: string;
}

export type FormCheck =
  | { readonly ok: true; readonly overrides: SettingsOverrides }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

export const EMPTY_FORM: SettingsForm = {
  planStart: "",
  horizonMonths: "",
  asOf: "",
  confidenceMode: "",
  availability: "",
  reqsPerRecruiter: "",
  recruiters: "",
  currency: "",
};

/** The form showing the settings a plan was made with, so the next run starts from them. */
export function formFromSettings(s: Settings): SettingsForm {
  return {
    planStart: formatMonth(s.planStart),
    horizonMonths: String(s.horizonMonths),
    asOf: formatDate(s.asOf),
    confidenceMode: s.confidenceMode,
    availability: String(s.availability),
    reqsPerRecruiter: String(s.reqsPerRecruiter),
    recruiters: s.recruiters === null ? "" : String(s.recruiters),
    currency: s.currency,
  };
}

const MONTH_RE = /^(\d{4})-(\d{1,2})$/;
const DATE_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

function isConfidenceMode(v: string): v is ConfidenceMode {
  return (CONFIDENCE_MODES as readonly string[]).includes(v);
}

/**
 * Checks the form field by field (the engine checks the same rules again; this is only so the user
 * hears about a typo next to the control, before anything runs) and turns it into overrides.
 */
export function readForm(form: SettingsForm): FormCheck {
  const errors: FieldError[] = [];
  const o: { -readonly [K in keyof SettingsOverrides]: SettingsOverrides[K] } = {};
  const v = (f: SettingsField): string => form[f].trim();

  if (v("planStart")) {
    const m = MONTH_RE.exec(v("planStart"));
    const mm = m ? Number(m[2]) : 0;
    if (!m || mm < 1 || mm > 12) errors.push({ field: "planStart", message: "Plan start must be a month like 2027-01." });
    else o.planStart = month(Number(m[1]), mm);
  }
  if (v("horizonMonths")) {
    const n = Number(v("horizonMonths"));
    if (!Number.isInteger(n) || n < HORIZON_MIN || n > HORIZON_MAX) {
      errors.push({ field: "horizonMonths", message: `Horizon must be a whole number of months from ${HORIZON_MIN} to ${HORIZON_MAX}.` });
    }
    else o.horizonMonths = n;
  }
  if (v("asOf")) {
    const m = DATE_RE.exec(v("asOf"));
    if (!m || !isValidDate(Number(m[1]), Number(m[2]), Number(m[3]))) errors.push({ field: "asOf", message: "As of must be a date like 2026-10-01." });
    else o.asOf = date(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  if (v("confidenceMode")) {
    const mode = v("confidenceMode").toLowerCase();
    if (!isConfidenceMode(mode)) errors.push({ field: "confidenceMode", message: `Confidence mode must be one of ${CONFIDENCE_MODES.join(", ")}.` });
    else o.confidenceMode = mode;
  }
  if (v("availability")) {
    const pct = v("availability").endsWith("%");
    const n = Number(pct ? v("availability").slice(0, -1) : v("availability")) / (pct ? 100 : 1);
    if (!Number.isFinite(n) || n <= 0 || n > 1) errors.push({ field: "availability", message: "Availability must be more than 0 and at most 1 (or 100%)." });
    else o.availability = n;
  }
  if (v("reqsPerRecruiter")) {
    const n = Number(v("reqsPerRecruiter"));
    if (!Number.isInteger(n) || n < 1) errors.push({ field: "reqsPerRecruiter", message: "Reqs per recruiter must be a whole number of at least 1." });
    else o.reqsPerRecruiter = n;
  }
  if (v("recruiters")) {
    const n = Number(v("recruiters"));
    if (!Number.isInteger(n) || n < 0) errors.push({ field: "recruiters", message: "Recruiters must be a whole number of 0 or more (leave it empty for no recruiting limit)." });
    else o.recruiters = n;
  }
  if (v("currency")) {
    const c = v("currency").toUpperCase();
    if (!/^[A-Z]{3}$/.test(c)) errors.push({ field: "currency", message: "Currency must be a three-letter code such as USD or EUR." });
    else o.currency = c;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, overrides: o };
}

/**
 * The key/value rows the Settings table holds for these overrides, under the engine's own labels,
 * so the saved workbook replans the same way without the pane (ribbon "Refresh plan", the CLI).
 * Months and dates stay text (`2027-01`), which Excel would otherwise turn into dates.
 */
export function settingsRows(o: SettingsOverrides): [string, string | number][] {
  const rows: [keyof SettingsOverrides, string | number | undefined][] = [
    ["planStart", o.planStart === undefined ? undefined : formatMonth(o.planStart)],
    ["horizonMonths", o.horizonMonths],
    ["asOf", o.asOf === undefined ? undefined : formatDate(o.asOf)],
    ["availability", o.availability],
    ["confidenceMode", o.confidenceMode],
    ["reqsPerRecruiter", o.reqsPerRecruiter],
    ["recruiters", o.recruiters],
    ["currency", o.currency],
  ];
  return rows.flatMap(([k, v]) => (v === undefined ? [] : [[SETTING_LABELS[k], v]]));
}
