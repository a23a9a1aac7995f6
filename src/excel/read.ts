/**
 * Reads the input tables of the open workbook into the engine's raw grids, with their real
 * origins so diagnostics name the user's cells; and reads a user's own roadmap (a table or the
 * selection) for the header mapping of src/plan/roadmap-mapping.ts.
 */
import { GRID_KEYS, TABLE_NAMES, type Cell, type Diagnostic, type Grid, type InputGrids, type TableName } from "../plan/types";
import { tableExtent } from "../plan/input/extent";
import { MAX_COLUMNS, MAX_ROWS, cellAddress, parseAddress, rectAddress, type SheetRect } from "../report/a1";
import { HeadstartExcelError, officeErrorCode } from "./host";
import { PLAN_DATA_SHEET, storedPlanJson } from "../report/planData";
import type { HeaderMapping, SourceBlock } from "../plan/roadmap-mapping";
import { proposeImport, type ImportOptions } from "../io/imports/roadmap";

/** InputGrids' keys are the table names in lower case. */

function toCell(v: unknown): Cell {
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : null;
}

function toRows(values: readonly (readonly unknown[])[]): Cell[][] {
  return values.map((r) => r.map(toCell));
}

/**
 * A range's cells. Excel answers `values` with null for entire columns or rows and for very large
 * reads; every range read here is cut to used cells first, so null means too large to read.
 */
function block(range: Excel.Range, advice = "Select the roadmap's own rows and columns, then try again."): SourceBlock {
  const where = parseAddress(range.address);
  const values = range.values as readonly (readonly unknown[])[] | null;
  if (values === null)
    throw new HeadstartExcelError(`Excel did not return the cells of ${range.address}: the range is too large to read. ${advice}`);
  return { sheet: where.sheet ?? "", originRow: where.top, originCol: where.left, rows: toRows(values) };
}

/**
 * The workbook's table names (lower case), in one sync. Nothing is asked of a table before this
 * answers that it exists: the documentation promises a null object's `isNullObject`, not that `getRange()`
 * on one is allowed, and a host that refused would fail every first build.
 */
export async function existingTables(context: Excel.RequestContext): Promise<Set<string>> {
  return new Set((await listTables(context)).map((t) => t.toLowerCase()));
}

/** What a build reads from the live workbook: the input tables, and the plan the last build stored. */
export interface WorkbookInput {
  readonly grids: InputGrids;
  /** The JSON text on the very hidden data sheet (spec §6.4), or null when there is none. */
  readonly storedPlan: string | null;
  /** Rows and columns read with a table they continue (src/plan/input/extent.ts), for the plan's diagnostics. */
  readonly warnings: readonly Diagnostic[];
}

/** The last cell of every sheet, which any range's bounding rectangle with it reaches to. */
const LAST_CELL = cellAddress(MAX_ROWS, MAX_COLUMNS);

/**
 * The input tables, found by table name wherever they sit, and the previous plan's stored JSON: one
 * sync for which tables and sheets exist, one for all their cells. A missing table is absent from the
 * result: the engine falls back to its defaults (Roles, Workstreams) or to none (Team, Tracking),
 * and reports a missing Roadmap.
 *
 * Excel grows a table over a row typed under it only while autoexpansion is on, and a workbook made in
 * LibreOffice has tables that never grew. So each table's cells are read as the sheet's used cells
 * from its top-left corner down and right (its range's bounding rectangle with the sheet's last cell,
 * cut to the used range): the table's own and those that may continue it, in the same second sync, as
 * where the table ends is not known before it answers. Nothing left of or above a table is read.
 */
export async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookInput> {
  const tables = context.workbook.tables;
  const sheets = context.workbook.worksheets;
  tables.load("items/name");
  sheets.load("items/name");
  await context.sync();
  const exist = new Set(tables.items.map((t) => t.name.toLowerCase()));
  const reads = TABLE_NAMES.filter((name) => exist.has(name.toLowerCase())).map((name) => {
    const table = context.workbook.tables.getItem(name);
    table.load("showTotals");
    const range = table.getRange();
    range.load("address");
    // Getting the bounding rectangle with the sheet's last cell and the used range is ExcelApi 1.1, their intersection 1.4.
    const near = range.getBoundingRect(LAST_CELL).getIntersectionOrNullObject(range.worksheet.getUsedRange(true));
    near.load("address, values");
    return { name, table, range, near };
  });
  const stored = sheets.items.some((s) => s.name === PLAN_DATA_SHEET) ? sheets.getItem(PLAN_DATA_SHEET).getUsedRange(true) : null;
  stored?.load("values");
  if (reads.length > 0 || stored) await context.sync();

  const grids: Partial<Record<keyof InputGrids, Grid>> = {};
  const warnings: Diagnostic[] = [];
  for (const { name, table, range, near } of reads) {
    const cells = near.isNullObject
      ? null
      : block(near, `Make the ${name} table and the cells right of and under it smaller, then try again.`);
    const read = tableGrid(name, parseAddress(range.address), table.showTotals, cells);
    grids[GRID_KEYS[name]] = read.grid;
    warnings.push(...read.warnings);
  }
  return { grids, storedPlan: stored?.values ? storedPlanJson(toRows(stored.values)) : null, warnings };
}

/**
 * A table's grid from the used cells from its top-left corner on (`near`; null when there are none),
 * grown over the rows and columns that continue it. A cell outside `near` holds no value: Excel
 * answers "" for it.
 */
function tableGrid(
  name: TableName,
  where: SheetRect,
  showTotals: boolean,
  near: SourceBlock | null,
): { grid: Grid; warnings: readonly Diagnostic[] } {
  const cell = (r: number, c: number): Cell => (near ? (near.rows[r - near.originRow]?.[c - near.originCol] ?? "") : "");
  const around = {
    cell,
    lastRow: near ? near.originRow + near.rows.length - 1 : 0,
    lastColumn: near ? near.originCol + (near.rows[0]?.length ?? 0) - 1 : 0,
  };
  const { box, warnings } = tableExtent(name, where, showTotals, around);
  const rows = Array.from({ length: box.bottom - box.top + 1 }, (_, r) =>
    Array.from({ length: box.right - box.left + 1 }, (_, c) => cell(box.top + r, box.left + c)),
  );
  // The table may sit on any sheet ("Roadmap (Headstart)", a user's "Plan 2027"): links need it.
  const grid = { sheet: name, originRow: box.top, originCol: box.left, rows, ...(where.sheet ? { location: where.sheet } : {}) };
  return { grid, warnings };
}

export async function readInputTables(context: Excel.RequestContext): Promise<InputGrids> {
  return (await readWorkbook(context)).grids;
}

/** The workbook's table names, for the pane's "use my own table" choice. */
export async function listTables(context: Excel.RequestContext): Promise<string[]> {
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();
  return tables.items.map((t) => t.name);
}

export interface UserRoadmap {
  readonly block: SourceBlock;
  /** The proposed header mapping, for the pane to confirm or correct (then `applyMapping`). */
  readonly mapping: HeaderMapping;
  /** The tool the header looks exported from, and the workbook's date order if Excel says it. */
  readonly import: ImportOptions;
}

/**
 * The selection, cut to the sheet's used cells: a click on column headers selects A:I, whose
 * `values` Excel returns as null. Several areas (Ctrl+click) make `getSelectedRange` fail.
 */
async function readSelection(context: Excel.RequestContext): Promise<SourceBlock> {
  const selected = context.workbook.getSelectedRange();
  selected.load("address");
  const range = selected.getIntersectionOrNullObject(selected.worksheet.getUsedRange(true));
  range.load("address, values");
  try {
    await context.sync();
  } catch (e) {
    if (officeErrorCode(e) === "InvalidSelection") {
      throw new HeadstartExcelError(
        'The selection has several areas. Select your roadmap as one block of cells (header row first), then click "Use my roadmap" again.',
        { cause: e },
      );
    }
    throw e;
  }
  if (range.isNullObject)
    throw new HeadstartExcelError(
      `The selection ${selected.address} holds no values. Select your roadmap, header row first, then click "Use my roadmap" again.`,
    );
  return block(range);
}

/**
 * A user's roadmap from one of their tables, or from the current selection (header row first).
 * One selected cell stands for the block of filled cells around it, as Excel's own Format as Table
 * takes it, so a click anywhere in the roadmap is enough.
 */
export async function readUserRoadmap(
  context: Excel.RequestContext,
  source: { readonly table: string } | "selection",
  host: { readonly datetimeFormat?: boolean; readonly locale?: string } = {},
): Promise<UserRoadmap> {
  // Loaded with the first read's sync: the workbook's regional date format (ExcelApi 1.12).
  const format = host.datetimeFormat ? context.workbook.application.cultureInfo.datetimeFormat.load("shortDatePattern") : null;
  let b: SourceBlock;
  if (source === "selection") {
    const selected = await readSelection(context);
    b = selected.rows.length === 1 && selected.rows[0]?.length === 1 ? await regionAround(context, selected) : selected;
  } else {
    const range = context.workbook.tables.getItem(source.table).getRange();
    range.load("address, values");
    await context.sync();
    b = { ...block(range), table: source.table };
  }
  return { block: b, ...proposeImport(b.rows[0] ?? [], { datePattern: format?.shortDatePattern ?? null, locale: host.locale ?? null }) };
}

async function regionAround(context: Excel.RequestContext, cell: SourceBlock): Promise<SourceBlock> {
  const used = context.workbook.worksheets.getItem(cell.sheet).getUsedRange(true);
  used.load("address, values");
  await context.sync();
  return currentRegion(block(used), cell);
}

/**
 * The current region of one cell within the sheet's used cells: grown a row or column at a time
 * while any cell just outside it (corners included) is filled, as Excel's Ctrl+* does.
 */
export function currentRegion(sheet: SourceBlock, cell: SourceBlock): SourceBlock {
  const filled = (r: number, c: number): boolean => {
    const v = sheet.rows[r - sheet.originRow]?.[c - sheet.originCol];
    return v !== null && v !== undefined && v !== "";
  };
  let [top, left, bottom, right] = [cell.originRow, cell.originCol, cell.originRow, cell.originCol];
  const anyInRow = (r: number): boolean => Array.from({ length: right - left + 3 }, (_, i) => left - 1 + i).some((c) => filled(r, c));
  const anyInCol = (c: number): boolean => Array.from({ length: bottom - top + 3 }, (_, i) => top - 1 + i).some((r) => filled(r, c));
  for (let grew = true; grew;) {
    grew = false;
    if (top > 1 && anyInRow(top - 1)) [top, grew] = [top - 1, true];
    if (anyInRow(bottom + 1)) [bottom, grew] = [bottom + 1, true];
    if (left > 1 && anyInCol(left - 1)) [left, grew] = [left - 1, true];
    if (anyInCol(right + 1)) [right, grew] = [right + 1, true];
  }
  const rows = Array.from({ length: bottom - top + 1 }, (_, r) =>
    Array.from({ length: right - left + 1 }, (_, c) => sheet.rows[top + r - sheet.originRow]?.[left + c - sheet.originCol] ?? null),
  );
  return { sheet: cell.sheet, originRow: top, originCol: left, rows };
}

/** Where a user's roadmap was found: its header's top-left cell and width, or its table. */
export interface BlockPlace {
  readonly sheet: string;
  readonly originRow: number;
  readonly originCol: number;
  readonly width: number;
  readonly table?: string;
}

const isBlank = (r: readonly Cell[]): boolean => r.every((c) => c === null || c === "");

/**
 * The user's roadmap as it is now, grown or shrunk with their rows: a table by its name; cells by
 * the same columns from the header down to the sheet's last used row, trailing blank rows dropped.
 */
export async function readBlockAgain(context: Excel.RequestContext, place: BlockPlace): Promise<SourceBlock> {
  if (place.table) {
    if (!(await existingTables(context)).has(place.table.toLowerCase())) {
      throw new Error(`The table "${place.table}" that held your roadmap is gone. Click "Use my roadmap" again, then build.`);
    }
    const range = context.workbook.tables.getItem(place.table).getRange();
    range.load("address, values");
    await context.sync();
    return { ...block(range), table: place.table };
  }
  const probe = context.workbook.worksheets.getItemOrNullObject(place.sheet);
  probe.load("name");
  await context.sync();
  if (probe.isNullObject)
    throw new Error(`The sheet "${place.sheet}" that held your roadmap is gone. Click "Use my roadmap" again, then build.`);
  // The roadmap's columns from its header down, cut to the used cells: the header row is used, so
  // the cut keeps every column and ends at the sheet's last used row.
  const sheet = context.workbook.worksheets.getItem(place.sheet);
  const right = place.originCol + Math.max(1, place.width) - 1;
  const band = sheet.getRange(rectAddress({ top: place.originRow, left: place.originCol, bottom: MAX_ROWS, right }));
  const range = band.getIntersectionOrNullObject(sheet.getUsedRange(true));
  range.load("address, values");
  await context.sync();
  const rows = range.isNullObject ? [] : [...block(range).rows];
  while (rows.length > 1 && isBlank(rows[rows.length - 1] ?? [])) rows.pop();
  return { sheet: place.sheet, originRow: place.originRow, originCol: place.originCol, rows };
}
