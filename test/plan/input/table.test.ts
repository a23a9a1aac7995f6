import { describe, expect, it } from "vitest";
import { cellOf, fatalReason, readTable } from "../../../src/plan/input/table";
import { grid } from "../support/fixtures";

const specs = {
  name: { label: "Initiative", required: true },
  ttf: { label: "Time to fill (days)", required: true },
  notes: { label: "Notes", required: false },
} as const;

describe("readTable", () => {
  it("matches headers loosely, ignores unknown columns and skips blank rows", () => {
    const read = readTable(
      grid("Roadmap", [
        ["extra", " time-to-FILL ", "INITIATIVE"],
        ["x", "30", "A"],
        ["", " ", null],
        ["y", "40", "B"],
      ]),
      specs,
    );
    if (!read.ok) throw new Error(read.error.message);
    const table = read.value;
    expect(table.columns).toEqual({ name: 2, ttf: 1 });
    expect(table.rows.map((r) => r.index)).toEqual([1, 3]);
    expect(table.rows.map((r) => cellOf(table, r, "name"))).toEqual(["A", "B"]);
    expect(table.rows.map((r) => cellOf(table, r, "notes"))).toEqual([undefined, undefined]);
  });
  it("finds the header below leading blank rows", () => {
    const read = readTable(grid("Roadmap", [[], ["Initiative", "Time to fill"], ["A", "1"]]), specs);
    expect(read.ok && read.value.headerIndex).toBe(1);
  });
  it("makes a missing required column fatal, at the header row", () => {
    const read = readTable(
      grid(
        "Roles",
        [
          ["Initiative", "Notes"],
          ["A", ""],
        ],
        4,
        2,
      ),
      specs,
    );
    if (read.ok) throw new Error("expected fatal");
    expect(read.error).toMatchObject({ severity: "error", sheet: "Roles", cell: "B4" });
    expect(fatalReason(read.error)).toMatch(/^Roles!B4: .*"Time to fill \(days\)"/);
  });
  it("makes an empty table fatal", () => {
    const read = readTable(grid("Team", []), specs);
    expect(!read.ok && read.error.cell).toBe("A1");
  });
});
