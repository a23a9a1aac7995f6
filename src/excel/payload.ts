/**
 * What goes over the wire, without Office types: how a spec cell is written so user text stays
 * text, how big a request is, and how rows are cut into blocks that fit Excel on the web's request
 * limit.
 */
import { isFormula, type SpecCell } from "../report/spec";
import { fitCellText } from "../report/cell-text";

/** Excel on the web refuses a request (and a response) over 5 MB (`RequestPayloadSizeLimitExceeded`). */
export const EXCEL_REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
/** What Headstart lets one request carry: the limit less a margin for the request's own envelope. */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

/** What one assigned cell is: the value Office.js takes in `Range.formulas`. */
export type OfficeCell = string | number | boolean;

/**
 * Every text cell is written with a leading apostrophe, Excel's "this is text" prefix: the cell
 * then holds the text without it whatever it looks like (`=HYPERLINK(...)`, `+1`, `@SUM(A1)`,
 * `00123`, `1/2`, `TRUE`), and whatever number format the sheet gives the cell later. Formulas are
 * Headstart's own and always start with `=`.
 */
export function toOfficeCell(c: SpecCell): OfficeCell {
  if (c === null || c === "") return "";
  if (isFormula(c)) return c.formula.startsWith("=") ? c.formula : `=${c.formula}`;
  // The apostrophe keeps any text as text (never a formula, number or date) and is not stored.
  if (typeof c === "string") return `'${fitCellText(c)}`;
  if (typeof c === "number" && !Number.isFinite(c)) throw new RangeError(`a cell holds ${c}, which Excel cannot store`);
  return c;
}

export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) n += 1;
    else if (code < 0x800) n += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The JSON size of a value as Office.js serialises it into the request body. */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value));
}

export interface RowBlock {
  /** 0-based, first row of the block within the matrix. */
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  readonly bytes: number;
}

/**
 * Cuts a matrix into consecutive row blocks each at most `budget` bytes of JSON; a single row over
 * the budget is an error (no Headstart sheet has one: a row is a few hundred bytes).
 */
export function rowBlocks(matrix: readonly (readonly unknown[])[], budget: number): RowBlock[] {
  const blocks: RowBlock[] = [];
  let start = 0;
  let bytes = 2;
  matrix.forEach((row, i) => {
    const rowBytes = jsonBytes(row) + 1;
    if (rowBytes + 2 > budget) throw new RangeError(`row ${i + 1} alone needs ${rowBytes} bytes, over the ${budget}-byte request budget`);
    if (bytes + rowBytes > budget) {
      blocks.push({ start, end: i, bytes });
      start = i;
      bytes = 2;
    }
    bytes += rowBytes;
  });
  if (matrix.length > start) blocks.push({ start, end: matrix.length, bytes });
  return blocks;
}

/**
 * Packs units (each already under the budget) in order into as few requests as possible, never
 * reordering them: the order is what makes a failed run truthful (status first, completion last).
 */
export function packRequests<T extends { readonly bytes: number }>(units: readonly T[], budget: number): T[][] {
  const requests: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const unit of units) {
    if (current.length > 0 && size + unit.bytes > budget) {
      requests.push(current);
      current = [];
      size = 0;
    }
    current.push(unit);
    size += unit.bytes;
  }
  if (current.length > 0) requests.push(current);
  return requests;
}

/** Office.js sets column widths in points; the spec gives characters. */
export { widthInPoints } from "../report/print";
