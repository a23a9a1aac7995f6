import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../src/plan/types";
import { date, formatDate, formatMonth, month } from "../../../src/plan/calendar";
import { readSettings } from "../../../src/plan/input/settings";
import { settings, TODAY } from "../support/fixtures";

function read(values: Record<string, string | number>, overrides = {}) {
  const out: Diagnostic[] = [];
  const r = readSettings(settings(values), overrides, TODAY, out);
  return { r, out };
}

describe("readSettings", () => {
  it("uses the defaults when there is no table: plan starts the month after As of (today)", () => {
    const r = readSettings(undefined, {}, date(2026, 12, 31), []);
    if (!r.ok) throw new Error("fatal");
    expect(formatMonth(r.value.planStart)).toBe("2027-01");
    expect(r.value).toMatchObject({ horizonMonths: 12, availability: 1, confidenceMode: "full", reqsPerRecruiter: 12, currency: "USD" });
  });
  it("reads every key, loosely matched", () => {
    const { r } = read({
      "plan-start": "Q2 2027",
      HORIZON: "9",
      "As of": "46300",
      availability: "80%",
      "Confidence Mode": "Weighted",
      "Reqs per recruiter": "10",
      currency: "eur",
    });
    if (!r.ok) throw new Error("fatal");
    expect(formatMonth(r.value.planStart)).toBe("2027-04");
    expect(formatDate(r.value.asOf)).toBe("2026-10-05");
    expect(r.value).toMatchObject({
      horizonMonths: 9,
      availability: 0.8,
      confidenceMode: "weighted",
      reqsPerRecruiter: 10,
      currency: "EUR",
    });
  });
  it("lets overrides win, even over a value that could not be read", () => {
    const { r } = read({ "Horizon (months)": "15", "Plan start": "2027-01" }, { horizonMonths: 6, planStart: month(2027, 3) });
    if (!r.ok) throw new Error("fatal");
    expect(r.value.horizonMonths).toBe(6);
    expect(formatMonth(r.value.planStart)).toBe("2027-03");
  });
  it.each([
    ["Plan start", "soon", "B2"],
    ["As of", "yesterday", "B2"],
    ["Horizon (months)", "15", "B2"],
    ["Horizon (months)", "5", "B2"],
    ["Availability", "0", "B2"],
    ["Availability", "1.2", "B2"],
    ["Confidence mode", "optimistic", "B2"],
    ["Reqs per recruiter", "0", "B2"],
  ])("makes an unreadable %s (%s) fatal at its value cell", (key, value, cell) => {
    const { r } = read({ [key]: value });
    if (r.ok) throw new Error("expected fatal");
    expect(r.error[0]).toMatchObject({ severity: "error", sheet: "Settings", cell });
    expect(r.error[0]?.message).toContain(key);
  });
  it("reports a bad override as fatal too", () => {
    const out: Diagnostic[] = [];
    const r = readSettings(undefined, { horizonMonths: 13 }, TODAY, out);
    expect(!r.ok && r.error[0]?.message).toMatch(/given as an option/);
  });
  it("warns about unknown, repeated and nameless settings and a bad currency", () => {
    const out: Diagnostic[] = [];
    const g = {
      sheet: "Settings" as const,
      originRow: 1,
      originCol: 1,
      rows: [
        ["Setting", "Value"],
        ["Colour", "blue"],
        ["Horizon", "6"],
        ["horizon (months)", "7"],
        ["", "x"],
        ["Currency", "dollars"],
      ],
    };
    const r = readSettings(g, {}, TODAY, out);
    expect(r.ok && r.value.horizonMonths).toBe(6);
    expect(r.ok && r.value.currency).toBe("USD");
    expect(out.map((d) => `${d.severity} ${d.cell}`)).toEqual(["warning A2", "warning A4", "warning A5", "warning B6"]);
  });
});
