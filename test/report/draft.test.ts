import { describe, expect, it } from "vitest";
import { finishSheet, newSheet, put, putRow } from "../../src/report/draft";

describe("sheet drafts", () => {
  it("pads ragged rows into the rectangle the spec promises", () => {
    const s = newSheet("Test");
    put(s, 3, 2, "x");
    putRow(s, 1, 1, [1, 2, 3]);
    s.columnWidths = [10, 10, 10, 10];
    const sheet = finishSheet(s);
    expect(sheet.cells).toEqual([
      [1, 2, 3, null],
      [null, null, null, null],
      [null, "x", null, null],
    ]);
    expect(sheet.tabColor).toBeUndefined();
  });

  it("gives an empty sheet one empty cell", () => {
    expect(finishSheet(newSheet("Empty")).cells).toEqual([[null]]);
  });
});
