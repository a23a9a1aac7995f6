import { describe, expect, it } from "vitest";
import type { Diagnostic, Role } from "../../../src/plan/types";
import { readRoles } from "../../../src/plan/input/roles";
import { readTeam } from "../../../src/plan/input/team";
import { defaultRoles } from "../../../src/plan/defaults";
import { grid } from "../support/fixtures";

const rolesResult = readRoles(defaultRoles, []);
const roles: readonly Role[] = rolesResult.ok ? rolesResult.value.roles : [];

describe("readTeam", () => {
  it("reads headcount and attrition (fraction, percentage or blank)", () => {
    const out: Diagnostic[] = [];
    const t = readTeam(
      grid("Team", [
        ["Role", "Current headcount", "Annual attrition"],
        ["ml engineer", "4", "15%"],
        ["AI Engineer", 2, 0.12],
        ["Data Scientist", "3", ""],
      ]),
      roles,
      out,
    );
    expect(out).toEqual([]);
    expect(t.ok && t.value).toEqual([
      { role: "ML Engineer", headcount: 4, annualAttrition: 0.15, interviewHoursPerMonth: null },
      { role: "AI Engineer", headcount: 2, annualAttrition: 0.12, interviewHoursPerMonth: null },
      { role: "Data Scientist", headcount: 3, annualAttrition: 0, interviewHoursPerMonth: null },
    ]);
  });
  it("reads Interview hours per month (spec §7.1): a bad cell is an error there, the row stays without a limit", () => {
    const out: Diagnostic[] = [];
    const t = readTeam(
      grid("Team", [
        ["Role", "Current headcount", "Annual attrition", "Interview hours per month"],
        ["ML Engineer", "4", "15%", "1,200"],
        ["AI Engineer", 2, 0.12, 0],
        ["Data Scientist", "3", "", "lots"],
        ["LLM / GenAI Specialist", "1", "", "-5"],
        ["MLOps / ML Platform Engineer", "1", "", "50%"],
        ["AI Infrastructure Engineer", "x", "", "12"],
        ["AI Engineer", "1", "", "bad"],
      ]),
      roles,
      out,
    );
    expect(out.map((d) => `${d.severity} ${d.cell}`)).toEqual(["error D4", "error D5", "error D6", "error B7", "error A8"]);
    expect((t.ok ? t.value : []).map((m) => [m.role, m.interviewHoursPerMonth])).toEqual([
      ["ML Engineer", 1200],
      ["AI Engineer", 0],
      ["Data Scientist", null],
      ["LLM / GenAI Specialist", null],
      ["MLOps / ML Platform Engineer", null],
    ]);
  });
  it("reports bad headcount and attrition (row left out), unknown and repeated roles", () => {
    const out: Diagnostic[] = [];
    const t = readTeam(
      grid("Team", [
        ["Role", "Current headcount", "Annual attrition"],
        ["ML Engineer", "2.5", "10%"],
        ["AI Engineer", "2", "150%"],
        ["Prompt Whisperer", "1", "0"],
        ["Data Scientist", "1", "0"],
        ["data scientist", "1", "0"],
        ["", "1", "0"],
        ["AI Infrastructure Engineer", "-1", "x"],
      ]),
      roles,
      out,
    );
    expect(out.map((d) => `${d.severity} ${d.cell}`)).toEqual([
      "error B2",
      "error C3",
      "warning A4",
      "error A6",
      "error A7",
      "error B8",
      "error C8",
    ]);
    expect(t.ok && t.value.map((m) => m.role)).toEqual(["Data Scientist"]);
  });
});
