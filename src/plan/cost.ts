import type { Hire, Role } from "./types";
import type { Month } from "./calendar";
import { daysInMonth, lastDay, monthOfDate } from "./calendar";

/**
 * Cost per role and plan month (spec §2.9): baseline staff at cost/12, plus each hire's share of the
 * month on or after its forecast start. Each hire adds one partial month and a "full from here on"
 * step, so the work is hires + roles x months, not hires x months.
 */
export function roleCosts(
  roles: readonly Role[],
  baseline: readonly (readonly number[])[],
  hires: readonly Hire[],
  planStart: Month,
  horizon: number,
): number[][] {
  const roleIndex = new Map(roles.map((r, i) => [r.name, i]));
  // people[r][k]: fractional heads paid in month k; fullFrom[r][k]: hires paid in full from k on.
  const people = roles.map(() => new Array<number>(horizon).fill(0));
  const fullFrom = roles.map(() => new Array<number>(horizon + 1).fill(0));
  for (const h of hires) {
    const r = roleIndex.get(h.role);
    if (r === undefined) continue;
    const k = monthOfDate(h.forecastStart) - planStart;
    if (k >= horizon) continue;
    const full = fullFrom[r] as number[];
    if (k < 0) {
      full[0] = (full[0] as number) + 1;
      continue;
    }
    const m = (planStart + k) as Month;
    const share = (lastDay(m) - h.forecastStart + 1) / daysInMonth(m);
    const row = people[r] as number[];
    row[k] = (row[k] as number) + share;
    full[k + 1] = (full[k + 1] as number) + 1;
  }
  return roles.map((role, r) => {
    const monthly = role.loadedAnnualCost / 12;
    let running = 0;
    return Array.from({ length: horizon }, (_, k) => {
      running += fullFrom[r]?.[k] ?? 0;
      return monthly * ((baseline[r]?.[k] ?? 0) + running + (people[r]?.[k] ?? 0));
    });
  });
}
