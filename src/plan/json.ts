import type { Diagnostic, HireReason, HireStage, HireStatus, Plan, PlanChanges, RolePlan } from "./types";
import { formatDate, formatMonth } from "./calendar";
import { cents, roundTo } from "./round";
import type { CapacityJson } from "./capacity-json";
import { capacityToJson } from "./capacity-json";

/** The JSON result of docs/spec.md §4 (the CLI's `--json`). */
export interface PlanJson {
  readonly schemaVersion: 2;
  readonly settings: {
    readonly planStart: string;
    readonly horizonMonths: number;
    readonly asOf: string;
    readonly availability: number;
    readonly confidenceMode: string;
    readonly reqsPerRecruiter: number;
    readonly currency: string;
  };
  readonly months: readonly string[];
  /** Same shape as the plan's role plans (money and FTE rounded). */
  readonly roles: readonly RolePlan[];
  readonly hires: readonly {
    readonly id: string;
    readonly role: string;
    readonly reason: HireReason;
    readonly initiative: string;
    readonly needBy: string;
    readonly start: string;
    readonly offerAccepted: string;
    readonly reqOpen: string;
    readonly pipelineStart: string;
    readonly status: HireStatus;
    readonly slackDays: number;
    readonly daysLate: number;
    readonly stage: HireStage;
    readonly forecastPipelineStart: string;
    readonly forecastReqOpen: string;
    readonly forecastOfferAccepted: string;
    readonly forecastStart: string;
    readonly expectedProductive: string;
    readonly delayDays: number;
    /** Only with capacity (spec §7). */
    readonly capacityDelayDays?: number;
  }[];
  readonly recruiting: {
    readonly months: readonly string[];
    readonly openReqs: readonly number[];
    readonly activePipelines: readonly number[];
    readonly interviewHours: readonly number[];
    readonly recruitersNeeded: readonly number[];
  };
  readonly totals: {
    readonly hires: number;
    readonly hiresByRole: Readonly<Record<string, number>>;
    readonly cost: number;
    readonly costByQuarter: Readonly<Record<string, number>>;
    readonly costBeforePlan: number;
    readonly lateHires: number;
    readonly hiresByStage: Readonly<Record<HireStage, number>>;
  };
  readonly diagnostics: readonly Diagnostic[];
  /** Only when a previous plan was compared (docs/spec.md §6.4). */
  readonly changes?: {
    readonly previousAsOf: string;
    readonly added: readonly string[];
    readonly removed: readonly string[];
    readonly moved: readonly { readonly id: string; readonly from: string; readonly to: string }[];
    readonly statusChanged: readonly { readonly id: string; readonly from: HireStatus; readonly to: HireStatus }[];
    readonly costByQuarter: Readonly<Record<string, { readonly before: number; readonly after: number }>>;
  };
  /** Only with capacity inputs (spec §7.3). */
  readonly capacity?: CapacityJson;
}

const fte = (x: number): number => roundTo(x, 4);

export function planToJson(plan: Plan): PlanJson {
  const s = plan.settings;
  return {
    schemaVersion: 2,
    settings: {
      planStart: formatMonth(s.planStart),
      horizonMonths: s.horizonMonths,
      asOf: formatDate(s.asOf),
      availability: s.availability,
      confidenceMode: s.confidenceMode,
      reqsPerRecruiter: s.reqsPerRecruiter,
      currency: s.currency,
    },
    months: plan.months.map(formatMonth),
    roles: plan.rolePlans.map((rp) => ({
      role: rp.role,
      demandFte: rp.demandFte.map(fte),
      targetHeadcount: [...rp.targetHeadcount],
      baselineHeadcount: [...rp.baselineHeadcount],
      plannedHeadcount: [...rp.plannedHeadcount],
      newHires: [...rp.newHires],
      surplus: [...rp.surplus],
      cost: rp.cost.map(cents),
    })),
    hires: plan.hires.map((h) => ({
      id: h.id,
      role: h.role,
      reason: h.reason,
      initiative: h.initiative,
      needBy: formatDate(h.needBy),
      start: formatDate(h.start),
      offerAccepted: formatDate(h.offerAccepted),
      reqOpen: formatDate(h.reqOpen),
      pipelineStart: formatDate(h.pipelineStart),
      status: h.status,
      slackDays: h.slackDays,
      daysLate: h.daysLate,
      stage: h.stage,
      forecastPipelineStart: formatDate(h.forecastPipelineStart),
      forecastReqOpen: formatDate(h.forecastReqOpen),
      forecastOfferAccepted: formatDate(h.forecastOfferAccepted),
      forecastStart: formatDate(h.forecastStart),
      expectedProductive: formatDate(h.expectedProductive),
      delayDays: h.delayDays,
      ...(plan.capacity ? { capacityDelayDays: h.capacityDelayDays } : {}),
    })),
    recruiting: {
      months: plan.recruiting.months.map(formatMonth),
      openReqs: [...plan.recruiting.openReqs],
      activePipelines: [...plan.recruiting.activePipelines],
      interviewHours: plan.recruiting.interviewHours.map(fte),
      recruitersNeeded: [...plan.recruiting.recruitersNeeded],
    },
    totals: {
      hires: plan.totals.hires,
      hiresByRole: Object.fromEntries(plan.totals.hiresByRole.map((r) => [r.role, r.hires])),
      cost: cents(plan.totals.cost),
      costByQuarter: Object.fromEntries(plan.totals.costByQuarter.map((q) => [q.quarter, cents(q.cost)])),
      costBeforePlan: cents(plan.totals.costBeforePlan),
      lateHires: plan.totals.lateHires,
      hiresByStage: { ...plan.totals.hiresByStage },
    },
    diagnostics: plan.diagnostics.map((d) => ({ severity: d.severity, sheet: d.sheet, cell: d.cell, message: d.message })),
    ...(plan.changes ? { changes: changesToJson(plan.changes) } : {}),
    ...(plan.capacity ? { capacity: capacityToJson(plan.capacity) } : {}),
  };
}

function changesToJson(c: PlanChanges): NonNullable<PlanJson["changes"]> {
  return {
    previousAsOf: formatDate(c.previousAsOf),
    added: [...c.added],
    removed: c.removed.map((r) => r.id),
    moved: c.moved.map((m) => ({ id: m.id, from: formatDate(m.from), to: formatDate(m.to) })),
    statusChanged: c.statusChanged.map((m) => ({ ...m })),
    costByQuarter: Object.fromEntries(c.costByQuarter.map((q) => [q.quarter, { before: cents(q.before), after: cents(q.after) }])),
  };
}
