/**
 * Reads the input tables of the open workbook into the engine's raw grids, with their real
 * origins so diagnostics name the user's cells; and reads a user's own roadmap (a table or the
 * selection) for the header mapping of roadmap-mapping.ts.
 */
import { GRID_KEYS, TABLE_NAMES, type Cell, type Grid, type InputGrids } from "../plan/types";
import { parseAddress, rectAddress } from "../report/a1";
import { proposeMapping, type HeaderMapping, type SourceBlock } from "./roadmap-mapping";

/** InputGrids' keys are the table names in lower case. */

function toCell(v: unknown): Cell {
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : null;
}

function toRows(values: readonly (readonly unknown[])[]): Cell[][] {
  return values.map((r) => r.map(toCell));
}

function block(address: string, values: readonly (readonly unknown[])[]): SourceBlock {
  const where = parseAddress(address);
  return { sheet: where.sheet ?? "", originRow: where.top, originCol: where.left, rows: toRows(values) };
}

/**
 * The five input tables, found by table name wherever they sit, in ONE sync. A missing table is
 * absent from the result: the engine falls back to its defaults (Roles, Workstreams) or to none
 * (Team), and reports a missing Roadmap.
 */
export async function readInputTables(context: Excel.RequestContext): Promise<InputGrids> {
  const ranges = TABLE_NAMES.map((name) => {
    const table = context.workbook.tables.getItemOrNullObject(name);
    table.load("name");
    const range = table.getRange();
    range.load("address, values");
    return { name, table, range };
  });
  await context.sync();

  const grids: Partial<Record<keyof InputGrids, Grid>> = {};
  for (const { name, table, range } of ranges) {
    if (table.isNullObject) continue;
    const b = block(range.address, range.values);
    // The table may sit on any sheet ("Roadmap (Headstart)", a user's "Plan 2027"): links need it.
    grids[GRID_KEYS[name]] = { sheet: name, originRow: b.originRow, originCol: b.originCol, rows: b.rows, ...(b.sheet ? { location: b.sheet } : {}) };
  }
  return grids;
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
}

/**
 * A user's roadmap from one of their tables, or from the current selection (header row first).
 * One selected cell stands for the block of filled cells around it, as Excel's own Format as Table
 * takes it, so a click anywhere in the roadmap is enough.
 */
export async function readUserRoadmap(context: Excel.RequestContext, source: { readonly table: string } | "selection"): Promise<UserRoadmap> {
  const range = source === "selection" ? context.workbook.getSelectedRange() : context.workbook.tables.getItem(source.table).getRange();
  range.load("address, values");
  await context.sync();
  const selected = block(range.address, range.values);
  const b = source === "selection" && selected.rows.length === 1 && selected.rows[0]?.length === 1 ? await regionAround(context, selected) : selected;
  return { block: source === "selection" ? b : { ...b, table: source.table }, mapping: proposeMapping(b.rows[0] ?? []) };
}

async function regionAround(context: Excel.RequestContext, cell: SourceBlock): Promise<SourceBlock> {
  const used = context.workbook.worksheets.getItem(cell.sheet).getUsedRange(true);
  used.load("address, values");
  await context.sync();
  return currentRegion(block(used.address, used.values), cell);
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
  for (let grew = true; grew; ) {
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
    const table = context.workbook.tables.getItemOrNullObject(place.table);
    table.load("name");
    const range = table.getRange();
    range.load("address, values");
    await context.sync();
    if (table.isNullObject) throw new Error(`The table "${place.table}" that held your roadmap is gone. Click "Use my roadmap" again, then build.`);
    return { ...block(range.address, range.values), table: place.table };
  }
  const sheet = context.workbook.worksheets.getItemOrNullObject(place.sheet);
  sheet.load("name");
  const used = sheet.getUsedRange(true);
  used.load("address");
  await context.sync();
  if (sheet.isNullObject) throw new Error(`The sheet "${place.sheet}" that held your roadmap is gone. Click "Use my roadmap" again, then build.`);
  const usedAddress = used.address;
  const bottom = Math.max(place.originRow, parseAddress(usedAddress).bottom);
  const range = sheet.getRange(rectAddress({ top: place.originRow, left: place.originCol, bottom, right: place.originCol + Math.max(1, place.width) - 1 }));
  range.load("values");
  await context.sync();
  const rows = toRows(range.values);
  while (rows.length > 1 && isBlank(rows[rows.length - 1] ?? [])) rows.pop();
  return { sheet: place.sheet, originRow: place.originRow, originCol: place.originCol, rows };
}
