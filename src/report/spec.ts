/**
 * The workbook spec: plain data describing every sheet Headstart writes. `src/report` makes it;
 * `src/xlsx` (ExcelJS) and `src/excel` (Office.js) apply it, so every layout decision is made once.
 *
 * Coordinates: every range is an A1 address on its own sheet (`B2:M7`, `A1`). A sheet's `cells`
 * block always starts at A1 and is rectangular (every row the same length).
 */

/**
 * One cell.
 * - `null`: empty.
 * - `number`, `boolean`: that value (dates are Excel serial numbers with a date number format).
 * - `string`: literal text, ALWAYS text, never a formula, whatever it starts with (user text such
 *   as `=HYPERLINK(...)` or `+1` must stay text in every writer).
 * - `{ formula }`: a formula written by Headstart itself (`=SUM(B2:B9)`), with the value the engine
 *   computed for it as `result` (a cached result for the .xlsx writer and the value tests compare).
 */
export type SpecCell = null | number | boolean | string | FormulaCell;

export interface FormulaCell {
  readonly formula: string;
  readonly result?: number | string | boolean;
}

export function isFormula(c: SpecCell): c is FormulaCell {
  return typeof c === "object" && c !== null;
}

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** `#RRGGBB` */
  readonly fontColor?: string;
  readonly fill?: string;
  readonly horizontalAlignment?: "left" | "center" | "right";
  readonly wrapText?: boolean;
  /** A thin bottom border in this colour. */
  readonly borderBottom?: string;
  readonly fontSize?: number;
}

export interface StyledRange {
  readonly range: string;
  readonly style: CellStyle;
}

export interface NumberFormatRange {
  readonly range: string;
  /** Excel number format code: `yyyy-mm-dd`, `mmm yyyy`, `#,##0.00`, `@`, ... */
  readonly format: string;
}

export interface TableSpec {
  /** Workbook-unique, a valid Excel table name. */
  readonly name: string;
  /** Header row included. */
  readonly range: string;
  readonly style?: string;
}

/**
 * A conditional format driven by a formula, written relative to the range's top-left cell, as
 * Excel's "Use a formula to determine which cells to format" (e.g. `=AND(E$3>=$B4,E$3<$C4)`).
 * Rules apply in order; `stopIfTrue` is implied so the first matching rule wins.
 */
export interface ConditionalFormatSpec {
  readonly range: string;
  readonly rules: readonly { readonly formula: string; readonly style: CellStyle }[];
}

export interface DataValidationSpec {
  readonly range: string;
  /** A dropdown of these literal values. */
  readonly list: readonly string[];
  /**
   * Optional (absent = false): the list is a suggestion and other values are accepted (Excel's
   * "Warning" or "Information" error style rather than "Stop"). Roadmap Size offers S/M/L/XL but
   * also takes a number.
   */
  readonly allowOther?: boolean;
}

/**
 * What Excel says when a typed value is not in a dropdown's list, the same in every writer. A Stop
 * alert refuses the value; Information keeps it. Excel's default, with no alert set, is Stop: a
 * writer that sets none refuses what `allowOther` accepts.
 */
export function dropdownAlert(v: DataValidationSpec): { readonly keeps: boolean; readonly title: string; readonly message: string } {
  return v.allowOther
    ? { keeps: true, title: "Not in the list", message: "This value is not one of the suggestions; it is kept." }
    : { keeps: false, title: "Not in the list", message: "Pick a value from the dropdown." };
}

/** An internal link: clicking `cell` goes to `target` (`'Roadmap'!D7`). */
export interface LinkSpec {
  readonly cell: string;
  readonly target: string;
}

/** Office.js writes charts; ExcelJS cannot, and the .xlsx writer skips them. */
export interface ChartSpec {
  readonly title: string;
  readonly type: "columnStacked" | "line" | "columnClustered";
  /** Header row + series in rows or columns, as Excel's `seriesBy`. */
  readonly dataRange: string;
  readonly seriesBy: "rows" | "columns";
  /** Where the chart sits: top-left cell of the anchor. */
  readonly anchor: string;
  readonly width: number;
  readonly height: number;
}

/**
 * One line of a printed page's header or footer, in three parts, each in Excel's header codes:
 * `&P` the page number, `&N` the number of pages, `&A` the sheet's name, `&&` a literal `&`.
 */
export interface HeaderFooterSpec {
  readonly left?: string;
  readonly center?: string;
  readonly right?: string;
}

/** How a sheet prints (Excel's Page Setup). */
export interface PrintSpec {
  readonly orientation: "portrait" | "landscape";
  /** Scaled to fit this many pages wide and tall; `tall: 0` is as many pages as the rows need. */
  readonly fit: { readonly wide: number; readonly tall: number };
  /** The printed range (`A1:K40`), charts included. */
  readonly area: string;
  /** Rows printed at the top of every page (1-based, inclusive); absent for none. */
  readonly titleRows?: { readonly first: number; readonly last: number };
  readonly header: HeaderFooterSpec;
  readonly footer: HeaderFooterSpec;
}

export interface SheetSpec {
  /** 1..31 characters, none of `\ / ? * : [ ]`. */
  readonly name: string;
  /** `output` sheets are generated and owned by Headstart; `input` sheets are the template. */
  readonly role: "output" | "input";
  readonly cells: readonly (readonly SpecCell[])[];
  /** Column widths in Excel character units, from column A. */
  readonly columnWidths: readonly number[];
  readonly numberFormats: readonly NumberFormatRange[];
  readonly styles: readonly StyledRange[];
  readonly tables: readonly TableSpec[];
  readonly conditionalFormats: readonly ConditionalFormatSpec[];
  readonly validations: readonly DataValidationSpec[];
  readonly links: readonly LinkSpec[];
  readonly charts: readonly ChartSpec[];
  readonly freeze: { readonly rows: number; readonly columns: number };
  readonly tabColor?: string;
  /** Kept out of sight (Excel's "very hidden", which only code can show): data for Headstart itself. */
  readonly hidden?: boolean;
  /** Absent: the host's default page setup (every sheet Headstart writes has one). */
  readonly print?: PrintSpec;
}

export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  /**
   * The cell (on an output sheet) that tells whether the written plan is complete. A live writer
   * first writes `incomplete` there and the completion text only in its last sync, so a run that
   * fails midway never looks complete.
   */
  readonly status: { readonly sheet: string; readonly cell: string; readonly incomplete: string; readonly complete: string };
}
