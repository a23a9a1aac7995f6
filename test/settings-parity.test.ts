import { describe, expect, it } from "vitest";
import { parseArgs } from "../src/cli/args";
import { DEFAULT_CURRENCY, parseSetting, readSettings, SETTING_LABELS } from "../src/plan/input/settings";
import type { Diagnostic, Settings } from "../src/plan/types";
import { EMPTY_FORM, readForm } from "../src/taskpane/settings-form";
import { settings as settingsGrid, TODAY } from "./plan/support/fixtures";

/**
 * The Settings table, the task pane's form and the CLI's flags read settings through one parser
 * each. These strings include every one on which their old, separate parsers disagreed (a quarter,
 * a one-digit month, `9.0`, a time after a date, a serial date), so a caller that goes back to its
 * own parsing fails here, on acceptance or on wording.
 */
const CASES: readonly [keyof Settings, string][] = [
  ["planStart", "2027-03"],
  ["planStart", "2027-3"],
  ["planStart", "Q1 2027"],
  ["planStart", "Mar 2027"],
  ["planStart", "2027-03-15"],
  ["planStart", "46419"],
  ["planStart", "2027-13"],
  ["planStart", "next year"],
  ["horizonMonths", "9"],
  ["horizonMonths", "9.0"],
  ["horizonMonths", "12"],
  ["horizonMonths", "5"],
  ["horizonMonths", "13"],
  ["horizonMonths", "8.5"],
  ["horizonMonths", "nine"],
  ["asOf", "2026-10-01"],
  ["asOf", "2026-10-1"],
  ["asOf", "2026-10-01T09:30"],
  ["asOf", "46300"],
  ["asOf", "2026-02-30"],
  ["asOf", "15/11/2026"],
  ["availability", "0.8"],
  ["availability", "80%"],
  ["availability", "1,0"],
  ["availability", "0"],
  ["availability", "1.2"],
  ["availability", "abc"],
  ["confidenceMode", "Weighted"],
  ["confidenceMode", "committed"],
  ["confidenceMode", "maybe"],
  ["reqsPerRecruiter", "10"],
  ["reqsPerRecruiter", "10.0"],
  ["reqsPerRecruiter", "0"],
  ["reqsPerRecruiter", "2.5"],
  ["currency", "eur"],
  ["currency", "US$"],
  ["currency", "EURO"],
];

const CLI_FLAGS: Partial<Record<keyof Settings, string>> = { asOf: "as-of", planStart: "plan-start", horizonMonths: "horizon" };

type Outcome = { readonly value: unknown } | { readonly message: string };

function fromTable(key: keyof Settings, text: string): Outcome {
  const out: Diagnostic[] = [];
  const read = readSettings(settingsGrid({ [SETTING_LABELS[key]]: text }), {}, TODAY, out);
  if (!read.ok) return { message: read.error.map((d) => d.message).join("; ") };
  // A bad currency is display only: a warning, and the default shown.
  const warning = out.find((d) => d.severity === "warning");
  if (key === "currency" && warning) return { message: warning.message.replace(`: ${DEFAULT_CURRENCY} is shown instead`, "") };
  return { value: read.value[key] };
}

function fromForm(key: keyof Settings, text: string): Outcome {
  const r = readForm({ ...EMPTY_FORM, [key]: text });
  return r.ok ? { value: r.value[key] } : { message: r.error.map((e) => e.message).join("; ") };
}

function fromCli(key: keyof Settings, flag: string, text: string): Outcome {
  const r = parseArgs([`--${flag}`, text]);
  return r.ok ? { value: r.value.overrides[key] } : { message: r.error.replace(`--${flag}: `, "") };
}

describe("one parser per setting", () => {
  it.each(CASES)("%s %j: the Settings table, the pane's form and the CLI agree with the engine's parser", (key, text) => {
    const parsed = parseSetting(key, text);
    const expected: Outcome = parsed.ok ? { value: parsed.value } : { message: parsed.error };
    expect(fromTable(key, text), "the Settings table").toEqual(expected);
    expect(fromForm(key, text), "the pane's form").toEqual(expected);
    const flag = CLI_FLAGS[key];
    if (flag) expect(fromCli(key, flag, text), `--${flag}`).toEqual(expected);
  });

  it("the CLI names the flag before the parser's message", () => {
    const parsed = parseSetting("horizonMonths", "13");
    expect(parseArgs(["--horizon", "13"])).toEqual({ ok: false, error: `--horizon: ${!parsed.ok && parsed.error}` });
  });

  it("the table's cases accept and refuse, so each caller is tried both ways", () => {
    const outcomes = CASES.map(([key, text]) => parseSetting(key, text).ok);
    expect(outcomes).toContain(true);
    expect(outcomes).toContain(false);
  });
});
