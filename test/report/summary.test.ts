import { describe, expect, it } from "vitest";
import { summarizePlan } from "../../src/plan/summary";
import { costSheet } from "../../src/report/cost";
import { isFormula } from "../../src/report/spec";
import { statusCell, summarySheet } from "../../src/report/summary";
import { samplePlan } from "./fixtures";
import { cellAt, rowWith } from "./query";

describe("Summary", () => {
  const plan = samplePlan();
  const cost = costSheet(plan);
  const sheet = summarySheet(plan, cost, "2026-10-01 09:00");
  const facts = summarizePlan(plan);

  it("holds the status cell the writers flip from incomplete to complete", () => {
    const status = statusCell("2026-10-01 09:00");
    expect(cellAt(sheet, status.cell)).toBe(status.complete);
    expect(status.complete).toContain("2026-10-01 09:00");
    expect(statusCell(undefined).complete).not.toContain("undefined");
  });

  it("shows hires by role and status, the first pipelines and the at-risk hires from summarizePlan", () => {
    const all = rowWith(sheet, "All roles");
    expect(sheet.cells[all - 1]?.slice(0, 5)).toEqual([
      "All roles",
      facts.hiresByStatus["on track"],
      facts.hiresByStatus["start now"],
      facts.hiresByStatus["at risk"],
      facts.hires,
    ]);
    const first = rowWith(sheet, "ID") + 1;
    expect(sheet.cells.slice(first - 1, first - 1 + facts.firstPipelines.length).map((r) => r[0])).toEqual(
      facts.firstPipelines.map((h) => h.id),
    );
    const risk = rowWith(sheet, "ID", first) + 1;
    expect(sheet.cells[risk - 1]?.[0]).toBe(facts.atRisk[0]?.id);
    expect(sheet.cells[risk - 1]?.[5]).toBe(facts.atRisk[0]?.delayDays);
  });

  it("links every money figure to the Cost sheet's live totals", () => {
    const q1 = rowWith(sheet, "2027-Q1");
    const cell = sheet.cells[q1 - 1]?.[1] ?? null;
    expect(isFormula(cell) && cell.formula).toBe(`=${cost.quarters[0]?.ref}`);
    expect(isFormula(cell) && cell.result).toBeCloseTo(plan.totals.costByQuarter[0]?.cost ?? NaN, 1);
    const total = sheet.cells[rowWith(sheet, "Total cost") - 1]?.[1] ?? null;
    expect(isFormula(total) && total.formula).toBe(`=${cost.total.ref}`);
    // Spec §2.9's money before the plan: a line of the facts and of the quarter block, both live.
    for (const label of ["Cost before the plan", "Before the plan (not in the total)"]) {
      const before = sheet.cells[rowWith(sheet, label) - 1]?.[1] ?? null;
      expect(isFormula(before) && before.formula, label).toBe(`=${cost.beforePlan.ref}`);
      expect(isFormula(before) && before.result, label).toBe(plan.totals.costBeforePlan);
    }
  });

  it("says how many person-months of surplus the plan carries and which initiatives end before it", () => {
    const months = plan.rolePlans.reduce((a, rp) => a + rp.surplus.reduce((x, y) => x + y, 0), 0);
    expect(months).toBeGreaterThan(0);
    expect(sheet.cells[rowWith(sheet, "Surplus (person-months)") - 1]?.[1]).toBe(months);
    // The section's sentences, one or more rows each, none wider than the printed columns A:F.
    const first = rowWith(sheet, "Surplus");
    const lines = sheet.cells
      .slice(first, rowWith(sheet, "Input diagnostics") - 1)
      .map((r) => r[0])
      .filter((c): c is string => typeof c === "string");
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(120);
    const prose = lines.join(" ");
    expect(prose).toContain(
      `The plan carries ${months} person-months of surplus: people hired for initiatives that end stay on the payroll, and in the cost, until other work needs them.`,
    );
    expect(prose).toMatch(/AI Infrastructure Engineer: .*from 2027-10, after "Feature store & training pipelines" ends in 2027-09\./);
  });

  it("guides the reader to every sheet with a link", () => {
    const guide = rowWith(sheet, "Sheet") + 1;
    expect(sheet.links.filter((l) => l.target.endsWith("!A1")).map((l) => l.cell)).toContain(`A${guide}`);
  });
});
