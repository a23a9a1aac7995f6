import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  absoluteRange,
  cellAddress,
  columnLetters,
  columnNumber,
  columnsAddress,
  overlaps,
  parseAddress,
  quoteSheet,
  rangeAddress,
  rectAddress,
  sheetPrefix,
} from "../../src/report/a1";

describe("A1 addressing", () => {
  it("names columns past Z", () => {
    expect([1, 26, 27, 52, 53, 702, 703, 16384].map(columnLetters)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"]);
  });

  it("writes cells, ranges and absolute ranges", () => {
    expect(cellAddress(7, 4)).toBe("D7");
    expect(rangeAddress(2, 1, 22, 17)).toBe("A2:Q22");
    expect(absoluteRange(2, 2, 22, 2)).toBe("$B$2:$B$22");
  });

  it("quotes every sheet name, doubling its apostrophes", () => {
    expect(sheetPrefix("Hiring Plan")).toBe("'Hiring Plan'!");
    expect(sheetPrefix("Bob's plan")).toBe("'Bob''s plan'!");
  });
});

describe("A1 parsing", () => {
  it("numbers columns back and forth as Excel does", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 16384 }), (col) => columnNumber(columnLetters(col)) === col));
  });

  it("parses cells, ranges, whole columns and rows, with or without a sheet", () => {
    expect(parseAddress("B2:M7")).toEqual({ sheet: null, top: 2, left: 2, bottom: 7, right: 13 });
    expect(parseAddress("$C$5")).toEqual({ sheet: null, top: 5, left: 3, bottom: 5, right: 3 });
    expect(parseAddress("Roadmap!A1:I20")).toMatchObject({ sheet: "Roadmap", top: 1, right: 9, bottom: 20 });
    expect(parseAddress("'Hiring Plan (Headstart)'!D4")).toMatchObject({ sheet: "Hiring Plan (Headstart)", top: 4, left: 4 });
    expect(parseAddress("'Bob''s'!A1").sheet).toBe("Bob's");
    expect(parseAddress("B:D")).toEqual({ sheet: null, top: 1, left: 2, bottom: 1_048_576, right: 4 });
    expect(parseAddress("3:4")).toEqual({ sheet: null, top: 3, left: 1, bottom: 4, right: 16_384 });
    expect(parseAddress("D7:B2")).toMatchObject({ top: 2, left: 2, bottom: 7, right: 4 });
  });

  it("rejects what is not an address", () => {
    for (const bad of ["", "A", "A1:B", "1A", "A1:B2:C3", "XFE1", "A1048577"]) expect(() => parseAddress(bad), bad).toThrow();
  });

  it("round-trips columns and rectangles", () => {
    for (const n of [1, 26, 27, 52, 702, 703, 16_384])
      expect(columnNumber(rectAddress({ top: 1, left: n, bottom: 1, right: n }).replace(/\d+$/, ""))).toBe(n);
    expect(rectAddress({ top: 2, left: 1, bottom: 2, right: 1 })).toBe("A2");
    expect(rectAddress({ top: 2, left: 1, bottom: 9, right: 28 })).toBe("A2:AB9");
    expect(columnsAddress(2, 4)).toBe("B:D");
  });

  it("quotes sheet names only where Excel needs it", () => {
    expect(quoteSheet("Summary")).toBe("Summary");
    expect(quoteSheet("Hiring Plan")).toBe("'Hiring Plan'");
    expect(quoteSheet("AB12")).toBe("'AB12'");
    expect(quoteSheet("Bob's")).toBe("'Bob''s'");
  });

  it("finds overlapping rectangles", () => {
    const a = { top: 1, left: 1, bottom: 3, right: 2 };
    expect(overlaps(a, { top: 3, left: 2, bottom: 5, right: 5 })).toBe(true);
    expect(overlaps(a, { top: 4, left: 1, bottom: 5, right: 2 })).toBe(false);
  });
});
