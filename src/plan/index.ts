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
  SettingsOverrides,
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
}

/** What `plan` answers; `makePlan` adds where the input tables live to either branch. */
type Fatal = Omit<PlanFailure, "inputSheets">;
type Drafted = { readonly ok: true; readonly plan: Omit<Plan, "inputSheets"> } | Fatal;

function fatal(reason: string, diagnostics: readonly Diagnostic[]): Fatal {
  return { ok: false, reason, diagnostics };
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
    drafted = fatal(`Headstart could not make this plan (internal error: ${e instanceof Error ? e.message : String(e)})`, []);
  }
  return drafted.ok ? { ok: true, plan: { ...drafted.plan, inputSheets: where } } : { ...drafted, inputSheets: where };
}

function plan(grids: InputGrids, { today, overrides = {}, previous }: PlanOptions): Drafted {
  const diagnostics: Diagnostic[] = [];
  const s = readSettings(grids.settings, overrides, today, diagnostics);
  if ("fatal" in s) {
    const first = s.fatal[0];
    return first ? fatal(fatalReason(first), [...diagnostics, ...s.fatal]) : fatal("the Settings table could not be read", diagnostics);
  }
  const settings = s.settings;

  const r = readRoles(grids.roles ?? defaultRoles, diagnostics);
  if ("fatal" in r) return fatalAt(r.fatal, diagnostics);
  if (r.roles.length === 0) {
    const rolesGrid = grids.roles ?? defaultRoles;
    return fatalAt(tableDiagnostic(rolesGrid, "the Roles table has no valid row: add at least one role with all its figures"), diagnostics);
  }
  const roles = r.roles;

  const w = readWorkstreams(grids.workstreams ?? defaultWorkstreams, roles, r.leftOut, diagnostics);
  if ("fatal" in w) return fatalAt(w.fatal, diagnostics);

  const t = grids.team ? readTeam(grids.team, roles, diagnostics) : [];
  if ("fatal" in t) return fatalAt(t.fatal, diagnostics);

  const tracking = grids.tracking ? readTracking(grids.tracking, settings.asOf, diagnostics) : (new Map() as Tracking);
  if ("fatal" in tracking) return fatalAt(tracking.fatal, diagnostics);

  if (!grids.roadmap) {
    const d: Diagnostic = {
      severity: "error",
      sheet: "Roadmap",
      cell: "A1",
      message: "there is no Roadmap table: add one (Initiative, Workstream, Start, End, Size, ...)",
    };
    return fatalAt(d, diagnostics);
  }
  const rm = readRoadmap(grids.roadmap, w, settings, diagnostics);
  if ("fatal" in rm) return fatalAt(rm.fatal, diagnostics);
  if (rm.validRows === 0) {
    const firstError = diagnostics.find((d) => d.sheet === "Roadmap" && d.severity === "error");
    const why = firstError ? `every row has errors (first: ${fatalReason(firstError)})` : "add initiatives below its header";
    return fatalAt(tableDiagnostic(grids.roadmap, `no valid roadmap row: ${why}`), diagnostics);
  }

  const H = settings.horizonMonths;
  const months = Array.from({ length: H }, (_, k) => addMonths(settings.planStart, k));
  const initiatives = rm.initiatives;
  const demand = computeDemand(initiatives, w, roles, settings.planStart, H);
  const target = targetHeadcount(demand.fte, settings.availability);
  const baseline = baselineHeadcount(roles, t, H);
  const walk = walkHires(target, baseline, initiatives, demand.byRole, settings.planStart);
  const tooMany = planSizeProblem(walk.batches.reduce((n, b) => n + b.count, 0));
  if (tooMany !== null) return fatal(tooMany, diagnostics);

  const scheduled = scheduleHires(walk.batches, roles, initiatives, months, settings.asOf, tracking);
  const placed = placeHires(scheduled, roles, t, settings);
  const hires = placed?.hires ?? scheduled;
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
  if (previous?.kind === "old") {
    diagnostics.push({
      severity: "warning",
      sheet: "Settings",
      cell: "A1",
      message:
        "the previous plan was made before hire ids were stable (ids like H-001): it cannot be compared, so no changes are shown; the next build compares with this one",
    });
  }
  const recruiting = recruitingLoad(hires, roles, settings.asOf, settings.planStart, H, settings.reqsPerRecruiter);
  return {
    ok: true,
    plan: {
      settings,
      months,
      roles,
      workstreams: w,
      initiatives,
      team: t,
      rolePlans,
      hires,
      recruiting,
      totals,
      diagnostics,
      changes: previous?.kind === "plan" ? planChanges(previous.plan, hires, totals.costByQuarter) : null,
      capacity: placed?.capacity ?? null,
    },
  };
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
