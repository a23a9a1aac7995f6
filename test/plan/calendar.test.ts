import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { date, formatDate, monthOfDate, formatMonth, lastDay, daysInMonth, month } from "../../src/plan/calendar";

describe("calendar day arithmetic", () => {
  it("formats every day as the UTC calendar does", () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (d) => {
        const js = new Date(d * 86_400_000);
        const want = `${String(js.getUTCFullYear()).padStart(4, "0")}-${String(js.getUTCMonth() + 1).padStart(2, "0")}-${String(js.getUTCDate()).padStart(2, "0")}`;
        expect(formatDate(d as never)).toBe(want);
      }),
      { numRuns: 2000 },
    );
  });
  it("round-trips dates and months", () => {
    expect(formatDate(date(2024, 2, 29))).toBe("2024-02-29");
    expect(formatMonth(monthOfDate(date(2027, 12, 31)))).toBe("2027-12");
    expect(formatDate(lastDay(month(2027, 2)))).toBe("2027-02-28");
    expect(daysInMonth(month(2028, 2))).toBe(29);
  });
});

describe("date", () => {
  it("agrees with Date.UTC, month and day overflow included", () => {
    fc.assert(
      fc.property(fc.integer({ min: -50, max: 9999 }), fc.integer({ min: -30, max: 40 }), fc.integer({ min: -40, max: 70 }), (y, m, d) => {
        expect(date(y, m, d)).toBe(Math.round(Date.UTC(y, m - 1, d) / 86_400_000));
      }),
      { numRuns: 3000 },
    );
  });
});
