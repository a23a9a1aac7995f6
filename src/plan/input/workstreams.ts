import type { Diagnostic, Grid, Role, Workstream, WorkstreamKind } from "../types";
import { cellText, isBlank, quote } from "../cells";
import { nameKey, normalizeHeader } from "../headers";
import { readNumber } from "../values";
import { cellOf, diagnostic, readTable, rowDiagnostic } from "./table";
import { TABLES, WORKSTREAM_KINDS } from "../schema";
import { success, type Result } from "../result";

const COLUMNS = TABLES.Workstreams.columns;
/** The legacy title the source article warns about on production ML work. */
export const DATA_SCIENTIST = "data scientist";

/** Which role a Workstreams header names: the exact name first, then the header-normalised one. */
function matchRole(header: string, roles: readonly Role[]): Role | undefined {
  const exact = roles.find((r) => nameKey(r.name) === nameKey(header));
  if (exact) return exact;
  const key = normalizeHeader(header);
  const loose = roles.filter((r) => normalizeHeader(r.name) === key);
  return loose.length === 1 ? loose[0] : undefined;
}

/**
 * The Workstreams matrix: a workstream a row, a role a column, FTE at size M in the cells. A
 * column that names no valid role is reported and ignored; a bad FTE cell counts as 0.
 */
export function readWorkstreams(
  grid: Grid,
  roles: readonly Role[],
  rolesLeftOut: ReadonlySet<string>,
  out: Diagnostic[],
): Result<readonly Workstream[], Diagnostic> {
  const read = readTable(grid, COLUMNS);
  if (!read.ok) return read;
  const table = read.value;
  const own = new Set([table.columns.name, table.columns.kind]);
  const roleColumns: { col: number; role: Role }[] = [];
  const columnOfRole = new Map<string, number>();
  table.headerCells.forEach((h, col) => {
    if (own.has(col)) return;
    const header = cellText(h);
    const at = (message: string): void => {
      out.push(diagnostic("error", grid, table.headerIndex, col, message));
    };
    if (header === "") {
      if (table.rows.some((r) => !isBlank(r.cells[col])))
        at("this column has FTE figures but no role in its header: write the role's name from Roles there");
      return;
    }
    const role = matchRole(header, roles);
    if (!role) {
      at(
        rolesLeftOut.has(nameKey(header))
          ? `column ${quote(header)} names a role whose Roles row has errors: fix that row; until then this column is ignored`
          : `column ${quote(header)} names no role in Roles (${roles.map((r) => r.name).join(", ")}): rename it or add the role to Roles; until then it is ignored`,
      );
    } else if (columnOfRole.has(role.name)) {
      at(`${role.name} already has a column in Workstreams: this column is ignored; keep one column per role`);
    } else {
      columnOfRole.set(role.name, col);
      roleColumns.push({ col, role });
    }
  });

  const workstreams: Workstream[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const name = cellText(cellOf(table, row, "name"));
    const sheetRow = grid.originRow + row.index;
    if (name === "") {
      out.push(
        rowDiagnostic(table, row, "name", "error", "this Workstreams row has FTE figures but no Workstream name: name it or clear the row"),
      );
      continue;
    }
    const earlier = seen.get(nameKey(name));
    if (earlier !== undefined) {
      out.push(
        rowDiagnostic(
          table,
          row,
          "name",
          "error",
          `workstream ${quote(name)} is already on row ${earlier}: this row is left out; keep one row per workstream`,
        ),
      );
      continue;
    }
    seen.set(nameKey(name), sheetRow);
    const kindText = cellText(cellOf(table, row, "kind")).toLowerCase();
    let kind: WorkstreamKind = "production";
    if ((WORKSTREAM_KINDS as readonly string[]).includes(kindText)) kind = kindText as WorkstreamKind;
    else if (kindText !== "") {
      out.push(
        rowDiagnostic(
          table,
          row,
          "kind",
          "warning",
          `Kind ${quote(cellOf(table, row, "kind"))} is not ${WORKSTREAM_KINDS.join(", ").replace(/, (?=[^,]*$)/, " or ")}: ${quote(name)} is treated as production`,
        ),
      );
    }
    const mix = new Map<string, number>();
    for (const { col, role } of roleColumns) {
      const c = row.cells[col];
      if (isBlank(c)) continue;
      const fte = readNumber(c);
      if (fte === null || fte < 0) {
        out.push(
          diagnostic(
            "error",
            grid,
            row.index,
            col,
            `FTE ${quote(c)} for ${role.name} in ${quote(name)} is not a number of 0 or more: it counts as 0 until fixed`,
          ),
        );
        continue;
      }
      if (fte > 0) mix.set(role.name, fte);
      if (fte > 0 && kind === "production" && nameKey(role.name) === DATA_SCIENTIST) {
        out.push(
          diagnostic(
            "warning",
            grid,
            row.index,
            col,
            `Data Scientist on production work (${quote(name)}, ${fte} FTE): this is ML engineering, and a Data Scientist title attracts the wrong candidates; move the FTE to ML Engineer or another specialised role (or set Kind to analytics if it is analysis)`,
          ),
        );
      }
    }
    if (mix.size === 0) {
      out.push(
        rowDiagnostic(
          table,
          row,
          "name",
          "warning",
          `workstream mix is all zero: initiatives of ${quote(name)} need no one; enter the FTE each role gives one size-M initiative`,
        ),
      );
    }
    workstreams.push({ name, kind, mix, sheetRow });
  }
  return success(workstreams);
}
