import { describe, expect, it } from "vitest";
import data from "../../src/report/data/scorecards.json";
import { scorecardsSheet, scorecardWeights } from "../../src/report/scorecards";
import { isFormula } from "../../src/report/spec";
import { samplePlan } from "./fixtures";
import { rowWith } from "./query";

describe("Scorecards", () => {
  const plan = samplePlan();
  const sheet = scorecardsSheet(plan);

  it("weights the four competencies per role, each set summing to 100%", () => {
    expect(data.competencies.map((c) => c.name)).toEqual([
      "System design thinking",
      "Production deployment experience",
      "Infrastructure fluency",
      "Cross-functional communication",
    ]);
    for (const role of [...plan.roles.map((r) => r.name), "Some new role"]) {
      const w = scorecardWeights(role);
      expect(data.competencies.reduce((a, c) => a + (w[c.key] ?? 0), 0)).toBeCloseTo(1, 9);
    }
    expect(scorecardWeights("ai infrastructure engineer").infrastructureFluency).toBeGreaterThan(
      scorecardWeights("AI Engineer").infrastructureFluency ?? 1,
    );
  });

  it("sets the 14-day speed target against each role's time to fill", () => {
    const first = rowWith(sheet, "Role") + 1;
    plan.roles.forEach((role, i) => {
      const row = sheet.cells[first - 1 + i];
      expect(row?.slice(0, 3)).toEqual([role.name, role.timeToFillDays, 14]);
      const left = row?.[3] ?? null;
      expect(isFormula(left) && left.result).toBe(role.timeToFillDays - 14);
    });
  });

  it("gives every role a scorecard whose weighted score is a formula over the scores", () => {
    for (const role of plan.roles) {
      const title = rowWith(sheet, `Scorecard: ${role.name}`);
      const total = sheet.cells[title + 5]?.[4] ?? null;
      expect(sheet.cells[title + 5]?.[0]).toBe("Weighted score");
      expect(isFormula(total) && total.formula).toContain("SUMPRODUCT");
    }
  });
});
