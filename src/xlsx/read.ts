/**
 * An .xlsx input workbook → raw grids for the engine. Each input is found as an Excel table named
 * Roadmap, Workstreams, Roles, Team or Settings (anywhere), else as the sheet of that name (its
 * only table, or its used range); names match case-insensitively. Grids keep their real position
 * so diagnostics name the cells the user sees. No Node APIs: the task pane uses this too.
 *
 * Workbooks come from more than Excel. openpyxl points sheets at their table parts with absolute
 * paths (`/xl/tables/table1.xml`), which ExcelJS 4.4 cannot resolve (ExcelJS issue #1468: "Cannot
 * read properties of undefined (reading 'name')"): such a workbook is loaded again with those paths
 * made relative. LibreOffice does not grow a table over rows typed right under it (Excel does):
 * rows and columns that continue a table are read with it, with a warning (src/plan/input/extent.ts).
 * A Google Sheets download has no <dimension> (nor, in the files found, a table part), which ExcelJS
 * reads as it is. Apple Numbers writes each of its tables as a worksheet named "<sheet> - <table>"
 * (after an Export Summary sheet), the table's name in row 1 above the header: a sheet so named is
 * read when none bears the input's own name, and a one-value title row above a header is left out.
 * The test fixtures (test/fixtures/xlsx/make-app-exports.py) say which sources show those files.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { date, toExcelSerial } from "../plan/calendar";
import { GRID_KEYS, TABLE_NAMES, type Cell, type Diagnostic, type Grid, type InputGrids, type TableName } from "../plan/types";
import { tableExtent, type Around } from "../plan/input/extent";
import { cellAddress, parseAddress, type Rect } from "../report/a1";
import { isBlank } from "../plan/cells";
import { PLAN_DATA_SHEET, storedPlanJson } from "../report/planData";
import { SHEET } from "../report/sheets";
import { readPreviousPlan, type PreviousReading } from "../plan/changes";

/** ExcelJS loads tables but leaves their model out of its type declarations. */
interface LoadedTable {
  readonly table?: { readonly name?: string; readonly tableRef?: string; readonly totalsRow?: boolean };
}

/** The workbook in `data`; rejects with a one-line message when it is no readable .xlsx. */
async function loadWorkbook(data: Uint8Array): Promise<ExcelJS.Workbook> {
  try {
    return await loaded(data);
  } catch (err) {
    const repaired = await withRelativeSheetTargets(data).catch(() => null);
    if (repaired) {
      const workbook = await loaded(repaired).catch(() => null);
      if (workbook) return workbook;
    }
    const reason = (err instanceof Error ? err.message : String(err)).split("\n")[0]?.trim();
    throw new Error(`not a readable .xlsx workbook${reason ? ` (${reason})` : ""}`);
  }
}

async function loaded(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  return workbook;
}

const ABSOLUTE_XL_TARGET = /Target="\/xl\//g;

/** `data` with the worksheets' absolute part targets made relative, or null when it has none. */
async function withRelativeSheetTargets(data: Uint8Array): Promise<Uint8Array | null> {
  const zip = await JSZip.loadAsync(data);
  let changed = false;
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/_rels\/[^/]+\.rels$/.test(n))) {
    const text = await (zip.file(name) as JSZip.JSZipObject).async("string");
    // A worksheet's rels sit in xl/worksheets/_rels, so /xl/tables/x.xml is ../tables/x.xml from the sheet.
    const fixed = text.replace(ABSOLUTE_XL_TARGET, 'Target="../');
    if (fixed !== text) {
      zip.file(name, fixed);
      changed = true;
    }
  }
  return changed ? zip.generateAsync({ type: "uint8array" }) : null;
}

/**
 * The plan a plan workbook Headstart wrote was made with (docs/spec.md §6.4): its stored JSON result; a
 * Headstart workbook from before that was stored (it has a Hiring Plan sheet but no data sheet) is
 * `old`. Rejects when `data` is no readable .xlsx.
 */
export async function readStoredPlan(data: Uint8Array): Promise<PreviousReading> {
  const workbook = await loadWorkbook(data);
  const sheet = workbook.worksheets.find((ws) => ws.name === PLAN_DATA_SHEET);
  if (!sheet) {
    return workbook.worksheets.some((ws) => ws.name === SHEET.hiringPlan)
      ? { kind: "old" }
      : { kind: "foreign", why: "it is not a plan workbook Headstart wrote (it has no Hiring Plan sheet)" };
  }
  const cells: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, r) => void (cells[r - 1] = [cellValue(row.getCell(1))]));
  const text = storedPlanJson(cells);
  if (text === null) return { kind: "foreign", why: `its ${PLAN_DATA_SHEET} sheet was not written by Headstart` };
  try {
    return readPreviousPlan(JSON.parse(text));
  } catch {
    return { kind: "foreign", why: `the plan stored on its ${PLAN_DATA_SHEET} sheet is damaged` };
  }
}

/** Resolves to the input grids found; rejects with a one-line message when `data` is no readable .xlsx. */
export async function readXlsxInput(data: Uint8Array): Promise<InputGrids> {
  return (await readXlsxInputs(data)).grids;
}

/** The input grids and the warnings about how they were found (cells read beyond a table's range). */
export async function readXlsxInputs(data: Uint8Array): Promise<{ readonly grids: InputGrids; readonly warnings: readonly Diagnostic[] }> {
  const workbook = await loadWorkbook(data);
  const grids: Partial<Record<keyof InputGrids, Grid>> = {};
  const warnings: Diagnostic[] = [];
  for (const name of TABLE_NAMES) {
    const found = findInput(workbook, name);
    if (!found) continue;
    const extent = found.table
      ? tableExtent(name, found.box, found.table.totalsRow, around(found.sheet))
      : { box: found.box, warnings: [] };
    warnings.push(...found.warnings, ...extent.warnings);
    grids[GRID_KEYS[name]] = readGrid(found.sheet, extent.box, name);
  }
  return { grids, warnings };
}

/** The sheet's cells as the shared growing rule (src/plan/input/extent.ts) looks at them. */
function around(sheet: ExcelJS.Worksheet): Around {
  return {
    cell: (r, c) => {
      const cell = sheet.findCell(r, c);
      return cell ? cellValue(cell) : null;
    },
    lastRow: sheet.rowCount,
    lastColumn: sheet.columnCount,
  };
}

const same = (a: string | undefined, b: string): boolean => a !== undefined && a.trim().toLowerCase() === b.toLowerCase();

/**
 * The table's range, header and totals rows included. Every input table has a header row (ExcelJS
 * cannot tell a missing headerRowCount, Excel's default of 1, from 0).
 */
function tableRange(t: LoadedTable): Rect | undefined {
  const ref = t.table?.tableRef;
  return ref ? parseAddress(ref) : undefined;
}

function tablesOf(sheet: ExcelJS.Worksheet): LoadedTable[] {
  return sheet.getTables() as unknown as LoadedTable[];
}

/** Where an input is, and why it was read from there when more than one sheet could be it. */
interface Found {
  readonly sheet: ExcelJS.Worksheet;
  readonly box: Rect;
  /** When the box is an Excel table's range (which may have a totals row, and rows that continue it). */
  readonly table?: { readonly totalsRow: boolean };
  readonly warnings: readonly Diagnostic[];
}

function findInput(workbook: ExcelJS.Workbook, name: TableName): Found | undefined {
  const found = (sheet: ExcelJS.Worksheet, t: LoadedTable | undefined): Found | undefined => {
    const box = t && tableRange(t);
    return box && { sheet, box, table: { totalsRow: t.table?.totalsRow === true }, warnings: [] };
  };
  for (const sheet of workbook.worksheets) {
    const table = found(
      sheet,
      tablesOf(sheet).find((t) => same(t.table?.name, name)),
    );
    if (table) return table;
  }
  const named = workbook.worksheets.find((ws) => same(ws.name, name));
  const [sheet, ...others] = named ? [named] : exportedTableSheets(workbook, name);
  if (!sheet) return undefined;
  const tables = tablesOf(sheet);
  const only = found(sheet, tables.length === 1 ? tables[0] : undefined);
  const used = only ? undefined : usedRange(sheet);
  const box = only?.box ?? (used && belowTitle(sheet, used));
  if (!box) return undefined;
  const warnings: Diagnostic[] = others.map((other) => ({
    severity: "warning",
    sheet: name,
    cell: cellAddress(box.top, box.left),
    message: `the ${name} was read from sheet "${sheet.name}", not from sheet "${other.name}" (both are named as Numbers names an exported ${name}): rename the sheet to read to ${name}`,
  }));
  return { ...(only ?? { sheet, box }), warnings };
}

/**
 * Sheets Apple Numbers exported for input `name`: Numbers writes each of its tables as a worksheet
 * named "<Numbers sheet> - <Numbers table>", so a Roadmap is "Sheet 1 - Roadmap" (the table named
 * Roadmap) or "Roadmap - Table 1" (the sheet named Roadmap); sheets named after a table come first.
 */
function exportedTableSheets(workbook: ExcelJS.Workbook, name: TableName): ExcelJS.Worksheet[] {
  const key = name.toLowerCase();
  const names = workbook.worksheets.map((ws) => ({
    ws,
    parts: ws.name
      .toLowerCase()
      .split(" - ")
      .map((p) => p.trim()),
  }));
  const byTable = names.filter((n) => n.parts.length > 1 && n.parts[n.parts.length - 1] === key);
  const bySheet = names.filter((n) => n.parts.length > 1 && n.parts[0] === key && !byTable.includes(n));
  return [...byTable, ...bySheet].map((n) => n.ws);
}

/**
 * `box` without a title above its header: a first row with one value (Numbers writes a table's name
 * there, merged across it) over a row with several. Diagnostics still name the sheet's own cells.
 */
function belowTitle(sheet: ExcelJS.Worksheet, box: Rect): Rect {
  const filled = (r: number): number => {
    let n = 0;
    for (let c = box.left; c <= box.right; c++) {
      const cell = sheet.findCell(r, c);
      if (cell && !isBlank(cellValue(cell))) n++;
    }
    return n;
  };
  return box.bottom > box.top && filled(box.top) === 1 && filled(box.top + 1) > 1 ? { ...box, top: box.top + 1 } : box;
}

/** The smallest box holding every cell with a value (formatting alone does not count). */
function usedRange(sheet: ExcelJS.Worksheet): Rect | undefined {
  let box: Rect | undefined;
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = cellValue(cell);
      if (v === null || v === "") return;
      box = box
        ? { top: Math.min(box.top, r), left: Math.min(box.left, c), bottom: Math.max(box.bottom, r), right: Math.max(box.right, c) }
        : { top: r, left: c, bottom: r, right: c };
    });
  });
  return box;
}

function readGrid(sheet: ExcelJS.Worksheet, box: Rect, name: TableName): Grid {
  const rows: Cell[][] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    const row: Cell[] = [];
    for (let c = box.left; c <= box.right; c++) {
      const cell = sheet.findCell(r, c);
      row.push(cell ? cellValue(cell) : null);
    }
    rows.push(row);
  }
  return { sheet: name, location: sheet.name, originRow: box.top, originCol: box.left, rows };
}

function cellValue(cell: ExcelJS.Cell): Cell {
  // Only a merged area's top-left cell holds its value; ExcelJS repeats it in the others.
  if (cell.isMerged && cell.master !== cell) return null;
  return plain(cell.value);
}

/** An ExcelJS value as the engine's raw cell: dates as serial numbers, rich text and links as their text, formulas as their results. */
function plain(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  // ExcelJS builds dates as UTC midnight (plus any time of day) of the workbook's calendar day.
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : toExcelSerial(date(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()));
  }
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return plain(value.text as ExcelJS.CellValue);
  if ("formula" in value || "sharedFormula" in value) return plain(value.result as ExcelJS.CellValue | undefined);
  if ("error" in value) return value.error;
  return null;
}
