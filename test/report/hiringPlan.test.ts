import { describe, expect, it } from "vitest";
import { toExcelSerial } from "../../src/plan/calendar";
import { hiringPlanColumnRef, hiringPlanSheet } from "../../src/report/hiringPlan";
import { samplePlan } from "./fixtures";

describe("Hiring Plan", () => {
  const plan = samplePlan();
  const sheet = hiringPlanSheet(plan);

  it("is one Excel table with a row per hire, dates as dates", () => {
    expect(sheet.tables).toEqual([{ name: "HiringPlan", range: `A1:X${plan.hires.length + 1}`, style: "TableStyleLight9" }]);
    const h = plan.hires[0];
    const row = sheet.cells[1];
    expect(row?.[0]).toBe(h?.id);
    expect(row?.[10]).toBe(toExcelSerial(h?.pipelineStart ?? (0 as never)));
    expect(sheet.numberFormats).toContainEqual({ range: `K2:K${plan.hires.length + 1}`, format: "yyyy-mm-dd" });
    // Both the planned dates and the forecast ones, and where the hire stands.
    expect(sheet.cells[0]?.slice(6, 9)).toEqual(["Stage", "ATS req", "Candidate"]);
    expect(row?.[6]).toBe("planned");
    expect(row?.[17]).toBe(toExcelSerial(h?.forecastPipelineStart ?? (0 as never)));
  });

  it("colours the status by conditional formatting", () => {
    const status = sheet.conditionalFormats.find((c) => c.range.startsWith("O2"));
    expect(status?.rules.map((r) => r.formula)).toEqual(['=$O2="at risk"', '=$O2="start now"', '=$O2="on track"']);
  });

  it("names its columns for formulas elsewhere, with one data row even without hires", () => {
    // Whole columns: a row added to the table, inside it or below it, is counted.
    expect(hiringPlanColumnRef("Forecast start")).toBe("'Hiring Plan'!$U:$U");
    expect(hiringPlanColumnRef("Role")).toBe("'Hiring Plan'!$B:$B");
    const empty = hiringPlanSheet({ ...plan, hires: [] });
    expect(empty.tables[0]?.range).toBe("A1:X2");
    expect(empty.cells[1]?.every((c) => c === null)).toBe(true);
  });
});
