import type { Diagnostic, Grid, Hire, InputGrids, Plan, PlanFailure, PlanOutcome, RolePlan, SettingsOverrides } from "./types";
import type { CalDate } from "./calendar";
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
import { backwardSchedule } from "./schedule";
import { forecast } from "./status";
import { roleCosts } from "./cost";
import { recruitingLoad } from "./recruiting";
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

/** `H-001`: three digits, more once there are over 999 hires. */
export function hireId(n: number): string {
  return `H-${String(n).padStart(3, "0")}`;
}

/**
 * Input grids -> plan (spec §2), or a fatal reason. Never throws: whatever the grids hold, the
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

function plan(grids: InputGrids, { today, overrides = {} }: PlanOptions): Drafted {
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

  if (!grids.roadmap) {
    const d: Diagnostic = { severity: "error", sheet: "Roadmap", cell: "A1", message: "there is no Roadmap table: add one (Initiative, Workstream, Start, End, Size, ...)" };
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

  const hires: Hire[] = [];
  for (const b of walk.batches) {
    const role = roles[b.role];
    if (!role) continue;
    const needByMonth = months[b.month] ?? settings.planStart;
    const schedule = backwardSchedule(role, needByMonth);
    const f = forecast(schedule, role, settings.asOf);
    const init = initiatives[b.initiative];
    const alike = { role: role.name, reason: b.reason, initiative: init?.name ?? "", priority: init?.priority ?? null, owner: init?.owner ?? "", needByMonth, ...schedule, ...f };
    for (let i = 0; i < b.count; i++) hires.push({ id: hireId(hires.length + 1), ...alike });
  }

  const cost = roleCosts(roles, baseline, hires, settings.planStart, H);
  const rolePlans: RolePlan[] = roles.map((role, i) => ({
    role: role.name,
    demandFte: demand.fte[i] ?? [],
    targetHeadcount: target[i] ?? [],
    baselineHeadcount: baseline[i] ?? [],
    plannedHeadcount: walk.planned[i] ?? [],
    newHires: walk.newHires[i] ?? [],
    surplus: walk.surplus[i] ?? [],
    cost: cost[i] ?? [],
  }));
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
      totals: planTotals(rolePlans, hires, months),
      diagnostics,
    },
  };
}
