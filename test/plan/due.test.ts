import { describe, expect, it } from "vitest";
import { addDays, formatDate } from "../../src/plan/calendar";
import { DUE_WITHIN_DAYS, hiresDueForTracking } from "../../src/plan/due";
import { sampleInput } from "../../src/plan/defaults";
import { planOf } from "./support/fixtures";

describe("hiresDueForTracking", () => {
  const plan = planOf(sampleInput);
  const until = addDays(plan.settings.asOf, DUE_WITHIN_DAYS);
  it("takes the untracked hires whose pipeline starts within four weeks of As of, or already should have", () => {
    const due = hiresDueForTracking(plan, []);
    expect(due.length).toBeGreaterThan(0);
    expect(due.length).toBeLessThan(plan.hires.length);
    for (const h of plan.hires)
      expect(due.includes(h), `${h.id} ${formatDate(h.forecastPipelineStart)}`).toBe(h.forecastPipelineStart <= until);
  });
  it("leaves out hires the Tracking table already holds (any case), and tracked ones", () => {
    const due = hiresDueForTracking(plan, []);
    const [first, second] = due;
    const rest = hiresDueForTracking(plan, [String(first?.id).toLowerCase()]);
    expect(rest).toEqual(due.slice(1));
    const trackedPlan = { ...plan, hires: plan.hires.map((h) => (h === second ? { ...h, stage: "sourcing" as const } : h)) };
    expect(hiresDueForTracking(trackedPlan, [])).toEqual(due.filter((h) => h !== second));
  });
});
