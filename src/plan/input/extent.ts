/**
 * How far an input table reaches when read, the one rule of both readers (the .xlsx reader and the
 * live workbook's): the table's range, less a totals row (sums, not input), grown over the non-empty
 * rows right under it and the headed columns right beside it. Excel grows a table over a row typed
 * under it only while AutoCorrect's "include new rows and columns" is on; LibreOffice never does.
 * Each growth is a warning naming the cells, so nothing typed next to a table is silently dropped.
 */
import { columnLetters, isBlank } from "../cells";
import type { Cell, Diagnostic, TableName } from "../types";

/** A block of cells by its 1-based edges, as Excel counts rows and columns. */
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The sheet around a table: any cell's value (absent or blank counts as empty), and how far cells were read. */
export interface Around {
  readonly cell: (row: number, col: number) => Cell | undefined;
  readonly lastRow: number;
  readonly lastColumn: number;
}

export interface Extent {
  readonly box: Box;
  /** One per growth (rows under, columns beside), at its first cell; the sheet named is the table. */
  readonly warnings: readonly Diagnostic[];
}

const at = (row: number, col: number): string => `${columnLetters(col)}${row}`;

function grown(name: TableName, count: number, what: "row" | "column", where: "under" | "beside", from: string, to: string): Diagnostic {
  const many = count > 1;
  return {
    severity: "warning",
    sheet: name,
    cell: from,
    message: `${count} ${what}${many ? "s" : ""} ${where} the ${name} table (${from}:${to}) ${many ? "were" : "was"} read as part of it: extend the table over ${many ? "them" : "it"}`,
  };
}

/**
 * The cells to read for table `name`, whose range (header and totals rows included) is `range`. A
 * table with a totals row is not grown: what sits under its sums does not continue its rows. Rows
 * grow while any cell of the table's columns in the next row has a value; columns grow while the
 * header row's next cell has one.
 */
export function tableExtent(name: TableName, range: Box, totalsRow: boolean, around: Around): Extent {
  if (totalsRow) return { box: range.bottom > range.top ? { ...range, bottom: range.bottom - 1 } : range, warnings: [] };
  const filled = (r: number, c: number): boolean => !isBlank(around.cell(r, c));
  let { bottom, right } = range;
  const rowFilled = (r: number): boolean =>
    Array.from({ length: range.right - range.left + 1 }, (_, i) => range.left + i).some((c) => filled(r, c));
  while (bottom < around.lastRow && rowFilled(bottom + 1)) bottom++;
  while (right < around.lastColumn && filled(range.top, right + 1)) right++;
  const warnings: Diagnostic[] = [];
  if (bottom > range.bottom)
    warnings.push(grown(name, bottom - range.bottom, "row", "under", at(range.bottom + 1, range.left), at(bottom, right)));
  if (right > range.right)
    warnings.push(grown(name, right - range.right, "column", "beside", at(range.top, range.right + 1), at(bottom, right)));
  return { box: { ...range, bottom, right }, warnings };
}
