import type { Result } from "./result";
import type { CalDate, Month } from "./calendar";
import type { ConfidenceMode, GridKey, Priority, TableName, WorkstreamKind } from "./schema";
import { TRACKED_STAGES } from "./schema";

/** One cell as every reader delivers it: CSV text, an Excel value, an .xlsx value (dates as serials). */
export type Cell = string | number | boolean | null;

// The input tables' vocabulary lives in the schema; re-exported where the model's types are.
export { CONFIDENCE_MODES, GRID_KEYS, PRIORITIES, TABLE_NAMES, TRACKED_STAGES } from "./schema";
export type { ConfidenceMode, Priority, TableName, TrackedStage, WorkstreamKind } from "./schema";

/**
 * A raw table as read from its source: `rows[0]` is the header row. `originRow`/`originCol`
 * (1-based) locate `rows[0][0]` in its sheet, so a diagnostic can name the real cell whether the
 * table came from a CSV (origin 1,1) or from an Excel table placed anywhere.
 */
export interface Grid {
  readonly sheet: TableName;
  readonly originRow: number;
  readonly originCol: number;
  readonly rows: readonly (readonly Cell[])[];
  /**
   * The worksheet that holds the table, when the reader knows it and it may differ from the
   * table's name (a user's sheet "Plan 2027", a template sheet "Roadmap (Headstart)"). Absent:
   * a sheet named like the table, as in CSV input.
   */
  readonly location?: string;
}

/** The worksheet each input table was read from, for tables whose grid had a `location`. */
export type InputSheets = Readonly<Partial<Record<TableName, string>>>;

/** Each table's raw grid, where the schema's `gridKey` says. */
export type InputGrids = Readonly<Partial<Record<GridKey, Grid>>>;

export type Severity = "error" | "warning";

export interface Diagnostic {
  readonly severity: Severity;
  readonly sheet: TableName;
  /** A1 address in the input sheet, e.g. `D7`. */
  readonly cell: string;
  readonly message: string;
}

export type HireReason = "growth" | "backfill";
export const HIRE_STATUSES = ["on track", "start now", "at risk"] as const;
export type HireStatus = (typeof HIRE_STATUSES)[number];
/** An untracked hire is `planned`. */
export const HIRE_STAGES = ["planned", ...TRACKED_STAGES] as const;
export type HireStage = (typeof HIRE_STAGES)[number];

export interface Settings {
  readonly planStart: Month;
  readonly horizonMonths: number;
  readonly asOf: CalDate;
  readonly availability: number;
  readonly confidenceMode: ConfidenceMode;
  readonly reqsPerRecruiter: number;
  /** The recruiters available (spec §7); null when not given. */
  readonly recruiters: number | null;
  readonly currency: string;
}

/** Flags and task-pane fields that win over the Settings table. */
export interface SettingsOverrides {
  readonly asOf?: CalDate;
  readonly planStart?: Month;
  readonly horizonMonths?: number;
  readonly confidenceMode?: ConfidenceMode;
  readonly availability?: number;
  readonly reqsPerRecruiter?: number;
  readonly recruiters?: number;
  readonly currency?: string;
}

export interface Role {
  readonly name: string;
  /** The role code of hire ids (docs/spec.md §6.1): from the Code column, else the name's initials. */
  readonly code: string;
  readonly sourcingLeadDays: number;
  readonly timeToFillDays: number;
  readonly noticeDays: number;
  readonly rampUpDays: number;
  readonly loadedAnnualCost: number;
  readonly candidatesPerHire: number;
  readonly interviewHoursPerCandidate: number;
  /** Row of this role in the Roles sheet (1-based), for links back to the input. */
  readonly sheetRow: number;
}

export interface Workstream {
  readonly name: string;
  readonly kind: WorkstreamKind;
  /** FTE per role name (roles absent here need 0) for one initiative of size M. */
  readonly mix: ReadonlyMap<string, number>;
  readonly sheetRow: number;
}

export interface Initiative {
  readonly name: string;
  /** The Key as written (docs/spec.md §6.1): its hires' initiative code comes from it, else from a hash of the name. */
  readonly key: string;
  /** The Workstreams row's own spelling. */
  readonly workstream: string;
  /** After clipping to the plan window. */
  readonly start: Month;
  readonly end: Month;
  readonly size: number;
  readonly confidence: number;
  readonly priority: Priority;
  readonly owner: string;
  readonly notes: string;
  readonly sheetRow: number;
  /** Position among the roadmap's rows (0-based), the tie-breaker of attribution and ordering. */
  readonly order: number;
  /** Start and End as written, before clipping (attribution breaks ties on the written Start). */
  readonly writtenStart: Month;
  readonly writtenEnd: Month;
  /** The factor its FTE counts with under the confidence mode (0 when `committed` leaves it out). */
  readonly weight: number;
}

export interface TeamMember {
  readonly role: string;
  readonly headcount: number;
  readonly annualAttrition: number;
  /** Hours the role's people can give to interviews a month (spec §7); null: no limit. */
  readonly interviewHoursPerMonth: number | null;
}

export interface Hire {
  readonly id: string;
  readonly role: string;
  readonly reason: HireReason;
  /** "" for a backfill. */
  readonly initiative: string;
  /** The initiative's priority and owner, for recruiters; a backfill has none. */
  readonly priority: Priority | null;
  readonly owner: string;
  readonly needByMonth: Month;
  readonly needBy: CalDate;
  readonly start: CalDate;
  readonly offerAccepted: CalDate;
  readonly reqOpen: CalDate;
  readonly pipelineStart: CalDate;
  readonly status: HireStatus;
  readonly slackDays: number;
  readonly daysLate: number;
  /** `planned` unless a Tracking row says what has happened. */
  readonly stage: HireStage;
  /** What the recruiters' Tracking row adds, for the sheets and the recruiter CSV (not the JSON). */
  readonly tracking: TrackingNote | null;
  readonly forecastPipelineStart: CalDate;
  readonly forecastReqOpen: CalDate;
  readonly forecastOfferAccepted: CalDate;
  readonly forecastStart: CalDate;
  readonly expectedProductive: CalDate;
  readonly delayDays: number;
  /** Days its pipeline start was pushed to fit recruiting capacity (spec §7.2); 0 without capacity. */
  readonly capacityDelayDays: number;
}

/** The free-text columns of a hire's Tracking row. */
export interface TrackingNote {
  readonly atsReq: string;
  readonly candidate: string;
  readonly notes: string;
  /** Sheet row of the Tracking row, for links back to it. */
  readonly sheetRow: number;
}

/** Per-role monthly arrays, each of length horizonMonths, in plan-month order. */
export interface RolePlan {
  readonly role: string;
  readonly demandFte: readonly number[];
  readonly targetHeadcount: readonly number[];
  readonly baselineHeadcount: readonly number[];
  readonly plannedHeadcount: readonly number[];
  readonly newHires: readonly number[];
  readonly surplus: readonly number[];
  /** Unrounded money; the JSON rounds to cents. */
  readonly cost: readonly number[];
}

export interface RecruitingLoad {
  readonly months: readonly Month[];
  readonly openReqs: readonly number[];
  readonly activePipelines: readonly number[];
  readonly interviewHours: readonly number[];
  readonly recruitersNeeded: readonly number[];
}

export interface QuarterCost {
  /** `2027-Q1` */
  readonly quarter: string;
  readonly cost: number;
}

export interface Totals {
  readonly hires: number;
  /** In Roles order. */
  readonly hiresByRole: readonly { readonly role: string; readonly hires: number }[];
  readonly cost: number;
  readonly costByQuarter: readonly QuarterCost[];
  /** Pay of hires who start before the plan's first month, for those earlier months (docs/spec.md §2.9). */
  readonly costBeforePlan: number;
  /** Hires not on track. */
  readonly lateHires: number;
  readonly hiresByStage: Readonly<Record<HireStage, number>>;
}

/** A plan the engine could make: everything every sheet, export and screen shows. */
export interface Plan {
  readonly settings: Settings;
  readonly months: readonly Month[];
  /** Valid roles in Roles order. */
  readonly roles: readonly Role[];
  readonly workstreams: readonly Workstream[];
  /** Valid initiatives that touch the plan window, clipped, in roadmap order. */
  readonly initiatives: readonly Initiative[];
  readonly team: readonly TeamMember[];
  /** In Roles order, one per role. */
  readonly rolePlans: readonly RolePlan[];
  readonly hires: readonly Hire[];
  readonly recruiting: RecruitingLoad;
  readonly totals: Totals;
  readonly diagnostics: readonly Diagnostic[];
  /** What moved since the previous plan (docs/spec.md §6.4), when one was given and could be compared. */
  readonly changes: PlanChanges | null;
  /** Recruiting capacity (spec §7), when Recruiters or an interviewer limit was given. */
  readonly capacity: Capacity | null;
  /** Where the input tables live, so a diagnostic's link finds its cell (see `diagnosticSheet`). */
  readonly inputSheets: InputSheets;
}

export interface PlanChanges {
  /** The previous plan's As of. */
  readonly previousAsOf: CalDate;
  readonly added: readonly string[];
  /** The previous plan's hires that this plan no longer has, as that plan described them. */
  readonly removed: readonly { readonly id: string; readonly role: string; readonly initiative: string; readonly needBy: CalDate }[];
  readonly moved: readonly { readonly id: string; readonly from: CalDate; readonly to: CalDate }[];
  readonly statusChanged: readonly { readonly id: string; readonly from: HireStatus; readonly to: HireStatus }[];
  readonly costByQuarter: readonly { readonly quarter: string; readonly before: number; readonly after: number }[];
}

/** Why a hire's pipeline was shifted (spec §7.2): too few recruiters, and/or its role's interviewers. */
export interface CapacityShift {
  readonly id: string;
  readonly recruiters: boolean;
  readonly interviewers: boolean;
  readonly blocked: boolean;
}

export interface Capacity {
  readonly recruiters: number | null;
  readonly pipelineCapacity: number | null;
  /** Ids of blocked hires, in placing order. */
  readonly blocked: readonly string[];
  /** The shifted hires (blocked ones included), in placing order. */
  readonly shifted: readonly CapacityShift[];
  readonly recruitersToKeepOnTime: number;
  /** Roles with a limit, in Roles order. */
  readonly interviewHoursLimit: readonly { readonly role: string; readonly hours: number }[];
  /** Per limited role (Roles order), the largest monthly hours of the unshifted plan. */
  readonly interviewHoursToKeepOnTime: readonly { readonly role: string; readonly hours: number }[];
  /** Per limited role (Roles order), the placed plan's hours per recruiting month. */
  readonly interviewHoursByRole: readonly { readonly role: string; readonly hours: readonly number[] }[];
}

/** No plan: one reason, the diagnostics that led to it, and where their tables live. */
export interface PlanFailure {
  readonly reason: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly inputSheets: InputSheets;
}

/** Either a plan (possibly with row errors and warnings) or a fatal input problem. */
export type PlanOutcome = Result<Plan, PlanFailure>;
