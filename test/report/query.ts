import { parseAddress } from "../../src/report/a1";
import type { SheetSpec, SpecCell, WorkbookSpec } from "../../src/report/spec";

/** Reading a workbook spec the way a writer would, for assertions. */
export function sheetOf(spec: WorkbookSpec, name: string): SheetSpec {
  const sheet = spec.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name} in ${spec.sheets.map((s) => s.name).join(", ")}`);
  return sheet;
}

export function cellAt(sheet: SheetSpec, address: string): SpecCell {
  const { row, col } = parseCell(address);
  return sheet.cells[row - 1]?.[col - 1] ?? null;
}

export const parseRange = parseAddress;

export function parseCell(address: string): { row: number; col: number } {
  const { top, left } = parseAddress(address);
  return { row: top, col: left };
}

/** Every cell with its 1-based position. */
export function* eachCell(sheet: SheetSpec): Generator<{ row: number; col: number; cell: SpecCell }> {
  for (let r = 0; r < sheet.cells.length; r++) {
    const cells = sheet.cells[r] ?? [];
    for (let c = 0; c < cells.length; c++) yield { row: r + 1, col: c + 1, cell: cells[c] ?? null };
  }
}

/** The row (1-based) whose column A is exactly `text`, searching from `from`. */
export function rowWith(sheet: SheetSpec, text: string, from = 1): number {
  for (let r = from; r <= sheet.cells.length; r++) if (sheet.cells[r - 1]?.[0] === text) return r;
  throw new Error(`${sheet.name}: no row starting with ${text}`);
}
