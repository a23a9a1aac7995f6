import { describe, expect, it } from "vitest";
import { absoluteRange, cellAddress, columnLetters, rangeAddress, sheetPrefix } from "../../src/report/a1";

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
