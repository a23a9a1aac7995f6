/** A1 addressing: every coordinate here is 1-based, as Excel counts rows and columns. */
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
