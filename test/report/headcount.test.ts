import { describe, expect, it } from "vitest";
import { firstDay, toExcelSerial, type Month } from "../../src/plan/calendar";
import { headcountSheet } from "../../src/report/headcount";
import { isFormula } from "../../src/report/spec";
import { samplePlan } from "./fixtures";
import { rowWith } from "./query";

describe("Headcount", () => {
  const plan = samplePlan();
  const sheet = headcountSheet(plan);

  it("shows months as real dates formatted mmm yyyy", () => {
    expect(sheet.cells[3]?.slice(2)).toEqual(plan.months.map((m) => toExcelSerial(firstDay(m as Month))));
    expect(sheet.numberFormats).toContainEqual({ range: `C4:${"N"}4`, format: "mmm yyyy" });
  });

  it("has a block of measures per role with the engine's numbers, planned and paid headcount side by side", () => {
    const rp = plan.rolePlans[1];
    if (!rp) throw new Error("sample has roles");
    const first = rowWith(sheet, rp.role);
    expect(sheet.cells.slice(first - 1, first + 6).map((r) => r[1])).toEqual([
      "Demand (FTE)",
      "Target headcount",
      "Baseline headcount",
      "New hires (by need-by)",
      "Planned headcount (by need-by)",
      "Surplus",
      "Paid headcount (by forecast start)",
    ]);
    const results = (offset: number): unknown[] =>
      (sheet.cells[first - 1 + offset] ?? []).slice(2).map((c) => (isFormula(c) ? c.result : c));
    expect(results(0)).toEqual(rp.demandFte);
    expect(results(2)).toEqual(rp.baselineHeadcount);
    expect(results(3)).toEqual(rp.newHires);
    expect(results(4)).toEqual(rp.plannedHeadcount);
    expect(results(5)).toEqual(rp.surplus);
    // Paid headcount × monthly cost is the engine's cost, to the cent.
    const monthly = (plan.roles[1]?.loadedAnnualCost ?? NaN) / 12;
    results(6).forEach((paid, k) => expect(Math.round((paid as number) * monthly * 100) / 100).toBeCloseTo(rp.cost[k] ?? NaN, 2));
  });

  it("counts hires over whole Hiring Plan columns, so rows added to the table count", () => {
    const first = rowWith(sheet, plan.rolePlans[0]?.role ?? "");
    const paid = sheet.cells[first + 5]?.[2] ?? null;
    expect(isFormula(paid) && paid.formula).toContain("COUNTIFS('Hiring Plan'!$B:$B,$A" + first + ",'Hiring Plan'!$U:$U,\"<=\"&C$4)");
  });

  it("shades surplus months and explains the surplus below the totals", () => {
    const first = rowWith(sheet, plan.rolePlans[0]?.role ?? "");
    expect(sheet.conditionalFormats).toContainEqual({
      range: `C${first + 5}:N${first + 5}`,
      rules: [{ formula: `=C${first + 5}>0`, style: expect.any(Object) }],
    });
    const notes = sheet.cells.map((r) => r[0]).filter((c): c is string => typeof c === "string");
    expect(notes.some((t) => /^The plan carries \d+ person-months of surplus/.test(t))).toBe(true);
    expect(notes.some((t) => t.startsWith("MLOps / ML Platform Engineer:") && t.includes('after "Fraud model v2"'))).toBe(true);
  });

  it("totals every measure with SUMIF formulas whose results add up the roles", () => {
    const total = rowWith(sheet, "All roles");
    const newHires = sheet.cells[total + 2];
    expect(newHires?.[1]).toBe("New hires (by need-by)");
    const jan = newHires?.[2] ?? null;
    expect(isFormula(jan) && jan.formula).toMatch(/^=SUMIF\(\$B\$5:\$B\$\d+,\$B\d+,C\$5:C\$\d+\)$/);
    const sum = plan.rolePlans.reduce((a, rp) => a + (rp.newHires[0] ?? 0), 0);
    expect(isFormula(jan) && jan.result).toBe(sum);
  });
});
