import { describe, expect, it } from "vitest";
import { PLAN_MAX_HIRES, planSizeProblem } from "../../src/plan/limits";
import { makePlan } from "../../src/plan/index";
import { sampleInput } from "../../src/plan/defaults";
import { SAMPLE_TODAY } from "../fixtures/plan";

describe("planSizeProblem", () => {
  it("lets the engine plan up to its ceiling and explains anything beyond", () => {
    expect(planSizeProblem(PLAN_MAX_HIRES)).toBeNull();
    expect(planSizeProblem(PLAN_MAX_HIRES + 1)).toMatch(
      /^this roadmap needs 250,001 hires, more than the 250,000 Headstart can plan: check Availability/,
    );
    expect(planSizeProblem(Infinity)).toMatch(/needs an unbounded number of hires/);
  });
  it("turns a typo that would need astronomically many hires into a fatal reason, not an exhausted memory", () => {
    const settings = {
      sheet: "Settings" as const,
      originRow: 1,
      originCol: 1,
      rows: [
        ["Setting", "Value"],
        ["Plan start", "2027-01"],
        ["As of", "2026-10-01"],
        ["Availability", "0.000000000001"],
      ],
    };
    const outcome = makePlan({ ...sampleInput, settings }, { today: SAMPLE_TODAY });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.reason).toMatch(/^this roadmap needs [\d,]+ hires, more than the 250,000/);
  });
});
