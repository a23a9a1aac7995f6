import { describe, expect, it } from "vitest";
import { planToJson } from "../../src/plan/json";
import { roundTo } from "../../src/plan/round";
import { sampleInput } from "../../src/plan/defaults";
import { planOf } from "./support/fixtures";

describe("planToJson", () => {
  it("rounds money to cents and FTE/hours to 4 decimals, never -0", () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(164285.714285, 2)).toBe(164285.71);
    expect(roundTo(0.123456, 4)).toBe(0.1235);
    expect(Object.is(roundTo(-1e-12, 2), 0)).toBe(true);
  });
  it("writes the §4 shape with formatted dates and months", () => {
    const j = planToJson(planOf(sampleInput));
    expect(Object.keys(j).sort()).toEqual(["diagnostics", "hires", "months", "recruiting", "roles", "schemaVersion", "settings", "totals"]);
    expect(j.settings).toEqual({
      planStart: "2027-01",
      horizonMonths: 12,
      asOf: "2026-10-01",
      availability: 1,
      confidenceMode: "full",
      reqsPerRecruiter: 12,
      currency: "USD",
    });
    expect(j.months[0]).toBe("2027-01");
    expect(j.recruiting.months[0]).toBe("2026-10");
    const h = j.hires[0];
    expect(h && Object.keys(h)).toEqual([
      "id",
      "role",
      "reason",
      "initiative",
      "needBy",
      "start",
      "offerAccepted",
      "reqOpen",
      "pipelineStart",
      "status",
      "slackDays",
      "daysLate",
      "stage",
      "forecastPipelineStart",
      "forecastReqOpen",
      "forecastOfferAccepted",
      "forecastStart",
      "expectedProductive",
      "delayDays",
    ]);
    expect(h?.needBy).toMatch(/^\d{4}-\d{2}-01$/);
    expect(Object.keys(j.totals.hiresByRole)).toEqual(j.roles.map((r) => r.role));
    expect(Object.keys(j.totals.costByQuarter)).toEqual(["2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4"]);
    for (const r of j.roles) for (const c of r.cost) expect(Math.round(c * 100) / 100).toBe(c);
    expect(j.schemaVersion).toBe(2);
    expect(j.totals.hiresByStage).toEqual({ planned: j.hires.length, sourcing: 0, "req open": 0, "offer accepted": 0, started: 0 });
    // Quarters are sums of the rounded role-months, and the total their sum (docs/spec.md §4).
    const quarters = Object.values(j.totals.costByQuarter);
    expect(Math.round(quarters.reduce((a, b) => a + b, 0) * 100) / 100).toBe(j.totals.cost);
  });
});
