import type { Hire, QuarterCost, RolePlan, Totals } from "./types";
import type { Month } from "./calendar";
import { quarterLabel } from "./calendar";

/** Plan-wide totals: hires by role (Roles order), cost and cost by calendar quarter. */
export function planTotals(rolePlans: readonly RolePlan[], hires: readonly Hire[], months: readonly Month[]): Totals {
  const quarters = new Map<string, number>();
  let cost = 0;
  months.forEach((m, k) => {
    const monthCost = rolePlans.reduce((sum, rp) => sum + (rp.cost[k] ?? 0), 0);
    const q = quarterLabel(m);
    quarters.set(q, (quarters.get(q) ?? 0) + monthCost);
    cost += monthCost;
  });
  const costByQuarter: QuarterCost[] = [...quarters].map(([quarter, c]) => ({ quarter, cost: c }));
  return {
    hires: hires.length,
    hiresByRole: rolePlans.map((rp) => ({ role: rp.role, hires: rp.newHires.reduce((a, b) => a + b, 0) })),
    cost,
    costByQuarter,
    lateHires: hires.reduce((n, h) => n + (h.status === "on track" ? 0 : 1), 0),
  };
}
