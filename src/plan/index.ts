import type {
  Diagnostic,
  Grid,
  Hire,
  Initiative,
  InputGrids,
  Plan,
  PlanFailure,
  PlanOutcome,
  Role,
  RolePlan,
  Settings,
  SettingsOverrides,
  TeamMember,
  Workstream,
} from "./types";
import type { CalDate, Month } from "./calendar";
import { addMonths } from "./calendar";
import { defaultRoles, defaultWorkstreams } from "./defaults";
import { readSettings } from "./input/settings";
import { readRoles } from "./input/roles";
import { readWorkstreams } from "./input/workstreams";
import { readTeam } from "./input/team";
import { readRoadmap } from "./input/roadmap";
import { fatalReason } from "./input/table";
import { cellAddress } from "./cells";
import { computeDemand } from "./demand";
import { baselineHeadcount, targetHeadcount } from "./targets";
import { walkHires } from "./hires";
import type { HireBatch } from "./hires";
import { backwardSchedule } from "./schedule";
import { forecast, trackedForecast } from "./status";
import type { Forecast } from "./status";
import { readTracking, trackingKey } from "./input/tracking";
import type { Tracking } from "./input/tracking";
import { BACKFILL_CODE, initiativeCode, numberHires } from "./ids";
import type { PreviousReading } from "./changes";
import { planChanges } from "./changes";
import { roleCosts } from "./cost";
import { recruitingLoad } from "./recruiting";
import { placeHires } from "./capacity";
import { planTotals } from "./totals";
import { planSizeProblem } from "./limits";
import { inputSheets } from "./locations";
import { failure, success, type Result } from "./result";

export { planToJson } from "./json";
export type { PlanJson } from "./json";
export { summarizePlan } from "./summary";
export { diagnosticSheet } from "./locations";
export type { PlanSummary, RoleHireCounts } from "./summary";

export interface PlanOptions {
  /** Today where the user is (the engine never reads the clock). */
  readonly today: CalDate;
  readonly overrides?: SettingsOverrides;
  /** The plan this one replaces, to say what changed (docs/spec.md §6.4). */
  readonly previous?: Exclude<PreviousReading, { readonly kind: "foreign" }>;
  /**
   * What the shell's reader found about the input before the engine saw it (rows read with a table
   * they continue: src/plan/input/extent.ts), listed first among the diagnostics, plan or not.
   */
  readonly warnings?: readonly Diagnostic[];
}

/** What `plan` answers; `makePlan` adds where the input tables live to either branch. */
type Fatal = Omit<PlanFailure, "inputSheets">;
type Drafted = Result<Omit<Plan, "inputSheets">, Fatal>;

function fatal(reason: string, diagnostics: readonly Diagnostic[]): Fatal {
  return { reason, diagnostics };
}

function fatalAt(d: Diagnostic, earlier: readonly Diagnostic[]): Fatal {
  return fatal(fatalReason(d), [...earlier, d]);
}

/** A problem with a table as a whole, placed at its top-left cell. */
function tableDiagnostic(grid: Grid, message: string): Diagnostic {
  return { severity: "error", sheet: grid.sheet, cell: cellAddress(grid, 0, 0), message };
}

/**
 * Input grids -> plan (docs/spec.md §2), or a fatal reason. Never throws: whatever the grids hold, the
 * answer is a plan with diagnostics or one clear reason.
 */
export function makePlan(grids: InputGrids, options: PlanOptions): PlanOutcome {
  const where = inputSheets(grids);
  let drafted: Drafted;
  try {
    drafted = plan(grids, options);
  } catch (e) {
    // A bug, not an input problem: still answer with a reason rather than crash the caller.
    drafted = failure(fatal(`Headstart could not make this plan (internal error: ${e instanceof Error ? e.message : String(e)})`, []));
  }
  const first = options.warnings ?? [];
  return drafted.ok
    ? success({ ...drafted.value, diagnostics: [...first, ...drafted.value.diagnostics], inputSheets: where })
    : failure({ ...drafted.error, diagnostics: [...first, ...drafted.error.diagnostics], inputSheets: where });
}

/** Every input table, read and checked (docs/spec.md §1, §3, §6.2). */
interface Inputs {
  readonly settings: Settings;
  readonly roles: readonly Role[];
  readonly workstreams: readonly Workstream[];
  readonly team: readonly TeamMember[];
  readonly tracking: Tracking;
  readonly initiatives: readonly Initiative[];
}

const NO_ROADMAP: Diagnostic = {
  severity: "error",
  sheet: "Roadmap",
  cell: "A1",
  message: "there is no Roadmap table: add one (Initiative, Workstream, Start, End, Size, ...)",
};

/** Reads the tables in the order each needs the last (settings, roles, workstreams, team, tracking, roadmap). */
function readInputs(grids: InputGrids, today: CalDate, overrides: SettingsOverrides, diagnostics: Diagnostic[]): Result<Inputs, Fatal> {
  const s = readSettings(grids.settings, overrides, today, diagnostics);
  if (!s.ok) {
    const first = s.error[0];
    return failure(
      first ? fatal(fatalReason(first), [...diagnostics, ...s.error]) : fatal("the Settings table could not be read", diagnostics),
    );
  }
  const settings = s.value;
  const rolesGrid = grids.roles ?? defaultRoles;
  const r = readRoles(rolesGrid, diagnostics);
  if (!r.ok) return failure(fatalAt(r.error, diagnostics));
  const roles = r.value.roles;
  if (roles.length === 0) {
    return failure(
      fatalAt(tableDiagnostic(rolesGrid, "the Roles table has no valid row: add at least one role with all its figures"), diagnostics),
    );
  }
  const w = readWorkstreams(grids.workstreams ?? defaultWorkstreams, roles, r.value.leftOut, diagnostics);
  if (!w.ok) return failure(fatalAt(w.error, diagnostics));
  const t = grids.team ? readTeam(grids.team, roles, diagnostics) : success([]);
  if (!t.ok) return failure(fatalAt(t.error, diagnostics));
  const tracking = grids.tracking ? readTracking(grids.tracking, settings.asOf, diagnostics) : success(new Map() as Tracking);
  if (!tracking.ok) return failure(fatalAt(tracking.error, diagnostics));
  if (!grids.roadmap) return failure(fatalAt(NO_ROADMAP, diagnostics));
  const rm = readRoadmap(grids.roadmap, w.value, settings, diagnostics);
  if (!rm.ok) return failure(fatalAt(rm.error, diagnostics));
  if (rm.value.validRows === 0) {
    // All of them in the one line where few, so a fix is not followed by the next surprise.
    const errors = diagnostics.filter((d) => d.sheet === "Roadmap" && d.severity === "error");
    const shown = errors.slice(0, 5).map(fatalReason);
    const more = errors.length > shown.length ? `; and ${errors.length - shown.length} more` : "";
    const why =
      errors.length > 0
        ? `every row has errors (${errors.length} error${errors.length > 1 ? "s" : ""}: ${shown.join("; ")}${more})`
        : "add initiatives below its header";
    return failure(fatalAt(tableDiagnostic(grids.roadmap, `no valid roadmap row: ${why}`), diagnostics));
  }
  return success({ settings, roles, workstreams: w.value, team: t.value, tracking: tracking.value, initiatives: rm.value.initiatives });
}

/** A warning for each Tracking row whose hire this plan no longer has (docs/spec.md §6.2). */
function untrackedRows(tracking: Tracking, hires: readonly Hire[], diagnostics: Diagnostic[]): void {
  const planned = new Set(hires.map((h) => trackingKey(h.id)));
  for (const row of tracking.values()) {
    if (planned.has(trackingKey(row.id))) continue;
    diagnostics.push({
      severity: "warning",
      sheet: "Tracking",
      cell: row.idCell,
      message: `the plan no longer needs ${row.id} (${row.stage}): close the req or keep the person on another initiative`,
    });
  }
}

const OLD_PREVIOUS: Diagnostic = {
  severity: "warning",
  sheet: "Settings",
  cell: "A1",
  message:
    "the previous plan was made before hire ids were stable (ids like H-001): it cannot be compared, so no changes are shown; the next build compares with this one",
};

/** The steps of docs/spec.md §2 and §6–§7: demand, targets, hires, their schedule and forecast, capacity, cost, load, changes. */
function plan(grids: InputGrids, { today, overrides = {}, previous }: PlanOptions): Drafted {
  const diagnostics: Diagnostic[] = [];
  const read = readInputs(grids, today, overrides, diagnostics);
  if (!read.ok) return read;
  const { settings, roles, workstreams, team, tracking, initiatives } = read.value;

  const H = settings.horizonMonths;
  const months = Array.from({ length: H }, (_, k) => addMonths(settings.planStart, k));
  const demand = computeDemand(initiatives, workstreams, roles, settings.planStart, H);
  const target = targetHeadcount(demand.fte, settings.availability);
  const baseline = baselineHeadcount(roles, team, H);
  const walk = walkHires(target, baseline, initiatives, demand.byRole, settings.planStart);
  const tooMany = planSizeProblem(walk.batches.reduce((n, b) => n + b.count, 0));
  if (tooMany !== null) return failure(fatal(tooMany, diagnostics));

  const scheduled = scheduleHires(walk.batches, roles, initiatives, months, settings.asOf, tracking);
  const placed = placeHires(scheduled, roles, team, settings);
  const hires = placed?.hires ?? scheduled;
  untrackedRows(tracking, hires, diagnostics);
  const costs = roleCosts(roles, baseline, hires, settings.planStart, H);
  const rolePlans: RolePlan[] = roles.map((role, i) => ({
    role: role.name,
    demandFte: demand.fte[i] ?? [],
    targetHeadcount: target[i] ?? [],
    baselineHeadcount: baseline[i] ?? [],
    plannedHeadcount: walk.planned[i] ?? [],
    newHires: walk.newHires[i] ?? [],
    surplus: walk.surplus[i] ?? [],
    cost: costs.byRole[i] ?? [],
  }));
  const totals = planTotals(rolePlans, hires, months, costs.beforePlan);
  if (previous?.kind === "old") diagnostics.push(OLD_PREVIOUS);
  const recruiting = recruitingLoad(hires, roles, settings.asOf, settings.planStart, H, settings.reqsPerRecruiter);
  return success({
    settings,
    months,
    roles,
    workstreams,
    initiatives,
    team,
    rolePlans,
    hires,
    recruiting,
    totals,
    diagnostics,
    changes: previous?.kind === "plan" ? planChanges(previous.plan, hires, totals.costByQuarter) : null,
    capacity: placed?.capacity ?? null,
  });
}

/**
 * The hires of the walk's batches in order (docs/spec.md §2.8), each with its id (§6.1), its backward
 * schedule and its forecast: from its Tracking row when it has one (§6.3), else from As of (§2.7).
 */
function scheduleHires(
  batches: readonly HireBatch[],
  roles: readonly Role[],
  initiatives: readonly Initiative[],
  months: readonly Month[],
  asOf: CalDate,
  tracking: Tracking,
): Hire[] {
  const drafts: Omit<Hire, "id" | keyof Forecast>[] = [];
  const codes: { role: string; initiative: string }[] = [];
  const roleOf: Role[] = [];
  // Hashing a name is the costliest step of reading a roadmap: only initiatives with hires need a code.
  const initiativeCodes = new Map<number, string>();
  for (const b of batches) {
    const role = roles[b.role];
    const needByMonth = months[b.month];
    if (!role || needByMonth === undefined) continue;
    const init = initiatives[b.initiative];
    const draft = {
      role: role.name,
      reason: b.reason,
      initiative: init?.name ?? "",
      priority: init?.priority ?? null,
      owner: init?.owner ?? "",
      needByMonth,
      ...backwardSchedule(role, needByMonth),
    };
    for (let i = 0; i < b.count; i++) {
      drafts.push(draft);
      codes.push({ role: role.code, initiative: init ? codeOf(initiativeCodes, b.initiative, init) : BACKFILL_CODE });
      roleOf.push(role);
    }
  }
  const ids = numberHires(codes);
  return drafts.map((draft, i) => {
    const id = ids[i] as string;
    const role = roleOf[i] as Role;
    const tracked = tracking.get(trackingKey(id));
    return { id, ...draft, ...(tracked ? trackedForecast(draft, role, asOf, tracked) : forecast(draft, role, asOf)) };
  });
}

function codeOf(codes: Map<number, string>, index: number, init: Initiative): string {
  let code = codes.get(index);
  if (code === undefined) {
    code = initiativeCode(init.key, init.name);
    codes.set(index, code);
  }
  return code;
}
