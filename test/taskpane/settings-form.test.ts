import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { date, month } from "../../src/plan/calendar";
import { settingsRows } from "../../src/plan/input/settings";
import { clearedFields, EMPTY_FORM, formFromSettings, readForm, type SettingsForm } from "../../src/taskpane/settings-form";
import type { Settings } from "../../src/plan/types";
import sampleSettings from "../../src/plan/data/sample-settings.json";

const settings: Settings = {
  planStart: month(2027, 1),
  horizonMonths: 9,
  asOf: date(2026, 10, 1),
  availability: 0.8,
  confidenceMode: "weighted",
  reqsPerRecruiter: 10,
  recruiters: 3,
  currency: "EUR",
};

describe("readForm", () => {
  it("an empty form overrides nothing", () => {
    expect(readForm(EMPTY_FORM)).toEqual({ ok: true, value: {} });
  });

  it("reads back the settings a form was filled from", () => {
    expect(readForm(formFromSettings(settings))).toEqual({ ok: true, value: settings });
    expect(readForm(formFromSettings({ ...settings, recruiters: null }))).toEqual({
      ok: true,
      value: { ...settings, recruiters: undefined },
    });
  });

  it("accepts a percentage availability and a lower-case currency and mode", () => {
    const r = readForm({ ...EMPTY_FORM, availability: " 75% ", currency: "gbp", confidenceMode: "Committed" });
    expect(r).toEqual({ ok: true, value: { availability: 0.75, currency: "GBP", confidenceMode: "committed" } });
  });

  it.each<[keyof SettingsForm, string]>([
    ["planStart", "2027-13"],
    ["horizonMonths", "5"],
    ["horizonMonths", "13"],
    ["horizonMonths", "8.5"],
    ["asOf", "2026-02-30"],
    ["confidenceMode", "maybe"],
    ["availability", "0"],
    ["availability", "1.2"],
    ["availability", "abc"],
    ["reqsPerRecruiter", "0"],
    ["reqsPerRecruiter", "2.5"],
    ["recruiters", "-1"],
    ["recruiters", "1.5"],
    ["currency", "US$"],
  ])("%s = %j is refused next to its field", (field, value) => {
    const r = readForm({ ...EMPTY_FORM, [field]: value });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.map((e) => e.field)).toEqual([field]);
  });

  it("every horizon from 6 to 12 is accepted, and nothing outside", () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 30 }), (n) => {
        expect(readForm({ ...EMPTY_FORM, horizonMonths: String(n) }).ok).toBe(n >= 6 && n <= 12);
      }),
    );
  });
});

describe("settingsRows", () => {
  it("writes the template's own keys, in its order, only for fields given", () => {
    const keys = sampleSettings.slice(1).map((r) => r[0]);
    const rows = settingsRows({ ...settings, recruiters: undefined });
    expect(rows.map((r) => r[0]).sort()).toEqual([...keys].sort());
    expect(Object.fromEntries(rows)).toMatchObject({
      "Plan start": "2027-01",
      "As of": "2026-10-01",
      "Horizon (months)": 9,
      Availability: 0.8,
      Currency: "EUR",
    });
    expect(settingsRows({ currency: "CHF" })).toEqual([["Currency", "CHF"]]);
    expect(settingsRows({ recruiters: 0 })).toEqual([["Recruiters", 0]]);
  });

  it("writes a blank value for a setting the user cleared, and a value given wins over clearing", () => {
    // In the Settings table's own order.
    expect(settingsRows({ currency: "CHF" }, ["recruiters"])).toEqual([
      ["Recruiters", ""],
      ["Currency", "CHF"],
    ]);
    expect(settingsRows({ recruiters: 2 }, ["recruiters"])).toEqual([["Recruiters", 2]]);
  });
});

describe("clearedFields", () => {
  it("names the fields emptied since the form was shown, not those shown empty", () => {
    const shown = formFromSettings(settings);
    expect(clearedFields(shown, shown)).toEqual([]);
    expect(clearedFields(shown, { ...shown, recruiters: " ", currency: "" })).toEqual(["recruiters", "currency"]);
    expect(clearedFields({ ...shown, recruiters: "" }, { ...shown, recruiters: "" })).toEqual([]);
    expect(clearedFields(null, EMPTY_FORM)).toEqual([]);
  });
});
