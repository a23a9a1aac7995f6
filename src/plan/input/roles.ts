import type { Diagnostic, Grid, Role } from "../types";
import { cellText, quote } from "../cells";
import { nameKey } from "../headers";
import { readNumber } from "../values";
import { roleCode } from "../ids";
import { cellOf, readTable, rowDiagnostic } from "./table";
import { TABLES } from "../schema";
import { success, type Result } from "../result";

type NumberKey = Exclude<keyof Role, "name" | "code" | "sheetRow">;

const COLUMNS = TABLES.Roles.columns;
const NUMBER_KEYS: readonly NumberKey[] = [
  "sourcingLeadDays",
  "timeToFillDays",
  "noticeDays",
  "rampUpDays",
  "loadedAnnualCost",
  "candidatesPerHire",
  "interviewHoursPerCandidate",
];
/** Durations are whole days. */
const DAY_KEYS: ReadonlySet<NumberKey> = new Set(["sourcingLeadDays", "timeToFillDays", "noticeDays", "rampUpDays"]);

export interface RolesResult {
  readonly roles: readonly Role[];
  /** Names (lower case) of roles whose row was left out, so a column naming one can say why. */
  readonly leftOut: ReadonlySet<string>;
}

/**
 * The Roles table: one role a row. A row with a missing or negative number, or a repeated name,
 * is left out with an error at the cell; the plan goes on with the other roles.
 */
export function readRoles(grid: Grid, out: Diagnostic[]): Result<RolesResult, Diagnostic> {
  const read = readTable(grid, COLUMNS);
  if (!read.ok) return read;
  const table = read.value;
  const roles: Role[] = [];
  const seen = new Map<string, number>();
  const leftOut = new Set<string>();
  const roleOfCode = new Map<string, string>();
  for (const row of table.rows) {
    const name = cellText(cellOf(table, row, "name"));
    const sheetRow = grid.originRow + row.index;
    let ok = true;
    if (name === "") {
      out.push(rowDiagnostic(table, row, "name", "error", "this Roles row has no Role name: name the role or clear the row"));
      ok = false;
    } else if (seen.has(nameKey(name))) {
      out.push(
        rowDiagnostic(
          table,
          row,
          "name",
          "error",
          `role ${quote(name)} is already on row ${seen.get(nameKey(name))}: this row is left out; keep one row per role`,
        ),
      );
      continue;
    }
    const values: Partial<Record<NumberKey, number>> = {};
    for (const key of NUMBER_KEYS) {
      const spec = COLUMNS[key];
      const c = cellOf(table, row, key);
      const n = readNumber(c);
      const problem =
        n === null
          ? cellText(c) === ""
            ? "is empty"
            : `${quote(c)} is not a number`
          : n < 0
            ? `${quote(c)} is negative`
            : DAY_KEYS.has(key) && !Number.isInteger(n)
              ? `${quote(c)} is not a whole number of days`
              : null;
      if (problem !== null) {
        out.push(
          rowDiagnostic(
            table,
            row,
            key,
            "error",
            `${spec.label} of ${name === "" ? "this role" : quote(name)} ${problem}: enter a number of 0 or more; the role is left out until then`,
          ),
        );
        ok = false;
      } else values[key] = n as number;
    }
    if (name !== "") seen.set(nameKey(name), sheetRow);
    if (!ok) {
      if (name !== "") leftOut.add(nameKey(name));
      continue;
    }
    const codeText = cellText(cellOf(table, row, "code"));
    const code = roleCode(codeText, name);
    const sharer = roleOfCode.get(code);
    if (sharer !== undefined) {
      out.push(
        rowDiagnostic(
          table,
          row,
          codeText === "" ? "name" : "code",
          "warning",
          `${quote(name)} has the role code ${code} of ${quote(sharer)}: their hire ids share one numbering and can move when either changes; give each role its own Code`,
        ),
      );
    } else roleOfCode.set(code, name);
    roles.push({ name, code, sheetRow, ...(values as Record<NumberKey, number>) });
  }
  return success({ roles, leftOut });
}
