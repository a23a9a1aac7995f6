import type { Initiative, Role, Workstream } from "./types";
import type { Month } from "./calendar";

/**
 * The initiatives that need one role, with the FTE (mix x size x weight) each needs in every month
 * it is active (docs/spec.md §2.1). Parallel arrays rather than an object per pair: large roadmaps make
 * tens of thousands of pairs, and every object is work for the garbage collector.
 */
export interface RoleNeeders {
  /** Indices into the initiatives, in roadmap order. */
  readonly initiatives: readonly number[];
  readonly fte: readonly number[];
}

export interface Demand {
  /** demand[role][k], FTE. */
  readonly fte: readonly (readonly number[])[];
  /** byRole[r]: who needs role r (only needs above 0). */
  readonly byRole: readonly RoleNeeders[];
}

/**
 * Role demand per plan month: the sum over active initiatives of mix x size x weight. Work is
 * initiatives x active months x roles in the mix, so it grows linearly with the roadmap.
 */
export function computeDemand(
  initiatives: readonly Initiative[],
  workstreams: readonly Workstream[],
  roles: readonly Role[],
  planStart: Month,
  horizon: number,
): Demand {
  const roleIndex = new Map(roles.map((r, i) => [r.name, i]));
  const wsByName = new Map(workstreams.map((w) => [w.name, w]));
  const fte = roles.map(() => new Array<number>(horizon).fill(0));
  const byRole = roles.map(() => ({ initiatives: [] as number[], fte: [] as number[] }));
  initiatives.forEach((init, i) => {
    const ws = wsByName.get(init.workstream);
    if (!ws) return;
    const weight = init.weight ?? 1;
    const from = Math.max(0, init.start - planStart);
    const to = Math.min(horizon - 1, init.end - planStart);
    for (const [roleName, mix] of ws.mix) {
      const r = roleIndex.get(roleName);
      const need = mix * init.size * weight;
      if (r === undefined || !(need > 0)) continue;
      const needers = byRole[r] as { initiatives: number[]; fte: number[] };
      needers.initiatives.push(i);
      needers.fte.push(need);
      const row = fte[r] as number[];
      for (let k = from; k <= to; k++) row[k] = (row[k] as number) + need;
    }
  });
  return { fte, byRole };
}
