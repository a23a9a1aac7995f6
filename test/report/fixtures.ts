import { date } from "../../src/plan/calendar";
import { sampleInput } from "../../src/plan/defaults";
import { makePlan } from "../../src/plan/index";
import type { Hire, Plan } from "../../src/plan/types";

/** The As of of the bundled sample (its Settings table says so too). */
export const SAMPLE_TODAY = date(2026, 10, 1);

export function samplePlan(): Plan {
  const outcome = makePlan(sampleInput, { today: SAMPLE_TODAY });
  if (!outcome.ok) throw new Error(`the sample did not plan: ${outcome.error.reason}`);
  return outcome.value;
}

/** The sample with its hires repeated up to `count` (ids renumbered), for size checks; not a real plan's numbers. */
export function syntheticPlan(count: number): Plan {
  const base = samplePlan();
  const hires: Hire[] = Array.from({ length: count }, (_, i) => {
    const h = base.hires[i % base.hires.length] as Hire;
    return { ...h, id: `H-${String(i + 1).padStart(4, "0")}`, initiative: `Initiative ${i % 97}` };
  });
  return { ...base, hires, totals: { ...base.totals, hires: count } };
}
