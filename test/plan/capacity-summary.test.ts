import { describe, expect, it } from "vitest";
import { capacitySummary } from "../../src/plan/capacity-summary";
import { capacityPlan } from "./support/example-grids";
import { BASE_SETTINGS, inputOf, planOf } from "./support/fixtures";
import { defaultWorkstreams } from "../../src/plan/defaults";

const W0 = String(defaultWorkstreams.rows[1]?.[0]);

describe("capacitySummary", () => {
  it("says how many hires slip and what would keep every pipeline on time, naming only what falls short", () => {
    const plan = capacityPlan();
    const c = capacitySummary(plan);
    const shifted = plan.hires.filter((h) => h.capacityDelayDays > 0);
    expect(c?.slipped).toBe(shifted.length);
    expect(c?.blocked).toBe(0);
    expect(c?.longestDelayDays).toBe(Math.max(...shifted.map((h) => h.capacityDelayDays)));
    expect(c?.headline).toBe(
      `${shifted.length} hires slip for recruiting capacity (pipelines start up to ${c?.longestDelayDays} days later).`,
    );
    // Example: 2 recruiters (4 needed), MLOps 150 h (169.09 needed), LLM 90 h (99.2 needed): hours rounded up.
    expect(c?.whatIf).toBe(
      "4 recruiters (the plan has 2), 170 MLOps / ML Platform Engineer interview hours a month (the limit is 150), and 100 LLM / GenAI Specialist interview hours a month (the limit is 90) keep every pipeline on time.",
    );
    expect(c?.suggestedRecruiters).toBe(4);
    expect(c?.enough).toBe(false);
  });
  it("is null without capacity, and plain when the capacity is enough", () => {
    const row = ["A", W0, "2027-01", "2027-06", "M"];
    expect(capacitySummary(planOf(inputOf([row])))).toBeNull();
    const c = capacitySummary(planOf(inputOf([row], {}, { ...BASE_SETTINGS, Recruiters: "50" })));
    expect(c?.headline).toBe("Every pipeline fits the recruiting capacity: no hire slips.");
    expect(c?.whatIf).toBe("The recruiting capacity given keeps every pipeline on time.");
    expect(c?.suggestedRecruiters).toBeNull();
    expect(c?.enough).toBe(true);
  });
  it("counts blocked hires apart", () => {
    const c = capacitySummary(planOf(inputOf([["A", W0, "2027-01", "2027-06", "L"]], {}, { ...BASE_SETTINGS, Recruiters: "0" })));
    expect(c?.slipped).toBe(0);
    expect(c?.blocked).toBeGreaterThan(0);
    expect(c?.headline).toMatch(/^0 hires slip for recruiting capacity; \d+ hires? (is|are) blocked: no room before the plan ends\.$/);
    expect(c?.whatIf).toMatch(/^\d+ recruiters? \(the plan has 0\) keeps? every pipeline on time\.$/);
  });
});
