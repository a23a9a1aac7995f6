import type { HireReason, Initiative } from "./types";
import type { Month } from "./calendar";
import type { RoleNeeders } from "./demand";

/** Hires of one role needed by one month for one reason: all alike but for their ids. */
export interface HireBatch {
  readonly role: number;
  /** Plan month index k of the need-by month. */
  readonly month: number;
  readonly reason: HireReason;
  /** Index into the initiatives; -1 for a backfill. */
  readonly initiative: number;
  readonly count: number;
}

export interface HireWalk {
  readonly newHires: number[][];
  readonly planned: number[][];
  readonly surplus: number[][];
  /** In the order of docs/spec.md §2.8: month, then role, then backfill before growth. */
  readonly batches: readonly HireBatch[];
}

/**
 * The hiring walk of docs/spec.md §2.4 for every role, and attribution (§2.5) of each month's growth hires.
 * Batches are emitted month by month, role by role, backfills first, which is the hire order.
 */
export function walkHires(
  target: readonly (readonly number[])[],
  baseline: readonly (readonly number[])[],
  initiatives: readonly Initiative[],
  needers: readonly RoleNeeders[],
  planStart: Month,
): HireWalk {
  const roles = target.length;
  const horizon = target[0]?.length ?? 0;
  const newHires = target.map((row) => row.map(() => 0));
  const planned = target.map((row) => row.map(() => 0));
  const surplus = target.map((row) => row.map(() => 0));
  const batches: HireBatch[] = [];
  const hired = new Array<number>(roles).fill(0);
  for (let k = 0; k < horizon; k++) {
    for (let r = 0; r < roles; r++) {
      const t = target[r]?.[k] ?? 0;
      const b = baseline[r]?.[k] ?? 0;
      const gap = t - (b + (hired[r] as number));
      if (gap > 0) {
        const drop = k === 0 ? 0 : (baseline[r]?.[k - 1] ?? 0) - b;
        const backfill = Math.max(0, Math.min(gap, drop));
        if (backfill > 0) batches.push({ role: r, month: k, reason: "backfill", initiative: -1, count: backfill });
        if (gap > backfill) {
          const initiative = attribute(needers[r] ?? NO_NEEDERS, initiatives, planStart, k);
          batches.push({ role: r, month: k, reason: "growth", initiative, count: gap - backfill });
        }
        hired[r] = (hired[r] as number) + gap;
        (newHires[r] as number[])[k] = gap;
      }
      const p = b + (hired[r] as number);
      (planned[r] as number[])[k] = p;
      (surplus[r] as number[])[k] = Math.max(0, p - t);
    }
  }
  return { newHires, planned, surplus, batches };
}

const NO_NEEDERS: RoleNeeders = { initiatives: [], fte: [] };

/**
 * The initiative whose demand for the role rose most into month k (one not active the month
 * before, or any at k = 0, rose by all of it); ties: more demand in k, earlier written Start,
 * earlier roadmap row. -1 when no initiative needs the role in k.
 */
export function attribute(needers: RoleNeeders, initiatives: readonly Initiative[], planStart: Month, k: number): number {
  const m = planStart + k;
  let best = -1;
  let bestRise = 0;
  let bestFte = 0;
  for (let n = 0; n < needers.initiatives.length; n++) {
    const initiative = needers.initiatives[n] as number;
    const fte = needers.fte[n] as number;
    const init = initiatives[initiative];
    if (!init || init.start > m || init.end < m) continue;
    const rise = k === 0 || init.start === m ? fte : 0;
    if (best < 0 || better(rise, fte, init, bestRise, bestFte, initiatives[best] as Initiative)) {
      best = initiative;
      bestRise = rise;
      bestFte = fte;
    }
  }
  return best;
}

/** FTE that differ by less than this are equal (0.3 x 3 and 0.9 must tie). */
const TIE = 1e-9;

function better(rise: number, fte: number, init: Initiative, bestRise: number, bestFte: number, bestInit: Initiative): boolean {
  if (Math.abs(rise - bestRise) > TIE) return rise > bestRise;
  if (Math.abs(fte - bestFte) > TIE) return fte > bestFte;
  const s = init.writtenStart ?? init.start;
  const bs = bestInit.writtenStart ?? bestInit.start;
  if (s !== bs) return s < bs;
  return init.order < bestInit.order;
}
