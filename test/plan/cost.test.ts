import { describe, expect, it } from "vitest";
import { date, month } from "../../src/plan/calendar";
import { roleCosts } from "../../src/plan/cost";
import { hire, role } from "./support/fixtures";

describe("roleCosts", () => {
  it("pays baseline staff monthly and each hire from its forecast start, part months by days", () => {
    const roles = [role("A", { loadedAnnualCost: 1200 }), role("B", { loadedAnnualCost: 2400 })];
    const hires = [
      hire("A", { forecastStart: date(2026, 12, 15) }),
      hire("A", { forecastStart: date(2027, 2, 4) }),
      hire("A", { forecastStart: date(2027, 3, 1) }),
      hire("A", { forecastStart: date(2027, 5, 1) }),
      hire("Z", { forecastStart: date(2027, 1, 1) }),
    ];
    const c = roleCosts(roles, [[1, 1, 1], [0, 2, 2]], hires, month(2027, 1), 3);
    expect(c[0]?.[0]).toBeCloseTo(200);
    expect(c[0]?.[1]).toBeCloseTo(100 * (2 + 25 / 28));
    expect(c[0]?.[2]).toBeCloseTo(400);
    expect(c[1]).toEqual([0, 400, 400]);
  });
});
