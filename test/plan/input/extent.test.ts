import { describe, expect, it } from "vitest";
import { tableExtent, type Around } from "../../../src/plan/input/extent";
import type { Cell } from "../../../src/plan/types";

/** A sheet whose rows start at `top`, column A first; cells not given are empty. */
function sheet(rows: readonly (readonly Cell[])[], top = 1): Around {
  return {
    cell: (r, c) => rows[r - top]?.[c - 1] ?? null,
    lastRow: top + rows.length - 1,
    lastColumn: Math.max(...rows.map((r) => r.length)),
  };
}

// A Roadmap table at A1:B3 (header and two rows).
const TABLE = { top: 1, left: 1, bottom: 3, right: 2 };
const HEAD = ["Initiative", "Workstream"];

describe("tableExtent", () => {
  it("keeps a table with nothing next to it as it is, with no warning", () => {
    expect(tableExtent("Roadmap", TABLE, false, sheet([HEAD, ["A", "x"], ["B", "y"]]))).toEqual({ box: TABLE, warnings: [] });
  });

  it("grows over the non-empty rows right under the table, one warning naming them", () => {
    const around = sheet([HEAD, ["A", "x"], ["B", "y"], ["C", "z"], [null, "only its second cell"]]);
    expect(tableExtent("Roadmap", TABLE, false, around)).toEqual({
      box: { ...TABLE, bottom: 5 },
      warnings: [
        {
          severity: "warning",
          sheet: "Roadmap",
          cell: "A4",
          message: "2 rows under the Roadmap table (A4:B5) were read as part of it: extend the table over them",
        },
      ],
    });
  });

  it("grows over the headed columns right beside the table; a cell under a blank header does not count", () => {
    const around = sheet([
      [...HEAD, "Size", null, "a note"],
      ["A", "x", "M", null, null],
      ["B", "y", "L", "stray", null],
    ]);
    const { box, warnings } = tableExtent("Team", TABLE, false, around);
    expect(box).toEqual({ ...TABLE, right: 3 });
    expect(warnings.map((w) => [w.sheet, w.cell, w.message])).toEqual([
      ["Team", "C1", "1 column beside the Team table (C1:C3) was read as part of it: extend the table over it"],
    ]);
  });

  it("grows both ways at once: the rows under span the columns beside, each growth warned about", () => {
    const around = sheet([
      [...HEAD, "Size"],
      ["A", "x", "M"],
      ["B", "y", "L"],
      ["C", "z", "S"],
    ]);
    const { box, warnings } = tableExtent("Roadmap", TABLE, false, around);
    expect(box).toEqual({ top: 1, left: 1, bottom: 4, right: 3 });
    expect(warnings.map((w) => `${w.cell} ${w.message}`)).toEqual([
      "A4 1 row under the Roadmap table (A4:C4) was read as part of it: extend the table over it",
      "C1 1 column beside the Roadmap table (C1:C4) was read as part of it: extend the table over it",
    ]);
  });

  it("stops at the first blank row (blank text counts as blank), and looks only in the table's columns", () => {
    const around = sheet([HEAD, ["A", "x"], ["B", "y"], ["   ", null, "beside the table's columns"], ["a note after a blank row"]]);
    expect(tableExtent("Roadmap", TABLE, false, around)).toEqual({ box: TABLE, warnings: [] });
  });

  it("never reads a totals row as input, and does not grow a table that has one", () => {
    const around = sheet([HEAD, ["A", 2], ["Total", 2], ["typed under the sums", 1]]);
    const withTotals = { ...TABLE, bottom: 3 };
    expect(tableExtent("Roles", withTotals, true, around)).toEqual({ box: { ...TABLE, bottom: 2 }, warnings: [] });
    // A header row alone keeps its one row.
    expect(tableExtent("Roles", { ...TABLE, bottom: 1 }, true, around).box).toEqual({ ...TABLE, bottom: 1 });
  });

  it("names the cells where the table really sits, and does not look past what was read", () => {
    const around: Around = { cell: (r, c) => (r === 7 && c === 3 ? "a row typed under" : null), lastRow: 6, lastColumn: 4 };
    expect(tableExtent("Roadmap", { top: 5, left: 3, bottom: 6, right: 4 }, false, around).warnings).toEqual([]);
    const wider = { ...around, lastRow: 7 };
    expect(tableExtent("Roadmap", { top: 5, left: 3, bottom: 6, right: 4 }, false, wider).warnings.map((w) => w.cell)).toEqual(["C7"]);
  });
});
