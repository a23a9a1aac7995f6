import { parseSetting, SETTING_KEYS, settingValue } from "../plan/input/settings";
import type { Settings, SettingsOverrides } from "../plan/types";
import { failure, success, type Result } from "../plan/result";

/**
 * The Settings form as the user sees it: every field is the text of its control, so the form
 * round-trips what was typed. An empty field means "keep what the Settings table says", unless
 * the user emptied it (see `clearedFields`).
 */
export type SettingsForm = { readonly [K in keyof Settings]: string };

export type SettingsField = keyof SettingsForm;

export interface FieldError {
  readonly field: SettingsField;
  readonly message: string;
}

export type FormCheck = Result<SettingsOverrides, readonly FieldError[]>;

export const EMPTY_FORM = Object.fromEntries(SETTING_KEYS.map((k) => [k, ""])) as SettingsForm;

/** The form showing the settings a plan was made with, so the next run starts from them. */
export function formFromSettings(s: Settings): SettingsForm {
  return Object.fromEntries(SETTING_KEYS.map((k) => [k, String(settingValue(k, s[k]))])) as SettingsForm;
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
    else errors.push({ field, message: parsed.error });
  };
  for (const field of SETTING_KEYS) read(field);
  return errors.length > 0 ? failure(errors) : success(o);
}

/**
 * The fields the user emptied since the form was shown: each one's Settings table value is
 * cleared, so the plan goes back to the default (for Recruiters, no limit). A field that was
 * empty when shown stays "keep what the table says".
 */
export function clearedFields(shown: SettingsForm | null, now: SettingsForm): SettingsField[] {
  return shown === null ? [] : SETTING_KEYS.filter((k) => shown[k].trim() !== "" && now[k].trim() === "");
}
