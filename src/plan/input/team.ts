import type { Diagnostic, Grid, Role, TeamMember } from "../types";
import { cellText, isBlank, quote } from "../cells";
import { nameKey } from "../headers";
import { readFraction, readNumber, readWhole } from "../values";
import { cellOf, readTable, rowDiagnostic } from "./table";
import { TABLES } from "../schema";
import { success, type Result } from "../result";

const COLUMNS = TABLES.Team.columns;

/**
 * The current team a role. Roles missing here have no one; a blank attrition is 0. A team role that
 * is not in Roles is only a warning: nobody in the plan needs it.
 */
export function readTeam(grid: Grid, roles: readonly Role[], out: Diagnostic[]): Result<readonly TeamMember[], Diagnostic> {
  const read = readTable(grid, COLUMNS);
  if (!read.ok) return read;
  const table = read.value;
  const roleByKey = new Map(roles.map((r) => [nameKey(r.name), r]));
  const team: TeamMember[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const name = cellText(cellOf(table, row, "role"));
    if (name === "") {
      out.push(rowDiagnostic(table, row, "role", "error", "this Team row has no Role: name the role or clear the row"));
      continue;
    }
    const role = roleByKey.get(nameKey(name));
    if (!role) {
      out.push(
        rowDiagnostic(
          table,
          row,
          "role",
          "warning",
          `team role ${quote(name)} is not in Roles: these people are not counted; add the role to Roles or rename it`,
        ),
      );
      continue;
    }
    const earlier = seen.get(role.name);
    if (earlier !== undefined) {
      out.push(
        rowDiagnostic(
          table,
          row,
          "role",
          "error",
          `${role.name} is already on row ${earlier}: this row is left out; keep one row per role`,
        ),
      );
      continue;
    }
    seen.set(role.name, grid.originRow + row.index);
    const hc = cellOf(table, row, "headcount");
    const headcount = readWhole(hc, 0);
    const at = cellOf(table, row, "attrition");
    const attrition = isBlank(at) ? 0 : readFraction(at);
    let ok = true;
    if (headcount === null) {
      out.push(
        rowDiagnostic(
          table,
          row,
          "headcount",
          "error",
          `Current headcount ${quote(hc)} of ${role.name} is not a whole number of 0 or more: the row is left out until fixed`,
        ),
      );
      ok = false;
    }
    if (attrition === null) {
      out.push(
        rowDiagnostic(
          table,
          row,
          "attrition",
          "error",
          `Annual attrition ${quote(at)} of ${role.name} is not between 0 and 1 (or 0% and 100%): the row is left out until fixed`,
        ),
      );
      ok = false;
    }
    // Spec §7.1: a bad limit is an error at its cell only; the role then has no limit.
    const ih = cellOf(table, row, "interviewHours");
    const n = isBlank(ih) ? null : readNumber(ih);
    const interviewHoursPerMonth = n !== null && n >= 0 ? n : null;
    if (!isBlank(ih) && interviewHoursPerMonth === null) {
      out.push(
        rowDiagnostic(
          table,
          row,
          "interviewHours",
          "error",
          `Interview hours per month ${quote(ih)} of ${role.name} is not a number of 0 or more: ${role.name} has no interviewer limit until fixed`,
        ),
      );
    }
    if (ok) team.push({ role: role.name, headcount: headcount as number, annualAttrition: attrition as number, interviewHoursPerMonth });
  }
  return success(team);
}
