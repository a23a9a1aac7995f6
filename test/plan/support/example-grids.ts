import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { GRID_KEYS, type InputGrids, type Plan, type TableName } from "../../../src/plan/types";
import { makePlan } from "../../../src/plan/index";
import { parseCsv } from "../../../src/io/csv";
import { exampleDir, TODAY } from "./fixtures";

/** A vendored example's CSVs as input grids. */
export function exampleGrids(name: string): InputGrids {
  const grids: Record<string, unknown> = {};
  for (const [sheet, key] of Object.entries(GRID_KEYS) as [TableName, keyof InputGrids][]) {
    const p = join(exampleDir(name), `${key}.csv`);
    if (existsSync(p)) grids[key] = parseCsv(readFileSync(p, "utf8"), sheet);
  }
  return grids as InputGrids;
}

/** Spec §7's example planned: 2 recruiters of 4 reqs, two interviewer limits, tracked hires. */
export function capacityPlan(): Plan {
  const outcome = makePlan(exampleGrids("capacity-plan"), { today: TODAY });
  if (!outcome.ok) throw new Error(outcome.error.reason);
  return outcome.value;
}
