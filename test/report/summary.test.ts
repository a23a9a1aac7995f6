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
    expect(sheet.cells[all - 1]?.slice(0, 5)).toEqual(["All roles", facts.hiresByStatus["on track"], facts.hiresByStatus["start now"], facts.hiresByStatus["at risk"], facts.hires]);
    const first = rowWith(sheet, "ID") + 1;
    expect(sheet.cells.slice(first - 1, first - 1 + facts.firstPipelines.length).map((r) => r[0])).toEqual(facts.firstPipelines.map((h) => h.id));
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
  });

  it("guides the reader to every sheet with a link", () => {
    const guide = rowWith(sheet, "Sheet") + 1;
    expect(sheet.links.filter((l) => l.target.endsWith("!A1")).map((l) => l.cell)).toContain(`A${guide}`);
  });
});
