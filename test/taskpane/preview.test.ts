import { describe, expect, it } from "vitest";
import { date, toExcelSerial } from "../../src/plan/calendar";
import { finishSheet, newSheet, numberFormat, putRow } from "../../src/report/draft";
import { columnPixels, formatValue, previewRows, sheetText } from "../../src/taskpane/preview";

describe("formatValue", () => {
  const serial = toExcelSerial(date(2027, 3, 15));
  it("shows dates and months from serials as the report's formats ask", () => {
    expect(formatValue(serial, "yyyy-mm-dd")).toBe("2027-03-15");
    expect(formatValue(serial, "mmm yyyy")).toBe("2027-03");
  });
  it("shows money, counts and percentages", () => {
    expect(formatValue(1234567.891, "#,##0")).toBe("1,234,568");
    expect(formatValue(1234.5, "#,##0.00")).toBe("1,234.50");
    expect(formatValue(0.125, "0.0%")).toBe("12.5%");
    expect(formatValue(0.5, undefined)).toBe("0.5");
  });
  it("keeps text as text, formulas included", () => {
    expect(formatValue('=HYPERLINK("x")', "@")).toBe('=HYPERLINK("x")');
    expect(formatValue(null, "#,##0")).toBe("");
    expect(formatValue(true, undefined)).toBe("true");
  });
});

describe("sheetText", () => {
  it("applies the last number format that covers a cell, shows formula results, and a formula with none as itself", () => {
    const d = newSheet("S");
    putRow(d, 1, 1, ["Date", "Cost"]);
    putRow(d, 2, 1, [toExcelSerial(date(2027, 1, 31)), { formula: "=1000*2", result: 2000 }, { formula: "=SUM(B2:B2)" }]);
    numberFormat(d, "A2:B2", "0.00");
    numberFormat(d, "A2", "yyyy-mm-dd");
    expect(sheetText(finishSheet(d))).toEqual([
      ["Date", "Cost", ""],
      ["2027-01-31", "2000.00", "=SUM(B2:B2)"],
    ]);
  });
});

describe("previewRows", () => {
  it("lets text run over empty cells to its right, never numbers nor onto a filled cell", () => {
    const d = newSheet("S");
    putRow(d, 1, 1, ["A long title", null, null, null]);
    putRow(d, 2, 1, ["Label", null, 42, null]);
    putRow(d, 3, 1, [7, null, "x", "y"]);
    const rows = previewRows(finishSheet(d));
    expect(rows.map((r) => r.map((c) => [c.text, c.span]))).toEqual([
      [["A long title", 4]],
      [
        ["Label", 2],
        ["42", 1],
        ["", 1],
      ],
      [
        ["7", 1],
        ["", 1],
        ["x", 1],
        ["y", 1],
      ],
    ]);
    expect(rows.every((r) => r.reduce((n, c) => n + c.span, 0) === 4)).toBe(true);
    expect(rows[1]?.[1]?.numeric).toBe(true);
  });
  it("sizes columns as Excel does, the default width when none is given", () => {
    expect(columnPixels(10)).toBe(75);
    expect(columnPixels(undefined)).toBe(64);
  });
});
