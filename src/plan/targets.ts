import type { Role, TeamMember } from "./types";

/** Absorbs floating-point noise so 2.0000000001 FTE is 2 people, not 3 (docs/spec.md §2.2-3). */
const EPS = 1e-9;

/** target[r][k] = ceil(demand / availability - 1e-9), never below 0. */
export function targetHeadcount(demand: readonly (readonly number[])[], availability: number): number[][] {
  return demand.map((row) => row.map((d) => Math.max(0, Math.ceil(d / availability - EPS))));
}

/** Current staff after attrition, with no hires: c - floor(c * a * k / 12 + 1e-9). */
export function baselineHeadcount(roles: readonly Role[], team: readonly TeamMember[], horizon: number): number[][] {
  const byRole = new Map(team.map((t) => [t.role, t]));
  return roles.map((r) => {
    const t = byRole.get(r.name);
    const c = t?.headcount ?? 0;
    const a = t?.annualAttrition ?? 0;
    return Array.from({ length: horizon }, (_, k) => c - Math.floor((c * a * k) / 12 + EPS));
  });
}
