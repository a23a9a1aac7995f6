import { describe, expect, it } from "vitest";
import type { RolePlan } from "../../src/plan/types";
import { month } from "../../src/plan/calendar";
import { planTotals } from "../../src/plan/totals";
import { hire } from "./support/fixtures";

const rp = (role: string, newHires: number[], cost: number[]): RolePlan => ({
  role, newHires, cost, demandFte: [], targetHeadcount: [], baselineHeadcount: [], plannedHeadcount: [], surplus: [],
});

describe("planTotals", () => {
  it("adds hires by role and cost by calendar quarter", () => {
    const months = [month(2027, 2), month(2027, 3), month(2027, 4)];
    const late = { ...hire("A", {}), status: "at risk" as const };
    const t = planTotals([rp("A", [1, 0, 1], [10, 20, 30]), rp("B", [0, 0, 0], [1, 1, 1])], [hire("A", {}), late], months);
    expect(t).toEqual({
      hires: 2,
      hiresByRole: [{ role: "A", hires: 2 }, { role: "B", hires: 0 }],
      cost: 63,
      costByQuarter: [{ quarter: "2027-Q1", cost: 32 }, { quarter: "2027-Q2", cost: 31 }],
      lateHires: 1,
    });
  });
});
