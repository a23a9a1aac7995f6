import type { Hire, HireStage, QuarterCost, RolePlan, Totals } from "./types";
import { HIRE_STAGES } from "./types";
import type { Month } from "./calendar";
import { quarterLabel } from "./calendar";
import { cents } from "./round";

/**
 * Plan-wide totals: hires by role (Roles order) and by stage, cost by calendar quarter and in all.
 * Role-months are already in cents, so quarters and the total are their sums and add up (docs/spec.md §4).
 */
export function planTotals(
  rolePlans: readonly RolePlan[],
  hires: readonly Hire[],
  months: readonly Month[],
  costBeforePlan: number,
): Totals {
  const quarters = new Map<string, number>();
  months.forEach((m, k) => {
    const monthCost = rolePlans.reduce((sum, rp) => sum + (rp.cost[k] ?? 0), 0);
    const q = quarterLabel(m);
    quarters.set(q, cents((quarters.get(q) ?? 0) + monthCost));
  });
  const costByQuarter: QuarterCost[] = [...quarters].map(([quarter, c]) => ({ quarter, cost: c }));
  const hiresByStage = Object.fromEntries(HIRE_STAGES.map((s) => [s, 0])) as Record<HireStage, number>;
  for (const h of hires) hiresByStage[h.stage] += 1;
  return {
    hires: hires.length,
    hiresByRole: rolePlans.map((rp) => ({ role: rp.role, hires: rp.newHires.reduce((a, b) => a + b, 0) })),
    cost: cents(costByQuarter.reduce((sum, q) => sum + q.cost, 0)),
    costByQuarter,
    costBeforePlan,
    lateHires: hires.reduce((n, h) => n + (h.status === "on track" ? 0 : 1), 0),
    hiresByStage,
  };
}
