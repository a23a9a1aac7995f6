import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/plan/types";
import { diagnosticsSheet, diagnosticTarget } from "../../src/report/diagnostics";

const diagnostics: Diagnostic[] = [
  { severity: "error", sheet: "Roadmap", cell: "D7", message: "End 2027-01 is before Start 2027-03" },
  { severity: "warning", sheet: "Workstreams", cell: "H4", message: "=Data Scientist on production work" },
];

describe("Diagnostics", () => {
  it("lists every diagnostic with a link to its input cell", () => {
    const sheet = diagnosticsSheet(diagnostics, {});
    expect(sheet.cells[1]).toEqual(["error", "Roadmap", "D7", "End 2027-01 is before Start 2027-03", "Roadmap!D7"]);
    expect(sheet.cells[2]?.[3]).toBe("=Data Scientist on production work");
    expect(sheet.links).toEqual([
      { cell: "E2", target: "'Roadmap'!D7" },
      { cell: "E3", target: "'Workstreams'!H4" },
    ]);
    expect(sheet.tables[0]?.range).toBe("A1:E3");
  });

  it("says there is nothing to fix when there are no diagnostics", () => {
    const sheet = diagnosticsSheet([], {});
    expect(sheet.cells[1]?.[3]).toBe("No problems found in the input.");
    expect(sheet.links).toEqual([]);
    expect(diagnosticTarget({ severity: "error", sheet: "Team", cell: "B2", message: "" }, {})).toBe("'Team'!B2");
  });

  it("links to the worksheet that holds a table when it is not named like the table", () => {
    const sheet = diagnosticsSheet(diagnostics, { Roadmap: "Plan 2027", Roles: "Roles (Headstart)" });
    expect(sheet.cells[1]).toEqual(["error", "Roadmap (on 'Plan 2027')", "D7", "End 2027-01 is before Start 2027-03", "'Plan 2027'!D7"]);
    expect(sheet.cells[2]?.slice(0, 2)).toEqual(["warning", "Workstreams"]);
    expect(sheet.links).toEqual([
      { cell: "E2", target: "'Plan 2027'!D7" },
      { cell: "E3", target: "'Workstreams'!H4" },
    ]);
    const widths = sheet.columnWidths ?? [];
    expect(widths[1]).toBeGreaterThanOrEqual("Roadmap (on 'Plan 2027')".length);
    expect(diagnosticTarget({ severity: "error", sheet: "Roles", cell: "C3", message: "" }, { Roles: "It's roles" })).toBe(
      "'It''s roles'!C3",
    );
  });
});
