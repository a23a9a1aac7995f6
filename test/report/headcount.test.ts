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

  it("has a block of six measures per role with the engine's numbers", () => {
    const rp = plan.rolePlans[1];
    if (!rp) throw new Error("sample has roles");
    const first = rowWith(sheet, rp.role);
    expect(sheet.cells.slice(first - 1, first + 5).map((r) => r[1])).toEqual([
      "Demand (FTE)", "Target headcount", "Baseline headcount", "Planned headcount", "New hires", "Surplus",
    ]);
    expect(sheet.cells[first - 1]?.slice(2)).toEqual(rp.demandFte);
    expect(sheet.cells[first + 3]?.slice(2)).toEqual(rp.newHires);
  });

  it("totals every measure with SUMIF formulas whose results add up the roles", () => {
    const total = rowWith(sheet, "All roles");
    const newHires = sheet.cells[total + 3];
    expect(newHires?.[1]).toBe("New hires");
    const jan = newHires?.[2] ?? null;
    expect(isFormula(jan) && jan.formula).toMatch(/^=SUMIF\(\$B\$5:\$B\$\d+,\$B\d+,C\$5:C\$\d+\)$/);
    const sum = plan.rolePlans.reduce((a, rp) => a + (rp.newHires[0] ?? 0), 0);
    expect(isFormula(jan) && jan.result).toBe(sum);
  });
});
