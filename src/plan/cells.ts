import type { Cell, Grid } from "./types";

/**
 * Every reader's cells pass through here, so any value (including ones a loose caller sneaks past
 * the types: undefined, NaN, objects) is handled without throwing.
 */

/** The cell as trimmed text ("" for blank); numbers keep their shortest form. */
export function cellText(c: Cell | undefined): string {
  if (typeof c === "string") return c.trim();
  if (typeof c === "number") return Number.isFinite(c) ? String(c) : "";
  if (typeof c === "boolean") return c ? "TRUE" : "FALSE";
  if (c === null || c === undefined) return "";
  try {
    return String(c).trim();
  } catch {
    return "";
  }
}

export function isBlank(c: Cell | undefined): boolean {
  return cellText(c) === "";
}

/** How a value is quoted back to the planner in a message. */
export function quote(c: Cell | undefined): string {
  const t = cellText(c);
  const shown = t.length > 40 ? `${t.slice(0, 37)}...` : t;
  return `"${shown.replace(/[\r\n\t]+/g, " ")}"`;
}

/** Column letters of a 1-based column number: 1 -> A, 27 -> AA. */
export function columnLetters(col: number): string {
  let n = Math.max(1, Math.floor(col));
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address of `grid.rows[row][col]` in its sheet. */
export function cellAddress(grid: Grid, row: number, col: number): string {
  return `${columnLetters(grid.originCol + col)}${grid.originRow + row}`;
}

/** The grid's rows, with anything that is not an array read as an empty row. */
export function gridRows(grid: Grid): readonly (readonly Cell[])[] {
  const rows = Array.isArray(grid.rows) ? grid.rows : [];
  return rows.map((r) => (Array.isArray(r) ? r : []));
}
