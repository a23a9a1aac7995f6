import type ExcelJS from "exceljs";
import type { CellStyle } from "../report/spec";

const argb = (hex: string): { argb: string } => ({ argb: `FF${hex.replace(/^#/, "").toUpperCase()}` });

// A font element without a name or size makes Excel fall back to odd defaults.
const BASE_FONT: Partial<ExcelJS.Font> = { name: "Calibri", size: 11, family: 2 };

/**
 * The ExcelJS style of `style`. `conditional` makes the differential style of a conditional
 * format: no base font, and a solid fill's colour also as `bgColor`, which is where Excel reads it
 * in a conditional format.
 */
export function excelStyle(style: CellStyle, conditional = false): Partial<ExcelJS.Style> {
  const out: { -readonly [K in keyof ExcelJS.Style]?: ExcelJS.Style[K] } = {};
  if (style.bold !== undefined || style.italic !== undefined || style.fontColor !== undefined || style.fontSize !== undefined) {
    out.font = {
      ...(conditional ? {} : BASE_FONT),
      ...(style.bold !== undefined && { bold: style.bold }),
      ...(style.italic !== undefined && { italic: style.italic }),
      ...(style.fontColor !== undefined && { color: argb(style.fontColor) }),
      ...(style.fontSize !== undefined && { size: style.fontSize }),
    };
  }
  if (style.fill !== undefined) {
    out.fill = { type: "pattern", pattern: "solid", fgColor: argb(style.fill), ...(conditional && { bgColor: argb(style.fill) }) };
  }
  if (style.horizontalAlignment !== undefined || style.wrapText !== undefined) {
    out.alignment = {
      ...(style.horizontalAlignment !== undefined && { horizontal: style.horizontalAlignment }),
      ...(style.wrapText !== undefined && { wrapText: style.wrapText }),
    };
  }
  if (style.borderBottom !== undefined) out.border = { bottom: { style: "thin", color: argb(style.borderBottom) } };
  return out;
}
