import { describe, expect, it } from "vitest";
import { besideName, candidateNames, placeSheets, renameSheetRefs, tableClashes } from "../../src/excel/placement";

describe("placeSheets", () => {
  it("creates missing sheets and rewrites Headstart's own", () => {
    const placed = placeSheets(["Summary", "Cost"], [{ name: "summary", owned: true, tables: [] }]);
    expect(placed).toEqual([
      { spec: "Summary", target: "summary", mode: "rewrite", beside: false },
      { spec: "Cost", target: "Cost", mode: "create", beside: false },
    ]);
  });

  it("writes beside a user's sheet, and rewrites an earlier '(Headstart)' sheet", () => {
    const user = { name: "Hiring Plan", owned: false, tables: [] };
    expect(placeSheets(["Hiring Plan"], [user])).toEqual([
      { spec: "Hiring Plan", target: "Hiring Plan (Headstart)", mode: "create", beside: true },
    ]);
    expect(placeSheets(["Hiring Plan"], [user, { name: "Hiring Plan (Headstart)", owned: true, tables: [] }])[0]).toMatchObject({
      mode: "rewrite",
      beside: true,
    });
  });

  it("refuses when both names are the user's", () => {
    expect(() =>
      placeSheets(
        ["Cost"],
        [
          { name: "Cost", owned: false, tables: [] },
          { name: "Cost (Headstart)", owned: false, tables: [] },
        ],
      ),
    ).toThrow(/never overwrites/);
  });

  it("keeps beside names within 31 characters", () => {
    expect(besideName("A sheet name of thirty-one char")).toBe("A sheet name of thi (Headstart)");
    expect(besideName("Recruiting Load and such things")).toBe("Recruiting Load and (Headstart)");
    expect(besideName("x".repeat(31))).toHaveLength(31);
    expect(besideName("Summary")).toBe("Summary (Headstart)");
    expect(candidateNames(["Summary", "Cost"])).toEqual(["Summary", "Summary (Headstart)", "Cost", "Cost (Headstart)"]);
  });
});

describe("tableClashes", () => {
  it("finds names held by tables that stay, ignoring those on sheets being rewritten", () => {
    const rewritten = [{ name: "Hiring Plan", owned: true, tables: ["HiringPlan"] }];
    expect(tableClashes(["HiringPlan", "Diagnostics"], ["hiringplan", "DIAGNOSTICS", "Other"], rewritten)).toEqual(["Diagnostics"]);
    expect(tableClashes(["A", "a"], [], [])).toEqual(["a"]);
  });
});

describe("renameSheetRefs", () => {
  const renames = new Map([
    ["Hiring Plan", "Hiring Plan (Headstart)"],
    ["Cost", "Cost (Headstart)"],
  ]);
  it("points quoted and bare references at the sheet written", () => {
    expect(renameSheetRefs("=SUM('Hiring Plan'!B2:B9)+Cost!A1", renames)).toBe(
      "=SUM('Hiring Plan (Headstart)'!B2:B9)+'Cost (Headstart)'!A1",
    );
    expect(renameSheetRefs("'hiring plan'!A1", renames)).toBe("'Hiring Plan (Headstart)'!A1");
  });

  it("leaves other sheets, longer names and string literals alone", () => {
    expect(renameSheetRefs('=MyCost!A1&"Cost!A1"&TotalCost!B2', renames)).toBe('=MyCost!A1&"Cost!A1"&TotalCost!B2');
    expect(renameSheetRefs("=Summary!A1", renames)).toBe("=Summary!A1");
  });
});
