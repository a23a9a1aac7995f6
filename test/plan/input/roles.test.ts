import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../src/plan/types";
import { readRoles } from "../../../src/plan/input/roles";
import { defaultRoles } from "../../../src/plan/defaults";
import { grid } from "../support/fixtures";

const HEADER = defaultRoles.rows[0] as string[];

describe("readRoles", () => {
  it("reads the default roles in order with their sheet rows", () => {
    const r = readRoles(defaultRoles, []);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.roles.map((x) => x.name)).toEqual([
      "ML Engineer",
      "MLOps / ML Platform Engineer",
      "LLM / GenAI Specialist",
      "AI Engineer",
      "AI Infrastructure Engineer",
      "Data Scientist",
    ]);
    expect(r.value.roles[0]).toMatchObject({
      sourcingLeadDays: 30,
      timeToFillDays: 60,
      noticeDays: 21,
      rampUpDays: 90,
      loadedAnnualCost: 300000,
      candidatesPerHire: 10,
      interviewHoursPerCandidate: 10,
      sheetRow: 2,
    });
  });
  it("leaves out a row with a missing or negative number, a duplicate role or no name, with the cell", () => {
    const out: Diagnostic[] = [];
    const g = grid("Roles", [
      HEADER,
      ["A", "30", "60", "21", "90", "300,000", "10", "10"],
      ["B", "30", "", "21", "90", "300000", "10", "10"],
      ["C", "30", "60", "21", "-5", "300000", "10", "10"],
      ["a", "30", "60", "21", "90", "300000", "10", "10"],
      ["", "30", "60", "21", "90", "300000", "10", "10"],
      ["D", "30.5", "60", "21", "90", "300000", "ten", "10"],
    ]);
    const r = readRoles(g, out);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.roles.map((x) => x.name)).toEqual(["A"]);
    expect(r.value.roles[0]?.loadedAnnualCost).toBe(300000);
    expect(out.map((d) => `${d.severity} ${d.cell}`)).toEqual(["error C3", "error E4", "error A5", "error A6", "error B7", "error G7"]);
    expect([...r.value.leftOut].sort()).toEqual(["b", "c", "d"]);
  });
  it("makes a missing column fatal", () => {
    const r = readRoles(grid("Roles", [HEADER.slice(0, 5), ["A", "1", "1", "1", "1"]]), []);
    expect(!r.ok && r.error.message).toMatch(/Loaded annual cost/);
  });
});

describe("readRoles: role codes (docs/spec.md §6.1)", () => {
  const WITH_CODE = [...HEADER.filter((h) => h !== "Code"), "Code"];
  const figures = ["30", "60", "21", "90", "300000", "10", "10"];
  it("reads the default codes, and falls back to the name's initials", () => {
    const r = readRoles(defaultRoles, []);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.roles.map((x) => x.code)).toEqual(["MLE", "MLOPS", "LLM", "AIE", "AIINFRA", "DS"]);
    const noCodes = readRoles(grid("Roles", [WITH_CODE.slice(0, -1), ["Research Scientist", ...figures]]), []);
    expect(noCodes.ok && noCodes.value.roles[0]?.code).toBe("RS");
  });
  it("warns when two roles share a code, at the later row's Code cell or its Role cell", () => {
    const out: Diagnostic[] = [];
    readRoles(
      grid("Roles", [
        WITH_CODE,
        ["ML Engineer", ...figures, "mle"],
        ["ML Expert", ...figures, "MLE"],
        ["Research Scientist", ...figures, "RS"],
        ["Risk Scorer", ...figures, ""],
      ]),
      out,
    );
    expect(out.map((d) => `${d.severity} ${d.cell}`)).toEqual(["warning I3", "warning A5"]);
  });
});
