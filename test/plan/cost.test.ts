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
    expect(c.byRole[0]?.[0]).toBe(200);
    // Each role-month is kept in cents (docs/spec.md §4), so sums of them add up.
    expect(c.byRole[0]?.[1]).toBe(289.29);
    expect(c.byRole[0]?.[2]).toBe(400);
    expect(c.byRole[1]).toEqual([0, 400, 400]);
  });
  it("pays hires who start before the plan from their start, outside the plan's months (cost before the plan)", () => {
    const roles = [role("A", { loadedAnnualCost: 1200 })];
    // 17 of December's 31 days, then October 2026 from the 21st (11 of 31 days) and all of Nov and Dec.
    const c = roleCosts(roles, [[0, 0]], [hire("A", { forecastStart: date(2026, 12, 15) }), hire("A", { forecastStart: date(2026, 10, 21) })], month(2027, 1), 2);
    expect(c.beforePlan).toBeCloseTo(100 * (17 / 31) + 100 * (11 / 31 + 2), 2);
    expect(c.byRole[0]).toEqual([200, 200]);
    expect(roleCosts(roles, [[0, 0]], [hire("A", { forecastStart: date(2027, 1, 1) })], month(2027, 1), 2).beforePlan).toBe(0);
  });
});
