/**
 * A1 addressing as plain data, shared by the report and both writers (and the fake Excel), so all
 * agree on one parser. Every coordinate is 1-based, as Excel counts rows and columns.
 */
import { columnLetters } from "../plan/cells";

export { columnLetters };

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export function rangeAddress(row1: number, col1: number, row2: number, col2: number): string {
  return `${cellAddress(row1, col1)}:${cellAddress(row2, col2)}`;
}

/** `$B$2:$B$22`: absolute, so a formula copied across a grid keeps pointing at the same range. */
export function absoluteRange(row1: number, col1: number, row2: number, col2: number): string {
  return `$${columnLetters(col1)}$${row1}:$${columnLetters(col2)}$${row2}`;
}

/** `'Hiring Plan'!` — always quoted, so a sheet name with spaces or punctuation needs no special case. */
export function sheetPrefix(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!`;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetRect extends Rect {
  /** The sheet named in the address (`'My Sheet'!A1` → `My Sheet`), or null when there is none. */
  readonly sheet: string | null;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** `A1` for one cell, `A1:C3` otherwise. */
export function rectAddress(r: Rect): string {
  const tl = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${cellAddress(r.bottom, r.right)}`;
}

/** Whole columns `B:D` (column widths are set on whole columns). */
export function columnsAddress(first: number, last: number): string {
  return `${columnLetters(first)}:${columnLetters(last)}`;
}

/** Quotes a sheet name for use in an address or formula when Excel would need it. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const PART = /^(\$?([A-Za-z]{1,3}))?(\$?([0-9]{1,7}))?$/;

function parsePart(part: string): { col: number | null; row: number | null } {
  const m = PART.exec(part);
  if (!m || (m[2] === undefined && m[4] === undefined)) throw new SyntaxError(`not an A1 reference: ${part}`);
  return { col: m[2] === undefined ? null : columnNumber(m[2]), row: m[4] === undefined ? null : Number(m[4]) };
}

/**
 * Parses `A1`, `B2:M7`, `A:C` (whole columns), `2:4` (whole rows), optionally prefixed by a sheet
 * (`Roadmap!A1:I9`, `'Hiring Plan'!A1`), as Excel's `Range.address` returns them.
 */
export function parseAddress(address: string): SheetRect {
  let sheet: string | null = null;
  let ref = address.trim();
  const bang = ref.lastIndexOf("!");
  if (bang >= 0) {
    const raw = ref.slice(0, bang);
    sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    ref = ref.slice(bang + 1);
  }
  const [a, b, extra] = ref.split(":");
  if (a === undefined || extra !== undefined) throw new SyntaxError(`not an A1 reference: ${address}`);
  const p = parsePart(a);
  const q = parsePart(b ?? a);
  if (b === undefined && (p.col === null || p.row === null)) throw new SyntaxError(`not an A1 reference: ${address}`);
  if ((p.col === null) !== (q.col === null) || (p.row === null) !== (q.row === null)) {
    throw new SyntaxError(`not an A1 reference: ${address}`);
  }
  const rect = {
    sheet,
    top: Math.min(p.row ?? 1, q.row ?? 1),
    bottom: Math.max(p.row ?? MAX_ROWS, q.row ?? MAX_ROWS),
    left: Math.min(p.col ?? 1, q.col ?? 1),
    right: Math.max(p.col ?? MAX_COLUMNS, q.col ?? MAX_COLUMNS),
  };
  if (rect.top < 1 || rect.bottom > MAX_ROWS || rect.left < 1 || rect.right > MAX_COLUMNS) {
    throw new RangeError(`reference outside the sheet: ${address}`);
  }
  return rect;
}

export function rectRows(r: Rect): number {
  return r.bottom - r.top + 1;
}

export function rectColumns(r: Rect): number {
  return r.right - r.left + 1;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: Rect, row: number, col: number): boolean {
  return row >= outer.top && row <= outer.bottom && col >= outer.left && col <= outer.right;
}
