/**
 * Why the plan carries people beyond the target, in words, for the Headcount and Summary sheets.
 * Hires are never negative (spec §2.4): when initiatives end, the people hired for them stay on the
 * plan, and on the payroll, as surplus until other work needs them.
 */
import { addMonths, formatMonth } from "../plan/calendar";
import type { Plan } from "../plan/types";

export interface SurplusNotes {
  /** Surplus person-months over the plan, all roles. */
  readonly personMonths: number;
  readonly summary: string;
  /** One line per role with a surplus. */
  readonly roles: readonly string[];
  readonly advice: string;
}

const names = (xs: readonly string[]): string => xs.map((x) => `"${x}"`).join(", ");

export function surplusNotes(plan: Plan): SurplusNotes {
  const workstreams = new Map(plan.workstreams.map((w) => [w.name, w]));
  const roles: string[] = [];
  let personMonths = 0;
  for (const rp of plan.rolePlans) {
    const total = rp.surplus.reduce((a, b) => a + b, 0);
    if (total === 0) continue;
    personMonths += total;
    // Each run of surplus months starts where work stops: say what stopped.
    const why = rp.surplus.flatMap((x, k) => {
      const month = plan.months[k];
      if (!(x > 0) || (k > 0 && (rp.surplus[k - 1] ?? 0) > 0) || month === undefined) return [];
      if (k === 0) return [`from ${formatMonth(month)}, the current team is larger than the roadmap needs`];
      const before = addMonths(month, -1);
      const ended = plan.initiatives
        .filter((init) => init.end === before && init.weight > 0 && (workstreams.get(init.workstream)?.mix.get(rp.role) ?? 0) > 0)
        .map((init) => init.name);
      return [
        ended.length > 0
          ? `from ${formatMonth(month)}, after ${names(ended)} end${ended.length === 1 ? "s" : ""} in ${formatMonth(before)}`
          : `from ${formatMonth(month)}, as the roadmap's ${rp.role} work falls`,
      ];
    });
    roles.push(
      `${rp.role}: ${total} person-month${total === 1 ? "" : "s"} (at most ${Math.max(...rp.surplus)} at once): ${why.join("; ")}.`,
    );
  }
  return {
    personMonths,
    summary:
      personMonths === 0
        ? "No surplus: every month's planned headcount is at or below its target."
        : `The plan carries ${personMonths} person-month${personMonths === 1 ? "" : "s"} of surplus: people hired for initiatives that end stay on the payroll, and in the cost, until other work needs them.`,
    roles,
    advice:
      "Nobody is let go in the plan. To use the surplus: move those people onto initiatives that start later (their hires then shrink), stagger the initiatives that end, or hire contractors for the peak instead.",
  };
}
