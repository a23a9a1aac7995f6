import { describe, expect, it } from "vitest";
import { excelStyle } from "../../src/xlsx/style";

describe("excelStyle", () => {
  it("maps a cell style to ExcelJS fonts, fills, alignment and borders with a full font", () => {
    expect(
      excelStyle({
        bold: true,
        fontColor: "#1f6feb",
        fill: "#F5F5F5",
        horizontalAlignment: "center",
        wrapText: true,
        borderBottom: "#333333",
        fontSize: 14,
      }),
    ).toEqual({
      font: { name: "Calibri", size: 14, family: 2, bold: true, color: { argb: "FF1F6FEB" } },
      fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFF5F5F5" } },
      alignment: { horizontal: "center", wrapText: true },
      border: { bottom: { style: "thin", color: { argb: "FF333333" } } },
    });
  });

  it("sets nothing for an empty style", () => {
    expect(excelStyle({})).toEqual({});
  });

  it("makes a conditional format's fill readable where Excel looks (bgColor), with no base font", () => {
    expect(excelStyle({ fill: "#FF0000", italic: true }, true)).toEqual({
      font: { italic: true },
      fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" }, bgColor: { argb: "FFFF0000" } },
    });
  });
});
