import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Cell, Grid, Hire, Initiative, InputGrids, Plan, Role, SettingsOverrides, TableName } from "../../../src/plan/types";
import type { CalDate } from "../../../src/plan/calendar";
import { date, month } from "../../../src/plan/calendar";
import { makePlan } from "../../../src/plan/index";

/**
 * The examples of docs/spec.md (inputs + expected.json), vendored so that a clone on its own
 * runs every test; test/plan/examples.test.ts checks the copy against ../shared/examples wherever
 * the steering repository's shared/ sits beside the clone.
 */
export const EXAMPLES_DIR = resolve(__dirname, "../../fixtures/examples");
export const SHARED_EXAMPLES_DIR = resolve(__dirname, "../../../../shared/examples");
/** Spec §7's examples (recruiting capacity), vendored the same way from ../shared/examples-next. */
export const EXAMPLES_NEXT_DIR = resolve(__dirname, "../../fixtures/examples-next");
export const SHARED_EXAMPLES_NEXT_DIR = resolve(__dirname, "../../../../shared/examples-next");

export function examplesDir(): string {
  if (!existsSync(EXAMPLES_DIR)) throw new Error(`the vendored examples are missing: expected them at ${EXAMPLES_DIR}`);
  return EXAMPLES_DIR;
}

/** The folder of a vendored example by name, from either set. */
export function exampleDir(name: string): string {
  const next = resolve(EXAMPLES_NEXT_DIR, name);
  return existsSync(next) ? next : resolve(examplesDir(), name);
}

/** Every vendored example that has an expected plan, by folder name. */
export const EXAMPLE_NAMES = ["sample-ai-roadmap", "messy-input", "tracked-plan", "capacity-plan"] as const;

export const TODAY = date(2026, 10, 1);

export function grid(sheet: TableName, rows: Cell[][], originRow = 1, originCol = 1): Grid {
  return { sheet, originRow, originCol, rows };
}

export const ROADMAP_HEADER = ["Initiative", "Workstream", "Start", "End", "Size", "Confidence", "Priority", "Owner", "Notes"];

export function roadmap(...rows: Cell[][]): Grid {
  return grid("Roadmap", [ROADMAP_HEADER, ...rows]);
}

export function settings(values: Record<string, Cell>): Grid {
  return grid("Settings", [["Setting", "Value"], ...Object.entries(values).map(([k, v]) => [k, v])]);
}

/** Plan start 2027-01, 12 months, as of 2026-10-01 unless overridden. */
export const BASE_SETTINGS = { "Plan start": "2027-01", "Horizon (months)": "12", "As of": "2026-10-01" };

export function inputOf(rows: Cell[][], more: Partial<InputGrids> = {}, settingValues: Record<string, Cell> = BASE_SETTINGS): InputGrids {
  return { roadmap: roadmap(...rows), settings: settings(settingValues), ...more };
}

/** The plan, or a test failure that shows the fatal reason. */
export function planOf(grids: InputGrids, overrides: SettingsOverrides = {}): Plan {
  const outcome = makePlan(grids, { today: TODAY, overrides });
  if (!outcome.ok) throw new Error(`expected a plan, got: ${outcome.error.reason}`);
  return outcome.value;
}

export function reasonOf(grids: InputGrids, overrides: SettingsOverrides = {}): { reason: string; cells: string[] } {
  const outcome = makePlan(grids, { today: TODAY, overrides });
  if (outcome.ok) throw new Error("expected a fatal input error, got a plan");
  return { reason: outcome.error.reason, cells: outcome.error.diagnostics.map((d) => `${d.severity} ${d.sheet}!${d.cell}`) };
}

/** `severity Sheet!A1` of every diagnostic, the way compare-plan.py keys them. */
export function diagnosticKeys(plan: Plan): string[] {
  return plan.diagnostics.map((d) => `${d.severity} ${d.sheet}!${d.cell}`);
}

/** A role with the given figures (0 for the rest). */
export function role(name: string, figures: Partial<Omit<Role, "name">> = {}): Role {
  return {
    name,
    code:
      name
        .toUpperCase()
        .replace(/[^A-Z0-9]/g, "")
        .slice(0, 8) || "R",
    sourcingLeadDays: 0,
    timeToFillDays: 0,
    noticeDays: 0,
    rampUpDays: 0,
    loadedAnnualCost: 0,
    candidatesPerHire: 0,
    interviewHoursPerCandidate: 0,
    sheetRow: 0,
    ...figures,
  };
}

/** An initiative of workstream W active 2027-start..2027-end. */
export function init(name: string, start: number, end: number, size = 1, weight = 1, order = 0, workstream = "W"): Initiative {
  return {
    name,
    key: name.toUpperCase(),
    workstream,
    start: month(2027, start),
    end: month(2027, end),
    writtenStart: month(2027, start),
    writtenEnd: month(2027, end),
    size,
    confidence: weight,
    priority: "P1",
    owner: "",
    notes: "",
    sheetRow: order + 2,
    order,
    weight,
  };
}

/** A hire whose dates all default to `at` (only the fields a test sets matter to it). */
export function hire(
  roleName: string,
  dates: Partial<Record<"forecastPipelineStart" | "forecastReqOpen" | "forecastOfferAccepted" | "forecastStart", CalDate>>,
  at: CalDate = date(2027, 1, 1),
): Hire {
  return {
    id: "R-X-1",
    role: roleName,
    reason: "growth",
    initiative: "",
    priority: null,
    owner: "",
    needByMonth: month(2027, 1),
    needBy: at,
    start: at,
    offerAccepted: at,
    reqOpen: at,
    pipelineStart: at,
    status: "on track",
    slackDays: 0,
    daysLate: 0,
    stage: "planned",
    tracking: null,
    forecastPipelineStart: at,
    forecastReqOpen: at,
    forecastOfferAccepted: at,
    forecastStart: at,
    expectedProductive: at,
    delayDays: 0,
    capacityDelayDays: 0,
    ...dates,
  };
}
