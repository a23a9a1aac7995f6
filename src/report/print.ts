/**
 * How each sheet prints, decided once for both writers: one page wide (as many tall as it takes),
 * landscape when the sheet is wider than a portrait page holds, its header rows repeated on every
 * page, a print area over its cells and charts, and a header and footer that say what the paper is.
 */
import { formatMonth, formatDate } from "../plan/calendar";
import type { Plan } from "../plan/types";
import { parseAddress, rangeAddress } from "./a1";
import type { HeaderFooterSpec, PrintSpec, SheetSpec, WorkbookSpec } from "./spec";

/** Excel's width of a column nobody sized, in characters. */
const DEFAULT_COLUMN_WIDTH = 8.43;
/** Excel's default row height (Calibri 11), in points. */
const DEFAULT_ROW_POINTS = 15;
/**
 * Columns (in characters) a portrait page holds at about full size: a Letter or A4 page less
 * Excel's default margins is 7.1 inches, some 100 characters of Calibri 11. Wider sheets print
 * landscape, so fitting them to one page wide shrinks them less.
 */
const PORTRAIT_MAX_CHARACTERS = 100;

export const PRINT_TITLE = "Headstart hiring plan";

/**
 * A column `characters` wide in points: Excel's width unit is one `0` of the default font
 * (Calibri 11: 7 px) plus 5 px of padding, and a point is 4/3 px.
 */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** What every printed page says: the product, the sheet (`&A`), the plan's window and As of; page numbers below. */
export function pageText(plan: Plan | null): { readonly header: HeaderFooterSpec; readonly footer: HeaderFooterSpec } {
  const window = plan === null ? "Input tables" : planWindow(plan);
  return {
    // Our own text only: no user text (which could hold `&`, a code here) goes into a header.
    header: { left: PRINT_TITLE, center: "&A", right: window },
    footer: { center: "Page &P of &N" },
  };
}

function planWindow(plan: Plan): string {
  const first = plan.months[0];
  const last = plan.months[plan.months.length - 1];
  const months = first === undefined || last === undefined ? "" : `Plan ${formatMonth(first)} to ${formatMonth(last)}, `;
  return `${months}As of ${formatDate(plan.settings.asOf)}`;
}

const columnWidth = (sheet: SheetSpec, col: number): number => sheet.columnWidths[col - 1] ?? DEFAULT_COLUMN_WIDTH;

/**
 * The last row and column a chart covers, from its anchor cell and size: columns at their widths,
 * rows at the default height.
 */
function chartExtent(sheet: SheetSpec, chart: SheetSpec["charts"][number]): { row: number; col: number } {
  const anchor = parseAddress(chart.anchor);
  let col = anchor.left;
  for (let covered = widthInPoints(columnWidth(sheet, col)); covered < chart.width;) covered += widthInPoints(columnWidth(sheet, ++col));
  return { row: anchor.top + Math.ceil(chart.height / DEFAULT_ROW_POINTS) - 1, col };
}

/** The print setup of one sheet: everything it shows, fitted one page wide. */
export function printSetup(sheet: SheetSpec, text: ReturnType<typeof pageText>): PrintSpec {
  let rows = Math.max(1, sheet.cells.length);
  let cols = Math.max(1, sheet.cells[0]?.length ?? 0, sheet.columnWidths.length);
  for (const chart of sheet.charts) {
    const end = chartExtent(sheet, chart);
    rows = Math.max(rows, end.row);
    cols = Math.max(cols, end.col);
  }
  let characters = 0;
  for (let c = 1; c <= cols; c++) characters += columnWidth(sheet, c);
  // The rows frozen on screen are the ones a reader needs on every page: table headers.
  const titles = Math.min(sheet.freeze.rows, rows);
  return {
    orientation: characters > PORTRAIT_MAX_CHARACTERS ? "landscape" : "portrait",
    fit: { wide: 1, tall: 0 },
    area: rangeAddress(1, 1, rows, cols),
    ...(titles > 0 && { titleRows: { first: 1, last: titles } }),
    header: text.header,
    footer: text.footer,
  };
}

/** Every sheet of `spec` with its print setup; `plan` null for the input template. */
export function withPrintSetup(spec: WorkbookSpec, plan: Plan | null): WorkbookSpec {
  const text = pageText(plan);
  // A very hidden sheet is never printed.
  return { ...spec, sheets: spec.sheets.map((sheet) => (sheet.hidden === true ? sheet : { ...sheet, print: printSetup(sheet, text) })) };
}
