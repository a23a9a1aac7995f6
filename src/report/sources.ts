/**
 * Where the plan's cost assumptions live in the workbook the sheets are written into: the Roles
 * table's loaded costs and the Team table's headcount and attrition. The Cost sheet links to those
 * cells rather than copying them, so an edit in Roles or Team moves every figure on recalculation
 * and the workbook never holds two different figures for one assumption.
 *
 * References are whole sheet columns (`'Roles'!$E:$E`) looked up by role name with INDEX/MATCH:
 * they keep working as rows are added, inserted or sorted, and every engine the tests recalculate
 * with reads them (Gnumeric does not read structured references such as `Roles[Role]`).
 */
import { readTable } from "../plan/input/table";
import { TABLES, type ColumnDef } from "../plan/schema";
import type { Grid, InputGrids } from "../plan/types";
import { columnLetters, sheetPrefix } from "./a1";

/** One input table's columns, each a whole-column reference, or null when the table lacks it. */
type Columns<K extends string> = Readonly<Record<K, string | null>>;

export interface InputSources {
  /** Absent when the workbook has no Roles table (the engine used its defaults). */
  readonly roles: Columns<"role" | "loadedAnnualCost"> | null;
  /** Absent when the workbook has no Team table. */
  readonly team: Columns<"role" | "headcount" | "attrition"> | null;
}

// The schema's own columns, so these are found under every header the engine's readers accept.
const ROLES: Readonly<Record<"role" | "loadedAnnualCost", ColumnDef>> = {
  role: TABLES.Roles.columns.name,
  loadedAnnualCost: TABLES.Roles.columns.loadedAnnualCost,
};
const TEAM: Readonly<Record<"role" | "headcount" | "attrition", ColumnDef>> = {
  role: TABLES.Team.columns.role,
  headcount: TABLES.Team.columns.headcount,
  attrition: TABLES.Team.columns.attrition,
};

/** `$E:$E` */
export function wholeColumn(col: number): string {
  const letters = columnLetters(col);
  return `$${letters}:$${letters}`;
}

function columns<K extends string>(grid: Grid | undefined, specs: Readonly<Record<K, ColumnDef>>): Columns<K> | null {
  if (!grid) return null;
  const read = readTable(grid, specs);
  // The template writes a table's first row as its header: a header found lower would move.
  if (!read.ok || read.value.headerIndex !== 0) return null;
  const prefix = sheetPrefix(grid.location ?? grid.sheet);
  const found = read.value.columns as Partial<Record<K, number>>;
  return Object.fromEntries(
    (Object.keys(specs) as K[]).map((key) => {
      const index = found[key];
      return [key, index === undefined ? null : prefix + wholeColumn(grid.originCol + index)];
    }),
  ) as Columns<K>;
}

/**
 * The assumption sources of `input`, the input tables of the workbook the plan's sheets go into:
 * the live workbook's own tables, or the input sheets a plan file carries (`planFile`).
 */
export function inputSources(input: InputGrids | undefined): InputSources {
  return { roles: columns(input?.roles, ROLES), team: columns(input?.team, TEAM) };
}

export const NO_SOURCES: InputSources = { roles: null, team: null };
