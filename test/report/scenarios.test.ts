import { describe, expect, it } from "vitest";
import { sampleInput } from "../../src/plan/defaults";
import { scenarioPlans } from "../../src/plan/scenarios";
import { scenariosSheet } from "../../src/report/scenarios";
import { SAMPLE_TODAY, samplePlan } from "./fixtures";
import { rowWith } from "./query";

describe("Scenarios", () => {
  const plan = samplePlan();
  const scenarios = scenarioPlans(sampleInput, { today: SAMPLE_TODAY });

  it("plans the same input under every confidence mode", () => {
    expect(scenarios.map((s) => s.mode)).toEqual(["full", "weighted", "committed"]);
    expect(scenarios.map((s) => s.plan.settings.confidenceMode)).toEqual(["full", "weighted", "committed"]);
    // Weighting and leaving out uncertain work cannot need more hires than the full roadmap.
    for (const s of scenarios) expect(s.plan.totals.hires).toBeLessThanOrEqual(plan.totals.hires);
  });

  it("shows hires, late hires and cost side by side, marking the plan's own mode", () => {
    const sheet = scenariosSheet(plan, scenarios);
    const header = sheet.cells[rowWith(sheet, "Role") - 1];
    expect(header).toEqual(["Role", "Full roadmap (this plan)", "Weighted by confidence", "Committed only (≥ 70%)"]);
    expect(sheet.cells[rowWith(sheet, "All roles") - 1]).toEqual(["All roles", ...scenarios.map((s) => s.plan.totals.hires)]);
    expect(sheet.cells[rowWith(sheet, "Hires not on track") - 1]).toEqual(["Hires not on track", ...scenarios.map((s) => s.plan.totals.lateHires)]);
    expect(sheet.cells[rowWith(sheet, "Total") - 1]).toEqual(["Total", ...scenarios.map((s) => s.plan.totals.cost)]);
  });

  it("shows only the plan's own mode, and says so, when no scenarios are passed", () => {
    const sheet = scenariosSheet(plan);
    expect(sheet.cells[0]?.length).toBe(2);
    expect(sheet.cells.some((r) => typeof r[0] === "string" && r[0].includes("scenarioPlans"))).toBe(true);
  });
});
