import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellAddress, columnLetters, columnNumber, parseCell, parseRange, rangeAddress } from "../../src/xlsx/address";

describe("A1 addresses", () => {
  it("numbers columns as Excel does", () => {
    expect([1, 26, 27, 52, 702, 703, 16384].map(columnLetters)).toEqual(["A", "Z", "AA", "AZ", "ZZ", "AAA", "XFD"]);
    fc.assert(fc.property(fc.integer({ min: 1, max: 16384 }), (col) => columnNumber(columnLetters(col)) === col));
  });

  it("parses cells and ranges, absolute or not, corners in any order", () => {
    expect(parseCell("$C$3")).toEqual({ row: 3, col: 3 });
    expect(parseRange("D7")).toEqual({ top: 7, left: 4, bottom: 7, right: 4 });
    expect(parseRange("M7:B2")).toEqual({ top: 2, left: 2, bottom: 7, right: 13 });
    expect(rangeAddress(parseRange("b2:m7"))).toBe("B2:M7");
    expect(cellAddress(10, 28)).toBe("AB10");
  });

  it("rejects what is not an A1 address", () => {
    for (const bad of ["", "A", "1", "A1:B2:C3", "Sheet!A1", "A:A", "R1C1"]) expect(() => parseRange(bad)).toThrow(/A1/);
  });
});
