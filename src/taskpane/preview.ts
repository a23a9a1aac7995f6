import { formatDate, formatMonth, fromExcelSerial, monthOfDate } from "../plan/calendar";
import { parseAddress, type Rect } from "../report/a1";
import { isFormula, type SheetSpec, type SpecCell } from "../report/spec";

/** A number format's range, or null when it is not one the preview can place. */
function parseRange(range: string): Rect | null {
  try {
    return parseAddress(range);
  } catch {
    return null;
  }
}

/** Shows a value the way its Excel number format would, for the formats the report uses. */
export function formatValue(value: number | string | boolean | null | undefined, format: string | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "number") return String(value);
  const f = (format ?? "").toLowerCase();
  if (/[dy]/.test(f.replace(/"[^"]*"/g, ""))) {
    const d = fromExcelSerial(value);
    return /d/.test(f) ? formatDate(d) : formatMonth(monthOfDate(d));
  }
  const decimals = /\.(0+)/.exec(f)?.[1]?.length ?? (f ? 0 : undefined);
  if (f.includes("%")) return `${(value * 100).toFixed(decimals ?? 0)}%`;
  return value.toLocaleString("en-US", {
    useGrouping: f.includes(","),
    minimumFractionDigits: decimals ?? 0,
    maximumFractionDigits: decimals ?? 10,
  });
}

/** What a cell shows: its value, or a formula's computed result (the formula itself when none was computed). */
export function display(cell: SpecCell): number | string | boolean | null | undefined {
  return isFormula(cell) ? (cell.result ?? cell.formula) : cell;
}

/** The sheet as the text of each cell, as Excel would show it, for the demo's HTML preview. */
export function sheetText(sheet: SheetSpec): string[][] {
  // Reversed so the first match is the last format applied, the one a writer leaves in place.
  const formats = sheet.numberFormats
    .map((nf) => ({ box: parseRange(nf.range), format: nf.format }))
    .filter((x): x is { box: NonNullable<typeof x.box>; format: string } => x.box !== null)
    .reverse();
  return sheet.cells.map((row, ri) =>
    row.map((cell, ci) => {
      const r = ri + 1;
      const c = ci + 1;
      const format = formats.find((x) => r >= x.box.top && r <= x.box.bottom && c >= x.box.left && c <= x.box.right)?.format;
      return formatValue(display(cell), format);
    }),
  );
}

export interface PreviewCell {
  readonly text: string;
  readonly numeric: boolean;
  /** Columns this cell covers: text runs on over empty neighbours to its right, as in Excel. */
  readonly span: number;
}

/** The sheet's rows as the preview lays them out. */
export function previewRows(sheet: SheetSpec): PreviewCell[][] {
  return sheetText(sheet).map((row, ri) => {
    const out: PreviewCell[] = [];
    for (let ci = 0; ci < row.length; ci++) {
      const text = row[ci] ?? "";
      const numeric = typeof display(sheet.cells[ri]?.[ci] ?? null) === "number";
      let span = 1;
      if (text !== "" && !numeric) while (ci + span < row.length && row[ci + span] === "") span++;
      out.push({ text, numeric, span });
      ci += span - 1;
    }
    return out;
  });
}

/** Excel's column width (characters of the default font) in CSS pixels, as Excel converts it. */
export function columnPixels(width: number | undefined): number {
  return Math.round((width ?? 8.43) * 7 + 5);
}
