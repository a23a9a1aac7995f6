import type { Diagnostic, HireReason, HireStatus, Plan, RolePlan } from "./types";
import { formatDate, formatMonth } from "./calendar";

/** The JSON result of spec §4 (the CLI's `--json`). */
export interface PlanJson {
  readonly schemaVersion: 1;
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
    readonly forecastStart: string;
    readonly expectedProductive: string;
    readonly delayDays: number;
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
    readonly lateHires: number;
  };
  readonly diagnostics: readonly Diagnostic[];
}

/** Rounds half away from zero at `digits` decimals, and never gives -0. */
export function roundTo(x: number, digits: number): number {
  const f = 10 ** digits;
  const r = Math.sign(x) * Math.round(Math.abs(x) * f + 1e-7) / f;
  return r === 0 ? 0 : r;
}

const money = (x: number): number => roundTo(x, 2);
const fte = (x: number): number => roundTo(x, 4);

export function planToJson(plan: Plan): PlanJson {
  const s = plan.settings;
  return {
    schemaVersion: 1,
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
      cost: rp.cost.map(money),
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
      forecastStart: formatDate(h.forecastStart),
      expectedProductive: formatDate(h.expectedProductive),
      delayDays: h.delayDays,
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
      cost: money(plan.totals.cost),
      costByQuarter: Object.fromEntries(plan.totals.costByQuarter.map((q) => [q.quarter, money(q.cost)])),
      lateHires: plan.totals.lateHires,
    },
    diagnostics: plan.diagnostics.map((d) => ({ severity: d.severity, sheet: d.sheet, cell: d.cell, message: d.message })),
  };
}
