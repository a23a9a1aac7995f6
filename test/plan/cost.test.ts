import { describe, expect, it } from "vitest";
import { date, month } from "../../src/plan/calendar";
import { paidHeadcount, paidMonthsBeforePlan, roleCosts } from "../../src/plan/cost";
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
    const c = roleCosts(
      roles,
      [
        [1, 1, 1],
        [0, 2, 2],
      ],
      hires,
      month(2027, 1),
      3,
    );
    expect(c.byRole[0]?.[0]).toBe(200);
    // Each role-month is kept in cents (docs/spec.md §4), so sums of them add up.
    expect(c.byRole[0]?.[1]).toBe(289.29);
    expect(c.byRole[0]?.[2]).toBe(400);
    expect(c.byRole[1]).toEqual([0, 400, 400]);
  });
  it("pays hires who start before the plan from their start, outside the plan's months (cost before the plan)", () => {
    const roles = [role("A", { loadedAnnualCost: 1200 })];
    // 17 of December's 31 days, then October 2026 from the 21st (11 of 31 days) and all of Nov and Dec.
    const c = roleCosts(
      roles,
      [[0, 0]],
      [hire("A", { forecastStart: date(2026, 12, 15) }), hire("A", { forecastStart: date(2026, 10, 21) })],
      month(2027, 1),
      2,
    );
    expect(c.beforePlan).toBeCloseTo(100 * (17 / 31) + 100 * (11 / 31 + 2), 2);
    expect(c.byRole[0]).toEqual([200, 200]);
    expect(roleCosts(roles, [[0, 0]], [hire("A", { forecastStart: date(2027, 1, 1) })], month(2027, 1), 2).beforePlan).toBe(0);
  });
});

describe("paidHeadcount", () => {
  it("counts staff in full and each hire from its forecast start, so cost is paid heads × cost / 12", () => {
    const roles = [role("A", { loadedAnnualCost: 1200 })];
    // Feb 2027 has 28 days: a hire starting on the 4th is paid for 25 of them.
    const hires = [hire("A", { forecastStart: date(2027, 2, 4) }), hire("A", { forecastStart: date(2026, 11, 16) })];
    const paid = paidHeadcount(roles, [[2, 2, 1]], hires, month(2027, 1), 3);
    expect(paid.byRole[0]?.[0]).toBe(3);
    expect(paid.byRole[0]?.[1]).toBeCloseTo(3 + 25 / 28, 12);
    expect(paid.byRole[0]?.[2]).toBe(3);
    // November from the 16th (15 of 30 days), then all of December.
    expect(paid.beforePlan[0]).toBeCloseTo(15 / 30 + 1, 12);
    const cost = roleCosts(roles, [[2, 2, 1]], hires, month(2027, 1), 3);
    paid.byRole[0]?.forEach((heads, k) => expect(cost.byRole[0]?.[k]).toBe(Math.round(heads * 100 * 100) / 100));
  });

  it("gives each hire's paid months before the plan, 0 from the plan's first day on", () => {
    expect(paidMonthsBeforePlan(date(2026, 10, 21), month(2027, 1))).toBeCloseTo(11 / 31 + 2, 12);
    expect(paidMonthsBeforePlan(date(2026, 12, 1), month(2027, 1))).toBe(1);
    expect(paidMonthsBeforePlan(date(2027, 1, 1), month(2027, 1))).toBe(0);
    expect(paidMonthsBeforePlan(date(2027, 3, 9), month(2027, 1))).toBe(0);
  });
});
