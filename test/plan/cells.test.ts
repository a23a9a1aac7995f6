import { describe, expect, it } from "vitest";
import { cellAddress, cellText, columnLetters, gridRows, isBlank, quote } from "../../src/plan/cells";
import { grid } from "./support/fixtures";

describe("cells", () => {
  it("trims text of every kind of white space and reads any cell type", () => {
    expect(cellText("  a\t\r\n")).toBe("a");
    expect(cellText(1.5)).toBe("1.5");
    expect(cellText(Number.NaN)).toBe("");
    expect(cellText(true)).toBe("TRUE");
    expect(cellText(null)).toBe("");
    expect(cellText(undefined)).toBe("");
    expect(isBlank(" \u00a0")).toBe(true);
  });
  it("names columns like Excel", () => {
    expect(columnLetters(1)).toBe("A");
    expect(columnLetters(26)).toBe("Z");
    expect(columnLetters(27)).toBe("AA");
    expect(columnLetters(702)).toBe("ZZ");
    expect(columnLetters(703)).toBe("AAA");
  });
  it("addresses cells from the grid's origin", () => {
    expect(cellAddress(grid("Roadmap", []), 3, 3)).toBe("D4");
    expect(cellAddress(grid("Roadmap", [], 5, 3), 0, 0)).toBe("C5");
    expect(cellAddress(grid("Roadmap", [], 5, 3), 2, 1)).toBe("D7");
  });
  it("quotes values shortly on one line", () => {
    expect(quote("a\nb")).toBe('"a b"');
    expect(quote("x".repeat(100)).length).toBeLessThan(45);
  });
  it("reads a row that is not an array as empty", () => {
    expect(gridRows({ sheet: "Roadmap", originRow: 1, originCol: 1, rows: [null, ["a"]] as never })).toEqual([[], ["a"]]);
  });
});
