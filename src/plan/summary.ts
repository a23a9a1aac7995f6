import type { Hire, HireStatus, Plan, QuarterCost } from "./types";
import { HIRE_STATUSES } from "./types";

/** How many pipelines and at-risk hires a summary lists; the rest are counted, not listed. */
export const SUMMARY_FIRST_PIPELINES = 5;
export const SUMMARY_AT_RISK = 10;

export interface RoleHireCounts {
  readonly role: string;
  readonly total: number;
  /** Every status present, 0 where none. */
  readonly byStatus: Readonly<Record<HireStatus, number>>;
}

/**
 * What a summary of a plan shows (the CLI, the Summary sheet and the task pane all use this one
 * choice, so they never disagree about what matters).
 */
export interface PlanSummary {
  readonly currency: string;
  readonly hires: number;
  /** Hires not on track. */
  readonly lateHires: number;
  /** Roles order; roles with no hire are included (total 0). */
  readonly hiresByRole: readonly RoleHireCounts[];
  /** Totals over all roles. */
  readonly hiresByStatus: Readonly<Record<HireStatus, number>>;
  /** The first pipelines to start, by pipelineStart, then id (up to SUMMARY_FIRST_PIPELINES). */
  readonly firstPipelines: readonly Hire[];
  /** At-risk hires, largest forecast delay first, then id (up to SUMMARY_AT_RISK). */
  readonly atRisk: readonly Hire[];
  /** All at-risk hires, listed or not. */
  readonly atRiskTotal: number;
  readonly costByQuarter: readonly QuarterCost[];
  readonly totalCost: number;
  readonly errors: number;
  readonly warnings: number;
}

const zeroCounts = (): Record<HireStatus, number> => Object.fromEntries(HIRE_STATUSES.map((s) => [s, 0])) as Record<HireStatus, number>;

const byId = (a: Hire, b: Hire): number => a.id.length - b.id.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function summarizePlan(plan: Plan): PlanSummary {
  const perRole = new Map<string, Record<HireStatus, number>>(plan.roles.map((r) => [r.name, zeroCounts()]));
  const all = zeroCounts();
  for (const h of plan.hires) {
    all[h.status] += 1;
    const counts = perRole.get(h.role);
    if (counts) counts[h.status] += 1;
  }
  const hiresByRole = plan.roles.map((r) => {
    const byStatus = perRole.get(r.name) ?? zeroCounts();
    return { role: r.name, total: HIRE_STATUSES.reduce((n, s) => n + byStatus[s], 0), byStatus };
  });
  const firstPipelines = [...plan.hires].sort((a, b) => a.pipelineStart - b.pipelineStart || byId(a, b)).slice(0, SUMMARY_FIRST_PIPELINES);
  const atRiskAll = plan.hires.filter((h) => h.status === "at risk");
  const atRisk = [...atRiskAll].sort((a, b) => b.delayDays - a.delayDays || byId(a, b)).slice(0, SUMMARY_AT_RISK);
  let errors = 0;
  let warnings = 0;
  for (const d of plan.diagnostics) {
    if (d.severity === "error") errors += 1;
    else warnings += 1;
  }
  return {
    currency: plan.settings.currency,
    hires: plan.totals.hires,
    lateHires: plan.totals.lateHires,
    hiresByRole,
    hiresByStatus: all,
    firstPipelines,
    atRisk,
    atRiskTotal: atRiskAll.length,
    costByQuarter: plan.totals.costByQuarter,
    totalCost: plan.totals.cost,
    errors,
    warnings,
  };
}
