/** A1 addresses ↔ 1-based row/column numbers, for the ranges a workbook spec names. */

export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export function parseCell(address: string): { readonly row: number; readonly col: number } {
  const m = CELL.exec(address.trim());
  if (!m || m[1] === undefined || m[2] === undefined) throw new Error(`not an A1 cell address: "${address}"`);
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

/** `B2:M7` or `A1` (a one-cell range); corners may come in either order. */
export function parseRange(range: string): Box {
  const [a, b, extra] = range.split(":");
  if (a === undefined || extra !== undefined) throw new Error(`not an A1 range: "${range}"`);
  const p = parseCell(a);
  const q = b === undefined ? p : parseCell(b);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

export function rangeAddress(box: Box): string {
  return `${cellAddress(box.top, box.left)}:${cellAddress(box.bottom, box.right)}`;
}
