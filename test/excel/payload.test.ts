import { describe, expect, it } from "vitest";
import { jsonBytes, packRequests, rowBlocks, toOfficeCell, utf8Bytes, widthInPoints } from "../../src/excel/payload";
import { INJECTION_CORPUS } from "../fake-excel/specs";

describe("toOfficeCell", () => {
  it("prefixes every text cell with the apostrophe, whatever it starts with", () => {
    for (const text of INJECTION_CORPUS) expect(toOfficeCell(text)).toBe(`'${text}`);
  });

  it("writes Headstart's formulas as formulas, and empties, numbers and booleans as themselves", () => {
    expect(toOfficeCell({ formula: "=SUM(A1:A3)", result: 3 })).toBe("=SUM(A1:A3)");
    expect(toOfficeCell({ formula: "SUM(A1:A3)" })).toBe("=SUM(A1:A3)");
    expect([toOfficeCell(null), toOfficeCell(""), toOfficeCell(4.5), toOfficeCell(false)]).toEqual(["", "", 4.5, false]);
    expect(() => toOfficeCell(Number.NaN)).toThrow();
  });
});

describe("request sizes", () => {
  it("counts UTF-8 bytes", () => {
    expect(utf8Bytes("aé€😀")).toBe(1 + 2 + 3 + 4);
    expect(jsonBytes([["é"]])).toBe(8);
  });

  it("cuts rows into consecutive blocks under the budget", () => {
    const matrix = Array.from({ length: 100 }, (_, i) => [`row ${i}`, i]);
    const blocks = rowBlocks(matrix, 200);
    expect(blocks[0]?.start).toBe(0);
    expect(blocks.at(-1)?.end).toBe(100);
    for (const [i, b] of blocks.entries()) {
      expect(b.bytes).toBeLessThanOrEqual(200);
      expect(b.bytes).toBeGreaterThanOrEqual(jsonBytes(matrix.slice(b.start, b.end)));
      if (i > 0) expect(b.start).toBe(blocks[i - 1]?.end);
    }
    expect(rowBlocks(matrix, 1e6)).toHaveLength(1);
    expect(() => rowBlocks([["x".repeat(300)]], 200)).toThrow(/row 1/);
  });

  it("packs units in order into as few requests as fit", () => {
    const units = [5, 5, 5, 8, 1, 9, 2].map((bytes, i) => ({ bytes, i }));
    const packed = packRequests(units, 10);
    expect(packed.map((r) => r.map((u) => u.i))).toEqual([[0, 1], [2], [3, 4], [5], [6]]);
  });

  it("converts character widths to points as Excel does for Calibri 11", () => {
    expect(widthInPoints(8.43)).toBeCloseTo(48, 0);
    expect(widthInPoints(10)).toBeCloseTo(56.25, 2);
  });
});
