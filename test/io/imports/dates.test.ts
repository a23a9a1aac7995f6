import { describe, expect, it } from "vitest";
import { convertDate, dateOrderOfLocale, dateOrderOfPattern, parseFiscalStart } from "../../../src/io/imports/dates";
import { readMonth } from "../../../src/plan/values";
import { formatMonth } from "../../../src/plan/calendar";

const converted = (text: string, edge: "start" | "end" = "start", options = {}) => {
  const r = convertDate(text, edge, options);
  return r.kind === "converted" ? r.value : r.kind;
};

describe("dates other tools write", () => {
  it.each([
    ["04/Jan/27 9:00 AM", "2027-01-04"],
    ["4/Jan/27", "2027-01-04"],
    ["Jan 4, 2027", "2027-01-04"],
    ["January 4, 2027 8:00 AM", "2027-01-04"],
    ["Sept 30, 2027", "2027-09-30"],
    ["4 January 2027", "2027-01-04"],
    ["2027-01-04T09:00:00Z", "2027-01-04"],
    ["2027-01-04 17:30", "2027-01-04"],
    ["Mon Jan 04 2027 09:00:00 GMT+0000 (Coordinated Universal Time)", "2027-01-04"],
  ])("%s is %s", (text, iso) => {
    expect(converted(text)).toBe(iso);
  });
  it("numeric day/month forms need a date order, and read by it", () => {
    for (const text of ["1/4/2027", "15.01.2027", "Mon 1/4/27", "01/04/27"]) expect(converted(text)).toBe("ambiguous");
    expect(converted("1/4/2027", "start", { dateOrder: "MDY" })).toBe("2027-01-04");
    expect(converted("1/4/2027", "start", { dateOrder: "DMY" })).toBe("2027-04-01");
    expect(converted("15.01.2027", "start", { dateOrder: "DMY" })).toBe("2027-01-15");
    expect(converted("Mon 1/4/27", "start", { dateOrder: "MDY" })).toBe("2027-01-04");
    // Day 15 of month 1 read as month 15: not a date, left for the engine to report at its cell.
    expect(converted("15.01.2027", "start", { dateOrder: "MDY" })).toBe("same");
  });
  it("halves and fiscal periods: their first month in Start, their last in End", () => {
    expect(converted("H1 2027")).toBe("2027-01");
    expect(converted("H1 2027", "end")).toBe("2027-06");
    expect(converted("H2 2027", "end")).toBe("2027-12");
    expect(converted("FY27 Q1")).toBe("2027-01");
    expect(converted("FY27 Q1", "end")).toBe("2027-03");
    // FY27 with a July start runs July 2026 .. June 2027.
    expect(converted("FY27 Q1", "start", { fiscalStart: 7 })).toBe("2026-07");
    expect(converted("FY2027 Q4", "end", { fiscalStart: 7 })).toBe("2027-06");
    expect(converted("FY27 H2", "start", { fiscalStart: 10 })).toBe("2027-04");
    expect(converted("FY27", "end", { fiscalStart: 7 })).toBe("2027-06");
    expect(converted("FY27", "start", { fiscalStart: 7 })).toBe("2026-07");
    // Calendar halves stay calendar halves whatever the fiscal year.
    expect(converted("H2 2027", "start", { fiscalStart: 7 })).toBe("2027-07");
  });
  it("every converted value is one the engine reads", () => {
    for (const text of ["04/Jan/27 9:00 AM", "January 4, 2027 8:00 AM", "H1 2027", "FY27 Q1"]) {
      const value = converted(text);
      const m = readMonth(value);
      expect(m === null ? null : formatMonth(m)).toBe("2027-01");
    }
  });
  it("leaves what the engine reads, and what no tool writes, as it is", () => {
    for (const text of ["2027-03", "Q1 2027", "Mar 2027", "46419", "sometime", "31/Feb/27"]) expect(converted(text)).toBe("same");
  });
  it("date order and fiscal start from their options and locales", () => {
    expect(dateOrderOfLocale("en_US.UTF-8")).toBe("MDY");
    expect(dateOrderOfLocale("en_GB.UTF-8")).toBe("DMY");
    expect(dateOrderOfLocale("de-DE")).toBe("DMY");
    expect(dateOrderOfLocale("C")).toBeNull();
    expect(dateOrderOfLocale("POSIX")).toBeNull();
    expect(parseFiscalStart("Jul")).toBe(7);
    expect(parseFiscalStart("10")).toBe(10);
    expect(parseFiscalStart("13")).toBeNull();
  });
});

describe("the date order of a workbook's short date pattern (Excel's DatetimeFormatInfo)", () => {
  it.each([
    ["M/d/yyyy", "MDY"],
    ["MM/dd/yy", "MDY"],
    ["dd/MM/yyyy", "DMY"],
    ["d.M.yyyy", "DMY"],
    ["dd-MMM-yy", "DMY"],
    ["'Day' d 'of' M, yyyy", "DMY"],
    ["yyyy-MM-dd", null],
    ["yyyy/M/d", null],
    ["", null],
  ] as const)("%s → %s", (pattern, order) => {
    expect(dateOrderOfPattern(pattern)).toBe(order);
  });
});
