import { describe, expect, it } from "vitest";
import { WORKBOOK_LIMITS, withinWorkbookLimits, workbookLimits } from "../../src/report/limits";
import { makePlan } from "../../src/plan/index";
import { sampleInput } from "../../src/plan/defaults";
import type { Plan } from "../../src/plan/types";
import { samplePlan, SAMPLE_TODAY } from "../fixtures/plan";

/** The sample plan with its lists stretched to `n` entries (only their lengths matter here). */
function sized(n: Partial<Record<keyof typeof WORKBOOK_LIMITS, number>>): Plan {
  const plan = samplePlan();
  const stretch = <T>(xs: readonly T[], k: number | undefined): T[] =>
    k === undefined ? [...xs] : Array.from({ length: k }, (_, i) => xs[i % xs.length] as T);
  return {
    ...plan,
    initiatives: stretch(plan.initiatives, n.initiatives),
    hires: stretch(plan.hires, n.hires),
    diagnostics: stretch(
      plan.diagnostics.length ? plan.diagnostics : [{ severity: "warning", sheet: "Roadmap", cell: "A2", message: "m" }],
      n.diagnostics ?? 0,
    ),
  };
}

describe("workbookLimits", () => {
  it("accepts a plan at every limit", () => {
    expect(workbookLimits(samplePlan())).toBeNull();
    expect(workbookLimits(sized({ initiatives: 5_000, hires: 5_000, diagnostics: 5_000 }))).toBeNull();
  });
  it("names what is over, by how much, and what to do, in one line", () => {
    const hires = workbookLimits(sized({ hires: 5_001 }));
    expect(hires).toBe(
      "this plan is too large to write as a workbook: 5,001 hires (the limit is 5,000); split the roadmap into smaller plans, for example by workstream or half-year",
    );
    const both = workbookLimits(sized({ initiatives: 12_000, diagnostics: 7_500 })) ?? "";
    expect(both).toContain("12,000 initiatives (the limit is 5,000) and 7,500 diagnostics (the limit is 5,000)");
    expect(both).toMatch(/fix or remove the rows the diagnostics name/);
    expect(both).not.toMatch(/[\r\n]/);
  });
});

describe("withinWorkbookLimits", () => {
  it("passes a plan that fits and a failure through, and turns a plan too large into a failure with its diagnostics", () => {
    const fits = makePlan(sampleInput, { today: SAMPLE_TODAY });
    expect(withinWorkbookLimits(fits)).toBe(fits);
    const failed = makePlan({}, { today: SAMPLE_TODAY });
    expect(withinWorkbookLimits(failed)).toBe(failed);
    const big = sized({ hires: 6_000, diagnostics: 3 });
    const refused = withinWorkbookLimits({ ok: true, value: big });
    expect(refused).toEqual({
      ok: false,
      error: { reason: workbookLimits(big), diagnostics: big.diagnostics, inputSheets: big.inputSheets },
    });
  });
});
