import { formatDate, formatMonth } from "../plan/calendar";
import { parseSetting } from "../plan/input/settings";
import type { Settings, SettingsOverrides } from "../plan/types";

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
    currency: s.currency,
  };
}

/**
 * Reads the form field by field with the engine's own parser of each setting (so it takes what the
 * Settings table takes, and says so in the same words) and turns it into overrides; the user hears
 * about a typo next to its control, before anything runs.
 */
export function readForm(form: SettingsForm): FormCheck {
  const errors: FieldError[] = [];
  const o: { -readonly [K in keyof SettingsOverrides]: SettingsOverrides[K] } = {};
  const read = <K extends SettingsField>(field: K): void => {
    const text = form[field].trim();
    if (text === "") return;
    const parsed = parseSetting(field, text);
    if (parsed.ok) (o as Record<K, Settings[K]>)[field] = parsed.value;
    else errors.push({ field, message: parsed.message });
  };
  for (const field of Object.keys(EMPTY_FORM) as SettingsField[]) read(field);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, overrides: o };
}
