import { describe, expect, it } from "vitest";
import { formatDate, formatMonth } from "../../src/plan/calendar";
import { parseArgs, wantsDefaultOutputs } from "../../src/cli/args";

describe("parseArgs", () => {
  it("reads INPUT and every flag, with a space or =", () => {
    const r = parseArgs([
      "in",
      "--json",
      "-",
      "--xlsx=p.xlsx",
      "--csv",
      "r.csv",
      "--ics",
      "c.ics",
      "--template",
      "t.xlsx",
      "--as-of",
      "2026-11-15",
      "--plan-start=2027-02",
      "--horizon",
      "9",
      "--recruiters",
      "3",
    ]);
    if (!r.ok) throw new Error(r.error);
    expect(r.value).toMatchObject({ input: "in", json: "-", xlsx: "p.xlsx", csv: "r.csv", ics: "c.ics", template: "t.xlsx", help: false });
    expect(r.value.overrides.horizonMonths).toBe(9);
    expect(r.value.overrides.recruiters).toBe(3);
    expect(formatDate(r.value.overrides.asOf as never)).toBe("2026-11-15");
    expect(formatMonth(r.value.overrides.planStart as never)).toBe("2027-02");
    expect(wantsDefaultOutputs(r.value)).toBe(false);
  });
  it("wants the default outputs when no output flag is given", () => {
    const r = parseArgs(["--as-of", "2026-01-01"]);
    expect(r.ok && wantsDefaultOutputs(r.value)).toBe(true);
  });
  it.each([
    [["--bogus"], /unknown option --bogus/],
    [["--json"], /--json needs a value/],
    [["--json", "--xlsx", "a"], /--json needs a value/],
    [["--xlsx", "-"], /only --json/],
    [["a", "b"], /only one INPUT/],
    [["--as-of", "2026-02-30"], /--as-of: As of "2026-02-30" is not a date/],
    [["--as-of", "15/11/2026"], /not a date/],
    [["--plan-start", "2027-13"], /not a month/],
    [["--horizon", "5"], /from 6 to 12/],
    [["--horizon", "7.5"], /from 6 to 12/],
    [["--recruiters", "-1"], /needs a value|whole number of 0 or more/],
    [["--recruiters", "2.5"], /whole number of 0 or more/],
    [["--csv", "a", "--csv", "b"], /given twice/],
  ])("refuses %j", (argv, message) => {
    const r = parseArgs(argv);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(message);
  });
  it("knows --help", () => {
    expect(parseArgs(["--help"])).toMatchObject({ ok: true, value: { help: true } });
  });
});
