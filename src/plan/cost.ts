import type { Hire, Role } from "./types";
import type { CalDate, Month } from "./calendar";
import { daysInMonth, lastDay, monthOfDate } from "./calendar";
import { cents } from "./round";

export interface Costs {
  /** byRole[r][k]: role r's cost in plan month k, in cents (docs/spec.md §2.9, §4). */
  readonly byRole: number[][];
  /** Pay of hires who start before the plan, for the months before it (docs/spec.md §2.9). */
  readonly beforePlan: number;
}

export interface PaidHeadcount {
  /**
   * byRole[r][k]: people on role r's payroll in plan month k, a hire counting for the share of the
   * month on or after its forecast start (spec §2.9), so cost = paid headcount × cost / 12.
   */
  readonly byRole: number[][];
  /** beforePlan[r]: role r's person-months paid before the plan's first month. */
  readonly beforePlan: number[];
}

/** The share of month `m`'s days on or after `start` (1 when it starts on or before the first day). */
function shareFrom(start: CalDate, m: Month): number {
  return (lastDay(m) - start + 1) / daysInMonth(m);
}

/**
 * The months a hire is paid before the plan's first month (spec §2.9): its start month's share on
 * or after its forecast start, plus every whole month after it up to the plan; 0 when it starts in
 * the plan or later.
 */
export function paidMonthsBeforePlan(forecastStart: CalDate, planStart: Month): number {
  const startMonth = monthOfDate(forecastStart);
  const k = startMonth - planStart;
  return k < 0 ? shareFrom(forecastStart, startMonth) - k - 1 : 0;
}

/**
 * Paid headcount per role and plan month: baseline staff, plus each hire's share of the month on
 * or after its forecast start. Each hire adds one partial month and a "full from here on" step, so
 * the work is hires + roles x months, not hires x months.
 */
export function paidHeadcount(
  roles: readonly Role[],
  baseline: readonly (readonly number[])[],
  hires: readonly Hire[],
  planStart: Month,
  horizon: number,
): PaidHeadcount {
  const roleIndex = new Map(roles.map((r, i) => [r.name, i]));
  // people[r][k]: fractional heads paid in month k; fullFrom[r][k]: hires paid in full from k on.
  const people = roles.map(() => new Array<number>(horizon).fill(0));
  const fullFrom = roles.map(() => new Array<number>(horizon + 1).fill(0));
  const beforePlan = roles.map(() => 0);
  for (const h of hires) {
    const r = roleIndex.get(h.role);
    if (r === undefined) continue;
    const startMonth = monthOfDate(h.forecastStart);
    const k = startMonth - planStart;
    if (k >= horizon) continue;
    const full = fullFrom[r] as number[];
    if (k < 0) {
      // Paid in full through the plan, and from its start in the months before it.
      full[0] = (full[0] as number) + 1;
      beforePlan[r] = (beforePlan[r] as number) + paidMonthsBeforePlan(h.forecastStart, planStart);
      continue;
    }
    const row = people[r] as number[];
    row[k] = (row[k] as number) + shareFrom(h.forecastStart, startMonth);
    full[k + 1] = (full[k + 1] as number) + 1;
  }
  const byRole = roles.map((_, r) => {
    let running = 0;
    return Array.from({ length: horizon }, (_, k) => {
      running += fullFrom[r]?.[k] ?? 0;
      return (baseline[r]?.[k] ?? 0) + running + (people[r]?.[k] ?? 0);
    });
  });
  return { byRole, beforePlan };
}

/** Cost per role and plan month: paid headcount at cost / 12, each role-month rounded to cents. */
export function roleCosts(
  roles: readonly Role[],
  baseline: readonly (readonly number[])[],
  hires: readonly Hire[],
  planStart: Month,
  horizon: number,
): Costs {
  const paid = paidHeadcount(roles, baseline, hires, planStart, horizon);
  const monthly = roles.map((role) => role.loadedAnnualCost / 12);
  return {
    byRole: paid.byRole.map((row, r) => row.map((heads) => cents((monthly[r] ?? 0) * heads))),
    beforePlan: cents(paid.beforePlan.reduce((sum, months, r) => sum + (monthly[r] ?? 0) * months, 0)),
  };
}
