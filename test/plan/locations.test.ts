import { describe, expect, it } from "vitest";
import { diagnosticSheet, inputSheets } from "../../src/plan/locations";
import type { Diagnostic } from "../../src/plan/types";
import { grid } from "./support/fixtures";

const at = (sheet: Diagnostic["sheet"]): Diagnostic => ({ severity: "error", sheet, cell: "D7", message: "" });

describe("inputSheets", () => {
  it("maps each table to the worksheet its grid was read from, leaving out grids that do not know", () => {
    const grids = {
      roadmap: { ...grid("Roadmap", [["Initiative"]]), location: "Plan 2027" },
      roles: { ...grid("Roles", [["Role"]]), location: "Roles (Headstart)" },
      team: grid("Team", [["Role"]]),
    };
    expect(inputSheets(grids)).toEqual({ Roadmap: "Plan 2027", Roles: "Roles (Headstart)" });
    expect(inputSheets({})).toEqual({});
  });
});

describe("diagnosticSheet", () => {
  it("is the table's worksheet when known, else the sheet named like the table", () => {
    const sheets = { Roadmap: "Roadmap (Headstart)" };
    expect(diagnosticSheet(at("Roadmap"), sheets)).toBe("Roadmap (Headstart)");
    expect(diagnosticSheet(at("Team"), sheets)).toBe("Team");
    expect(diagnosticSheet(at("Roadmap"), {})).toBe("Roadmap");
  });
});
