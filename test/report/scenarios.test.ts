import { describe, expect, it } from "vitest";
import { sampleInput } from "../../src/plan/defaults";
import { costSheet } from "../../src/report/cost";
import { scenarioPlans } from "../../src/plan/scenarios";
import { scenariosSheet } from "../../src/report/scenarios";
import { SAMPLE_TODAY, samplePlan } from "./fixtures";
import { rowWith } from "./query";
import { isFormula } from "../../src/report/spec";

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
    const sheet = scenariosSheet(plan, costSheet(plan), { scenarios });
    const header = sheet.cells[rowWith(sheet, "Role") - 1];
    expect(header).toEqual(["Role", "Full roadmap (this plan)", "Weighted by confidence", "Committed only (≥ 70%)"]);
    const values = (label: string): unknown[] => (sheet.cells[rowWith(sheet, label) - 1] ?? []).map((c) => (isFormula(c) ? c.result : c));
    expect(values("All roles")).toEqual(["All roles", ...scenarios.map((s) => s.plan.totals.hires)]);
    expect(values("Hires not on track")).toEqual(["Hires not on track", ...scenarios.map((s) => s.plan.totals.lateHires)]);
    expect(values("Total")).toEqual(["Total", ...scenarios.map((s) => s.plan.totals.cost)]);
    expect(values("Before the plan (not in the total)")).toEqual([
      "Before the plan (not in the total)",
      ...scenarios.map((s) => s.plan.totals.costBeforePlan),
    ]);
  });

  it("keeps the plan's own mode live and labels the other modes as built", () => {
    const cost = costSheet(plan);
    const sheet = scenariosSheet(plan, cost, { scenarios, generatedAt: "2026-11-30" });
    const total = sheet.cells[rowWith(sheet, "Total") - 1] ?? [];
    expect(isFormula(total[1] ?? null) && total[1]).toMatchObject({ formula: `=${cost.total.ref}` });
    expect(total.slice(2).every((c) => typeof c === "number")).toBe(true);
    const hires = sheet.cells[rowWith(sheet, "ML Engineer") - 1]?.[1] ?? null;
    expect(isFormula(hires) && hires.formula).toMatch(/^=COUNTIFS\('Hiring Plan'!\$B:\$B,\$A\d+\)$/);
    const figures = sheet.cells.filter((r) => r[0] === "Figures");
    expect(figures).toHaveLength(2);
    for (const r of figures)
      expect(r.slice(2)).toEqual(["as built on 2026-11-30 — rebuild to refresh", "as built on 2026-11-30 — rebuild to refresh"]);
  });

  it("shows only the plan's own mode, and says so, when no scenarios are passed", () => {
    const sheet = scenariosSheet(plan, costSheet(plan));
    expect(sheet.cells[0]?.length).toBe(2);
    expect(sheet.cells.some((r) => typeof r[0] === "string" && r[0].includes("scenarioPlans"))).toBe(true);
  });
});
