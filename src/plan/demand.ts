import type { Initiative, Role, Workstream } from "./types";
import type { Month } from "./calendar";

/** What one initiative needs of one role in each month it is active (spec §2.1). */
export interface RoleNeed {
  /** Index into the roles. */
  readonly role: number;
  /** mix x size x weight */
  readonly fte: number;
}

export interface Demand {
  /** demand[role][k], FTE. */
  readonly fte: readonly (readonly number[])[];
  /** needs[i]: the roles initiative i needs (only those above 0), aligned with the initiatives. */
  readonly needs: readonly (readonly RoleNeed[])[];
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
  const needs = initiatives.map((init) => {
    const ws = wsByName.get(init.workstream);
    const weight = init.weight ?? 1;
    const list: RoleNeed[] = [];
    if (!ws) return list;
    for (const [roleName, mix] of ws.mix) {
      const r = roleIndex.get(roleName);
      const need = mix * init.size * weight;
      if (r !== undefined && need > 0) list.push({ role: r, fte: need });
    }
    list.sort((a, b) => a.role - b.role);
    const from = Math.max(0, init.start - planStart);
    const to = Math.min(horizon - 1, init.end - planStart);
    for (const { role, fte: need } of list) {
      const row = fte[role] as number[];
      for (let k = from; k <= to; k++) row[k] = (row[k] as number) + need;
    }
    return list;
  });
  return { fte, needs };
}
