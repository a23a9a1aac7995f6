import { describe, expect, it } from "vitest";
import type { RolePlan } from "../../src/plan/types";
import { month } from "../../src/plan/calendar";
import { planTotals } from "../../src/plan/totals";
import { hire } from "./support/fixtures";

const rp = (role: string, newHires: number[], cost: number[]): RolePlan => ({
  role,
  newHires,
  cost,
  demandFte: [],
  targetHeadcount: [],
  baselineHeadcount: [],
  plannedHeadcount: [],
  surplus: [],
});

describe("planTotals", () => {
  it("adds hires by role and stage, and cost by calendar quarter", () => {
    const months = [month(2027, 2), month(2027, 3), month(2027, 4)];
    const late = { ...hire("A", {}), status: "at risk" as const, stage: "req open" as const };
    const t = planTotals([rp("A", [1, 0, 1], [10, 20, 30]), rp("B", [0, 0, 0], [1, 1, 1])], [hire("A", {}), late], months, 12.5);
    expect(t).toEqual({
      hires: 2,
      hiresByRole: [
        { role: "A", hires: 2 },
        { role: "B", hires: 0 },
      ],
      cost: 63,
      costByQuarter: [
        { quarter: "2027-Q1", cost: 32 },
        { quarter: "2027-Q2", cost: 31 },
      ],
      costBeforePlan: 12.5,
      lateHires: 1,
      hiresByStage: { planned: 1, sourcing: 0, "req open": 1, "offer accepted": 0, started: 0 },
    });
  });
  it("sums role-months in cents, so the quarters add up to the total exactly", () => {
    const months = [month(2027, 1), month(2027, 2), month(2027, 3), month(2027, 4)];
    const t = planTotals([rp("A", [0, 0, 0, 0], [0.1, 0.2, 0.7, 1.01]), rp("B", [0, 0, 0, 0], [1234.57, 0.01, 0.02, 0.03])], [], months, 0);
    expect(t.costByQuarter).toEqual([
      { quarter: "2027-Q1", cost: 1235.6 },
      { quarter: "2027-Q2", cost: 1.04 },
    ]);
    expect(t.cost).toBe(1236.64);
  });
});
