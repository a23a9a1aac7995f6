import { describe, expect, it } from "vitest";
import { toExcelSerial } from "../../src/plan/calendar";
import { hiringPlanColumnRef, hiringPlanSheet } from "../../src/report/hiringPlan";
import { samplePlan } from "./fixtures";

describe("Hiring Plan", () => {
  const plan = samplePlan();
  const sheet = hiringPlanSheet(plan);

  it("is one Excel table with a row per hire, dates as dates", () => {
    expect(sheet.tables).toEqual([{ name: "HiringPlan", range: `A1:Q${plan.hires.length + 1}`, style: "TableStyleLight9" }]);
    const h = plan.hires[0];
    const row = sheet.cells[1];
    expect(row?.[0]).toBe(h?.id);
    expect(row?.[7]).toBe(toExcelSerial(h?.pipelineStart ?? (0 as never)));
    expect(sheet.numberFormats).toContainEqual({ range: `H2:H${plan.hires.length + 1}`, format: "yyyy-mm-dd" });
  });

  it("colours the status by conditional formatting", () => {
    const status = sheet.conditionalFormats.find((c) => c.range.startsWith("L2"));
    expect(status?.rules.map((r) => r.formula)).toEqual(['=$L2="at risk"', '=$L2="start now"', '=$L2="on track"']);
  });

  it("names its columns for formulas elsewhere, with one data row even without hires", () => {
    expect(hiringPlanColumnRef("Forecast start", 21)).toBe("'Hiring Plan'!$O$2:$O$22");
    expect(hiringPlanColumnRef("Role", 0)).toBe("'Hiring Plan'!$B$2:$B$2");
    const empty = hiringPlanSheet({ ...plan, hires: [] });
    expect(empty.tables[0]?.range).toBe("A1:Q2");
    expect(empty.cells[1]?.every((c) => c === null)).toBe(true);
  });
});
