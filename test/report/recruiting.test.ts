import { describe, expect, it } from "vitest";
import { isFormula } from "../../src/report/spec";
import { recruitingSheet } from "../../src/report/recruiting";
import { samplePlan } from "./fixtures";

describe("Recruiting Load", () => {
  const plan = samplePlan();
  const sheet = recruitingSheet(plan);

  it("has a row per recruiting month with the engine's load", () => {
    const rows = sheet.cells.slice(5);
    expect(rows.length).toBe(plan.recruiting.months.length);
    expect(rows.map((r) => r[2])).toEqual(plan.recruiting.activePipelines);
    expect(rows.map((r) => r[3])).toEqual(plan.recruiting.interviewHours);
  });

  it("computes recruiters needed from active pipelines and the editable Reqs per recruiter cell", () => {
    expect(sheet.cells[1]).toEqual(["Reqs per recruiter", plan.settings.reqsPerRecruiter, null, null, null]);
    sheet.cells.slice(5).forEach((r, k) => {
      const cell = r[4] ?? null;
      expect(isFormula(cell) && cell.formula).toBe(`=ROUNDUP(C${k + 6}/$B$2,0)`);
      expect(isFormula(cell) && cell.result).toBe(plan.recruiting.recruitersNeeded[k]);
      expect(Math.ceil((r[2] as number) / plan.settings.reqsPerRecruiter)).toBe(plan.recruiting.recruitersNeeded[k]);
    });
    expect(sheet.charts[0]?.dataRange).toBe(`A5:C${5 + plan.recruiting.months.length}`);
  });
});
