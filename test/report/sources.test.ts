import { describe, expect, it } from "vitest";
import { defaultRoles } from "../../src/plan/defaults";
import type { Grid } from "../../src/plan/types";
import { inputSources } from "../../src/report/sources";

describe("input sources of the cost assumptions", () => {
  it("points at whole columns of the tables where they sit, by the headers the engine reads", () => {
    // A user's tables: Roles at C3 of their own sheet, with a unit after the cost header; Team with the short headers.
    const roles: Grid = {
      sheet: "Roles",
      originRow: 3,
      originCol: 3,
      location: "Plan '27",
      rows: [
        ["Role", "Loaded annual cost (EUR)"],
        ["ML Engineer", 1],
      ],
    };
    const team: Grid = {
      sheet: "Team",
      originRow: 1,
      originCol: 1,
      rows: [
        ["Role", "Headcount", "Attrition"],
        ["ML Engineer", 2, 0.1],
      ],
    };
    expect(inputSources({ roles, team })).toEqual({
      roles: { role: "'Plan ''27'!$C:$C", loadedAnnualCost: "'Plan ''27'!$D:$D" },
      team: { role: "'Team'!$A:$A", headcount: "'Team'!$B:$B", attrition: "'Team'!$C:$C" },
    });
  });

  it("has no source for a table the workbook lacks, or one the engine could not read", () => {
    expect(inputSources(undefined)).toEqual({ roles: null, team: null });
    const noCost: Grid = { ...defaultRoles, rows: [["Role"], ["ML Engineer"]] };
    expect(inputSources({ roles: noCost }).roles).toBeNull();
    // Team's attrition is optional: without the column there is nothing to link to.
    const team: Grid = {
      sheet: "Team",
      originRow: 1,
      originCol: 1,
      rows: [
        ["Role", "Current headcount"],
        ["ML Engineer", 2],
      ],
    };
    expect(inputSources({ team }).team).toEqual({ role: "'Team'!$A:$A", headcount: "'Team'!$B:$B", attrition: null });
  });
});
