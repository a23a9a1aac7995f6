import { describe, expect, it } from "vitest";
import { fitCellText, MAX_CELL_CHARS } from "../../src/report/cell-text";
import { cellText, escapeOoxmlText } from "../../src/xlsx/text";

/** How Excel and ExcelJS read a stored string back: `_xHHHH_` is the character HHHH. */
const unescape = (s: string): string => s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

describe("fitCellText", () => {
  it("leaves text up to the limit alone", () => {
    const exact = "y".repeat(MAX_CELL_CHARS);
    expect(fitCellText(exact)).toBe(exact);
  });

  it("cuts longer text to the limit, ending with a marker that says how long it was", () => {
    const cut = fitCellText("y".repeat(MAX_CELL_CHARS + 1));
    expect(cut).toHaveLength(MAX_CELL_CHARS);
    expect(cut).toMatch(/ …\[truncated: 32768 characters, over Excel's 32767-character cell limit\]$/);
  });

  it("never splits a surrogate pair", () => {
    const emoji = "😀".repeat(MAX_CELL_CHARS);
    const cut = fitCellText(emoji);
    expect(cut.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe("escapeOoxmlText", () => {
  it("spells characters XML cannot carry as _xHHHH_, and escapes a literal _xHHHH_", () => {
    expect(escapeOoxmlText("a\rb\u0007c")).toBe("a_x000D_b_x0007_c");
    expect(escapeOoxmlText("keep _x000D_ literally")).toBe("keep _x005F_x000D_ literally");
    expect(escapeOoxmlText("tab\tand\nnewline stay")).toBe("tab\tand\nnewline stay");
  });

  it("reads back as the original text", () => {
    for (const text of ["\r=1+1", "_x0041_ and _X0041_", "__x0041__", "bell\u0007", "plain"])
      expect(unescape(escapeOoxmlText(text))).toBe(text);
  });

  it("cellText cuts first, then escapes", () => {
    expect(unescape(cellText(`\r${"z".repeat(MAX_CELL_CHARS)}`))).toHaveLength(MAX_CELL_CHARS);
  });
});
