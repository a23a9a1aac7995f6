import { describe, expect, it } from "vitest";
import { formatDate, formatMonth, month, toExcelSerial, date } from "../../src/plan/calendar";
import { readDate, readFraction, readMode, readMonth, readNumber, readPriority, readSize, readWhole } from "../../src/plan/values";

const m = (c: Parameters<typeof readMonth>[0], edge: "start" | "end" = "start"): string | null => {
  const v = readMonth(c, edge);
  return v === null ? null : formatMonth(v);
};

describe("readMonth", () => {
  it("reads YYYY-MM and YYYY-MM-DD as their month", () => {
    expect(m("2027-03")).toBe("2027-03");
    expect(m(" 2027-3\t")).toBe("2027-03");
    expect(m("2027-06-15")).toBe("2027-06");
    expect(m("2027-06-15T00:00:00Z")).toBe("2027-06");
  });
  it("reads Excel serial dates as numbers and as numeric text", () => {
    expect(m(46419)).toBe("2027-02");
    expect(m("46419")).toBe("2027-02");
    expect(m(46630)).toBe("2027-08");
    expect(m(toExcelSerial(date(2027, 2, 28)) + 0.75)).toBe("2027-02");
  });
  it("reads English month names, short and long, any case", () => {
    expect(m("Feb 2027")).toBe("2027-02");
    expect(m("september 2027")).toBe("2027-09");
    expect(m("Sept 2027")).toBe("2027-09");
    expect(m("DEC. 2027")).toBe("2027-12");
  });
  it("reads quarters as their first month in Start and their last in End", () => {
    expect(m("Q1 2027")).toBe("2027-01");
    expect(m("Q1 2027", "end")).toBe("2027-03");
    expect(m("2027-Q3", "end")).toBe("2027-09");
    expect(m("2027 q4")).toBe("2027-10");
    expect(m("q2-2027", "end")).toBe("2027-06");
  });
  it("reads only 2000-01 .. 2099-12, so a year typed as a month is refused, not July 1905 (docs/spec.md §1)", () => {
    expect(m("2027")).toBeNull();
    expect(m(2027)).toBeNull();
    expect(m("1999-12")).toBeNull();
    expect(m("2100-01")).toBeNull();
    expect(m("Q1 2100")).toBeNull();
    expect(m("Jan 1999")).toBeNull();
    expect(m(36526)).toBe("2000-01");
    expect(m(73050.9)).toBe("2099-12");
    expect(m(73051)).toBeNull();
    expect(m("2099-12-31")).toBe("2099-12");
    expect(m("27-03")).toBeNull();
  });
  it("refuses what is not a month", () => {
    for (const c of ["2027-13", "2027-02-30", "Foo 2027", "Q5 2027", "", "next year", true, null, Number.NaN, -5, 3e9]) {
      expect(m(c as never)).toBeNull();
    }
  });
});

describe("readDate", () => {
  it("reads ISO dates and serials, nothing else", () => {
    expect(formatDate(readDate("2026-11-15") as never)).toBe("2026-11-15");
    expect(formatDate(readDate(46419) as never)).toBe("2027-02-01");
    expect(readDate("2026-02-29")).toBeNull();
    expect(readDate("Nov 2026")).toBeNull();
    expect(readDate(false)).toBeNull();
    expect(formatDate(readDate("2026-9-1") as never)).toBe("2026-09-01");
    expect(readDate("1999-12-31")).toBeNull();
    expect(readDate(36525)).toBeNull();
    expect(readDate("1e5")).toBeNull();
  });
});

describe("number readers", () => {
  it("reads plain and grouped numbers", () => {
    expect(readNumber("300000")).toBe(300000);
    expect(readNumber("300,000")).toBe(300000);
    expect(readNumber(" 1.5 ")).toBe(1.5);
    expect(readNumber("-2,500.75")).toBe(-2500.75);
    expect(readNumber("+7")).toBe(7);
    // docs/spec.md §1: nothing else is a number.
    for (const t of ["1e3", "1,5", "1_000", "0x10", "30,00", "1,0000", ".5", "5.", "٣", "Infinity", "1 000"])
      expect(readNumber(t), t).toBeNull();
    expect(readNumber("12abc")).toBeNull();
    expect(readNumber(Infinity)).toBeNull();
    expect(readNumber(true)).toBeNull();
  });
  it("refuses magnitudes beyond any real figure, which would overflow the plan's sums", () => {
    expect(readNumber(1e15)).toBe(1e15);
    expect(readNumber("-1000000000000000")).toBe(-1e15);
    expect(readNumber(Number.MAX_VALUE)).toBeNull();
    expect(readNumber("1e309")).toBeNull();
    expect(readNumber("10,000,000,000,000,000")).toBeNull();
  });
  it("reads fractions and percentages in [0, 1]", () => {
    expect(readFraction("90%")).toBeCloseTo(0.9);
    expect(readFraction("87.5 %")).toBeCloseTo(0.875);
    expect(readFraction(0.7)).toBe(0.7);
    expect(readFraction("1")).toBe(1);
    expect(readFraction("120%")).toBeNull();
    expect(readFraction("90")).toBeNull();
    expect(readFraction(-0.1)).toBeNull();
    expect(readFraction("%")).toBeNull();
  });
  it("reads sizes", () => {
    expect(readSize("s")).toBe(0.5);
    expect(readSize("M")).toBe(1);
    expect(readSize("L")).toBe(2);
    expect(readSize("xl")).toBe(3);
    expect(readSize("1.5")).toBe(1.5);
    expect(readSize(50)).toBe(50);
    expect(readSize(50.01)).toBeNull();
    expect(readSize(0)).toBeNull();
    expect(readSize("huge")).toBeNull();
  });
  it("reads whole numbers with a floor", () => {
    expect(readWhole("3", 0)).toBe(3);
    expect(readWhole(3.0, 0)).toBe(3);
    expect(readWhole("3.5", 0)).toBeNull();
    expect(readWhole("-1", 0)).toBeNull();
    expect(readWhole("0", 1)).toBeNull();
  });
  it("reads priorities and confidence modes in any case", () => {
    expect(readPriority("p2")).toBe("P2");
    expect(readPriority("P5")).toBeNull();
    expect(readMode(" Weighted ")).toBe("weighted");
    expect(readMode("optimistic")).toBeNull();
  });
});

describe("month arithmetic used by the readers", () => {
  it("numbers months consecutively across years", () => {
    expect(month(2027, 1) - month(2026, 12)).toBe(1);
  });
});
