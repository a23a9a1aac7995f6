/** Inputs and checks the reliability suite shares. */
import { defaultRoles, defaultWorkstreams, sampleInput } from "../../src/plan/defaults";
import { makePlan } from "../../src/plan/index";
import { columnNumber } from "../../src/report/a1";
import { GRID_KEYS, type Cell, type Diagnostic, type Grid, type InputGrids, type Plan, type TableName } from "../../src/plan/types";
import { SAMPLE_TODAY } from "../fixtures/plan";

export const TODAY = SAMPLE_TODAY;

/** The grid a diagnostic on `sheet` is about: the one given, or the default the engine fell back to. */
export function gridOf(grids: InputGrids, sheet: TableName): Grid | undefined {
  const given = grids[GRID_KEYS[sheet]];
  if (given) return given;
  if (sheet === "Roles") return defaultRoles;
  if (sheet === "Workstreams") return defaultWorkstreams;
  return undefined;
}

/**
 * Why `d` does not name a cell inside its grid's area on its sheet (header to last row, first to
 * widest column; an empty grid is its origin cell), or null when it does. A missing Roadmap table
 * is named at Roadmap!A1.
 */
export function misplaced(d: Diagnostic, grids: InputGrids): string | null {
  const m = /^([A-Z]{1,3})([1-9]\d*)$/.exec(d.cell);
  if (!m) return `${d.sheet}!${d.cell} is not an A1 address`;
  const grid = gridOf(grids, d.sheet);
  if (!grid) return d.sheet === "Roadmap" && d.cell === "A1" ? null : `${d.sheet}!${d.cell} names a table that was not given`;
  const [col, row] = [columnNumber(m[1] as string), Number(m[2])];
  const height = Math.max(1, grid.rows.length);
  const width = Math.max(1, ...grid.rows.map((r) => r.length));
  const inside = row >= grid.originRow && row < grid.originRow + height && col >= grid.originCol && col < grid.originCol + width;
  return inside ? null : `${d.sheet}!${d.cell} is outside the grid ${grid.originRow},${grid.originCol} (${height}x${width}): ${d.message}`;
}

export function planOrThrow(grids: InputGrids): Plan {
  const outcome = makePlan(grids, { today: TODAY });
  if (!outcome.ok) throw new Error(`no plan: ${outcome.error.reason}`);
  return outcome.value;
}

/**
 * The sample roadmap without its Key column, as a leader who keeps no ids writes it (Initiative in
 * column A): these suites copy and break rows by position, and a copied Key would be a duplicate.
 * Ids from Keys have their own tests (test/plan/ids.test.ts).
 */
export function sampleRoadmap(): Grid {
  if (!sampleInput.roadmap) throw new Error("the sample has no roadmap");
  const key = (sampleInput.roadmap.rows[0] ?? []).indexOf("Key");
  return { ...sampleInput.roadmap, rows: sampleInput.roadmap.rows.map((r) => r.filter((_, j) => j !== key)) };
}

/** The sample with its roadmap rows replaced (the header kept). */
export function withRoadmapRows(rows: readonly (readonly Cell[])[], base: InputGrids = sampleInput): InputGrids {
  // The header of sampleRoadmap(): Initiative, Workstream, Start, End, Size, Confidence, Priority, Owner, Notes.
  const roadmap = sampleRoadmap();
  return { ...base, roadmap: { ...roadmap, rows: [roadmap.rows[0] ?? [], ...rows] } };
}

/**
 * A roadmap at the workbook limits of src/report/limits.ts: `initiatives` rows, each starting before
 * the plan window (so each is clipped, one warning per row) and sized so the plan has just under
 * 5,000 hires (measured: 4,942 at 5,000 rows of size 0.375).
 */
export function limitInput(initiatives = 5_000, size = "0.375"): InputGrids {
  const workstreams = defaultWorkstreams.rows.slice(1).map((r) => String(r[0]));
  const rows: Cell[][] = [];
  for (let i = 0; i < initiatives; i++) {
    rows.push([
      `Initiative ${i + 1}`,
      workstreams[i % workstreams.length] ?? "",
      "2026-12",
      `2027-${String((i % 12) + 1).padStart(2, "0")}`,
      size,
      "100%",
      "P1",
      "Owner",
      "",
    ]);
  }
  return withRoadmapRows(rows);
}
