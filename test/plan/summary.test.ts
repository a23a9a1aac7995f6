import { describe, expect, it } from "vitest";
import { summarizePlan, SUMMARY_AT_RISK, SUMMARY_FIRST_PIPELINES } from "../../src/plan/summary";
import { sampleInput } from "../../src/plan/defaults";
import { planOf } from "./support/fixtures";

describe("summarizePlan", () => {
  const plan = planOf(sampleInput);
  const s = summarizePlan(plan);
  it("counts hires by role (Roles order) and status", () => {
    expect(s.hiresByRole.map((r) => r.role)).toEqual(plan.roles.map((r) => r.name));
    expect(s.hiresByRole.reduce((n, r) => n + r.total, 0)).toBe(plan.hires.length);
    for (const r of s.hiresByRole) {
      expect(r.total).toBe(plan.hires.filter((h) => h.role === r.role).length);
      expect(r.byStatus["at risk"]).toBe(plan.hires.filter((h) => h.role === r.role && h.status === "at risk").length);
    }
    expect(s.hiresByStatus["on track"] + s.hiresByStatus["start now"] + s.hiresByStatus["at risk"]).toBe(plan.hires.length);
    expect(s.lateHires).toBe(plan.hires.length - s.hiresByStatus["on track"]);
  });
  it("lists the first pipelines to start, earliest first, then by id", () => {
    expect(s.firstPipelines).toHaveLength(SUMMARY_FIRST_PIPELINES);
    const earliest = Math.min(...plan.hires.map((h) => h.pipelineStart));
    expect(s.firstPipelines[0]?.pipelineStart).toBe(earliest);
    for (let i = 1; i < s.firstPipelines.length; i++) {
      const [a, b] = [s.firstPipelines[i - 1], s.firstPipelines[i]];
      expect(a && b && (a.pipelineStart < b.pipelineStart || (a.pipelineStart === b.pipelineStart && a.id < b.id))).toBe(true);
    }
  });
  it("lists at-risk hires by forecast delay, largest first", () => {
    const atRisk = plan.hires.filter((h) => h.status === "at risk");
    expect(s.atRiskTotal).toBe(atRisk.length);
    expect(s.atRisk.length).toBe(Math.min(SUMMARY_AT_RISK, atRisk.length));
    expect(s.atRisk[0]?.delayDays).toBe(Math.max(...atRisk.map((h) => h.delayDays)));
    expect(s.atRisk.every((h, i) => i === 0 || (s.atRisk[i - 1]?.delayDays ?? 0) >= h.delayDays)).toBe(true);
  });
  it("carries cost by quarter, total cost and diagnostic counts", () => {
    expect(s.costByQuarter).toBe(plan.totals.costByQuarter);
    expect(s.totalCost).toBe(plan.totals.cost);
    expect([s.errors, s.warnings]).toEqual([0, 0]);
    expect(s.currency).toBe("USD");
  });
});
