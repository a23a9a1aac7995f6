/**
 * An .xlsx input workbook → raw grids for the engine. Each input is found as an Excel table named
 * Roadmap, Workstreams, Roles, Team or Settings (anywhere), else as the sheet of that name (its
 * only table, or its used range); names match case-insensitively. Grids keep their real position
 * so diagnostics name the cells the user sees. No Node APIs: the task pane uses this too.
 */
import ExcelJS from "exceljs";
import { date, toExcelSerial } from "../plan/calendar";
import { GRID_KEYS, TABLE_NAMES, type Cell, type Grid, type InputGrids, type TableName } from "../plan/types";
import { parseAddress, type Rect } from "../report/a1";
import { PLAN_DATA_SHEET, storedPlanJson } from "../report/planData";
import { SHEET } from "../report/sheets";
import { readPreviousPlan, type PreviousReading } from "../plan/changes";


/** ExcelJS loads tables but leaves their model out of its type declarations. */
interface LoadedTable {
  readonly table?: { readonly name?: string; readonly tableRef?: string; readonly totalsRow?: boolean };
}

/** The workbook in `data`; rejects with a one-line message when it is no readable .xlsx. */
async function loadWorkbook(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (err) {
    const reason = (err instanceof Error ? err.message : String(err)).split("\n")[0]?.trim();
    throw new Error(`not a readable .xlsx workbook${reason ? ` (${reason})` : ""}`);
  }
  return workbook;
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
  const workbook = await loadWorkbook(data);
  const grids: Partial<Record<keyof InputGrids, Grid>> = {};
  for (const name of TABLE_NAMES) {
    const found = findInput(workbook, name);
    if (found) grids[GRID_KEYS[name]] = readGrid(found.sheet, found.box, name);
  }
  return grids;
}

const same = (a: string | undefined, b: string): boolean => a !== undefined && a.trim().toLowerCase() === b.toLowerCase();

function tableBox(t: LoadedTable): Rect | undefined {
  const ref = t.table?.tableRef;
  if (!ref) return undefined;
  const box = parseAddress(ref);
  // A totals row holds sums, not input. Every input table has a header row (ExcelJS cannot tell
  // a missing headerRowCount, Excel's default of 1, from 0).
  return t.table?.totalsRow && box.bottom > box.top ? { ...box, bottom: box.bottom - 1 } : box;
}

function tablesOf(sheet: ExcelJS.Worksheet): LoadedTable[] {
  return sheet.getTables() as unknown as LoadedTable[];
}

function findInput(workbook: ExcelJS.Workbook, name: TableName): { sheet: ExcelJS.Worksheet; box: Rect } | undefined {
  for (const sheet of workbook.worksheets) {
    const table = tablesOf(sheet).find((t) => same(t.table?.name, name));
    const box = table && tableBox(table);
    if (box) return { sheet, box };
  }
  const sheet = workbook.worksheets.find((ws) => same(ws.name, name));
  if (!sheet) return undefined;
  const tables = tablesOf(sheet);
  const only = tables.length === 1 && tables[0] ? tableBox(tables[0]) : undefined;
  const box = only ?? usedRange(sheet);
  return box && { sheet, box };
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
