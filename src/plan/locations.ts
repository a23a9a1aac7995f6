/**
 * Where the input tables live. Diagnostics name the table (docs/spec.md §3: `Roadmap`, `D7`) whatever
 * sheet holds it; links and the pane's click-to-select need the worksheet itself.
 */
import type { Diagnostic, InputGrids, InputSheets, TableName } from "./types";

/** The worksheet of each grid that knows it (defaults and CSV grids do not). */
export function inputSheets(grids: InputGrids): InputSheets {
  const found: Partial<Record<TableName, string>> = {};
  for (const grid of Object.values(grids)) if (grid?.location !== undefined) found[grid.sheet] = grid.location;
  return found;
}

/** The worksheet that holds a diagnostic's cell: where its table was read, else the sheet named like it. */
export function diagnosticSheet(d: Diagnostic, sheets: InputSheets): string {
  return sheets[d.sheet] ?? d.sheet;
}
