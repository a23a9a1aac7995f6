/**
 * The one schema of the input tables (docs/spec.md §1, §6.2): each table's name, where its grid sits
 * in `InputGrids`, its columns and the words its cells may hold. The readers (src/plan/input), the
 * template, the column-mapping step and every shell derive from it, so a column added here is read,
 * written into the template and proposed by the mapping step at once.
 */

/** A column of an input table. Its normalised key is `normalizeHeader(label)` (headers.ts). */
export interface ColumnDef {
  /** The header the template writes and messages name. */
  readonly label: string;
  /** A table without it cannot be read at all. */
  readonly required: boolean;
  /** Other normalised headers the reader takes as this column (the spec's own alternatives). */
  readonly aliases?: readonly string[];
  /**
   * Headers other tools use for the same thing, as they write them ("Due date"), in order of
   * preference: the column-mapping step and the import adapters (src/io/imports) propose them,
   * compared as `normalizeHeader` sees them. Only proposed, never read silently: the user confirms
   * them in the pane, and the CLI prints what it mapped.
   */
  readonly synonyms?: readonly string[];
}

const ROADMAP_COLUMNS = {
  name: {
    label: "Initiative",
    required: true,
    synonyms: [
      "Summary",
      "Title",
      "Name",
      "Initiative name",
      "Project name",
      "Epic name",
      "Task name",
      "Feature name",
      "Epic",
      "Feature",
      "Project",
    ],
  },
  workstream: {
    label: "Workstream",
    required: true,
    synonyms: ["Stream", "Track", "Category", "Type", "Theme", "Component", "Component/s"],
  },
  start: {
    label: "Start",
    required: true,
    synonyms: [
      "Start date",
      "Begin",
      "Begin date",
      "Begins",
      "Kickoff",
      "Kickoff date",
      "Start month",
      "Planned start",
      "Target start",
      "Start on",
    ],
  },
  end: {
    label: "End",
    required: true,
    synonyms: [
      "End date",
      "Due date",
      "Due",
      "Finish",
      "Finish date",
      "Target date",
      "Target",
      "End month",
      "Target end",
      "Planned end",
      "Deadline",
      "Due on",
    ],
  },
  size: {
    label: "Size",
    required: true,
    synonyms: ["T-shirt size", "T-shirt", "Estimate", "Effort", "Story points", "Story point estimate", "Points"],
  },
  confidence: { label: "Confidence", required: false, synonyms: ["Probability", "Likelihood"] },
  priority: { label: "Priority", required: false },
  // Team comes last: it is the owner only when nothing names a person.
  owner: { label: "Owner", required: false, synonyms: ["Lead", "DRI", "Assignee", "Assigned to", "Assignees", "Resource names", "Team"] },
  notes: { label: "Notes", required: false, synonyms: ["Note", "Comments", "Comment", "Description"] },
  // docs/spec.md §1: `Key`, or `ID` when the table has no `Key` column. The initiative's id in the
  // user's own tool (Jira's "Issue key"): hire ids keep it (§6.1).
  key: { label: "Key", required: false, aliases: ["id"], synonyms: ["Issue key", "Issue ID", "Ref", "Reference", "Ticket"] },
} as const satisfies Readonly<Record<string, ColumnDef>>;

const WORKSTREAMS_COLUMNS = {
  name: { label: "Workstream", required: true },
  kind: { label: "Kind", required: false },
} as const satisfies Readonly<Record<string, ColumnDef>>;

const ROLES_COLUMNS = {
  name: { label: "Role", required: true },
  sourcingLeadDays: { label: "Sourcing lead (days)", required: true },
  timeToFillDays: { label: "Time to fill (days)", required: true },
  noticeDays: { label: "Notice (days)", required: true },
  rampUpDays: { label: "Ramp-up (days)", required: true },
  loadedAnnualCost: { label: "Loaded annual cost", required: true },
  candidatesPerHire: { label: "Candidates per hire", required: true },
  interviewHoursPerCandidate: { label: "Interview hours per candidate", required: true },
  code: { label: "Code", required: false },
} as const satisfies Readonly<Record<string, ColumnDef>>;

const TEAM_COLUMNS = {
  role: { label: "Role", required: true },
  headcount: { label: "Current headcount", required: true, aliases: ["headcount"] },
  attrition: { label: "Annual attrition", required: false, aliases: ["attrition"] },
  // docs/spec.md §7.1: the hours the role's own people can give to interviewing each month.
  interviewHours: { label: "Interview hours per month", required: false, aliases: ["interviewhours"] },
} as const satisfies Readonly<Record<string, ColumnDef>>;

const SETTINGS_COLUMNS = {
  key: { label: "Setting", required: true, aliases: ["key", "name", "parameter", "settings"] },
  value: { label: "Value", required: true },
} as const satisfies Readonly<Record<string, ColumnDef>>;

const TRACKING_COLUMNS = {
  // docs/spec.md §6.2: `Hire ID`, or `ID` when the table has no `Hire ID` column.
  id: { label: "Hire ID", required: true, aliases: ["id"] },
  stage: { label: "Stage", required: true },
  pipelineStarted: { label: "Pipeline started", required: false },
  reqOpened: { label: "Req opened", required: false },
  offerAccepted: { label: "Offer accepted", required: false },
  startDate: { label: "Start date", required: false },
  atsReq: { label: "ATS req", required: false },
  candidate: { label: "Candidate", required: false },
  notes: { label: "Notes", required: false },
} as const satisfies Readonly<Record<string, ColumnDef>>;

/**
 * The six tables, in the order a workbook's input sheets and the template are laid out. `gridKey`
 * is where the table's grid sits in `InputGrids`, and a CLI folder's file name (plus `.csv`).
 */
export const TABLES = {
  Roadmap: { gridKey: "roadmap", columns: ROADMAP_COLUMNS },
  Workstreams: { gridKey: "workstreams", columns: WORKSTREAMS_COLUMNS },
  Roles: { gridKey: "roles", columns: ROLES_COLUMNS },
  Team: { gridKey: "team", columns: TEAM_COLUMNS },
  Settings: { gridKey: "settings", columns: SETTINGS_COLUMNS },
  Tracking: { gridKey: "tracking", columns: TRACKING_COLUMNS },
} as const;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as readonly TableName[];
export type GridKey = (typeof TABLES)[TableName]["gridKey"];
/** Where each table's grid sits in `InputGrids`. */
export const GRID_KEYS = Object.fromEntries(TABLE_NAMES.map((n) => [n, TABLES[n].gridKey])) as {
  readonly [N in TableName]: (typeof TABLES)[N]["gridKey"];
};

/** The columns of one table, keyed as its reader names them. */
export type Columns<N extends TableName> = (typeof TABLES)[N]["columns"];

/** A table's header labels in schema order: the header an empty table of the template gets. */
export function headerLabels(name: TableName): string[] {
  return Object.values<ColumnDef>(TABLES[name].columns).map((c) => c.label);
}

/** Roadmap Size names and the size-M multiples they stand for (docs/spec.md §1). */
export const SIZE_NAMES = { S: 0.5, M: 1, L: 2, XL: 3 } as const;
export const WORKSTREAM_KINDS = ["production", "analytics", "research"] as const;
export type WorkstreamKind = (typeof WORKSTREAM_KINDS)[number];
/** Where a tracked hire is (docs/spec.md §6.2), in the order the events happen. */
export const TRACKED_STAGES = ["sourcing", "req open", "offer accepted", "started"] as const;
export type TrackedStage = (typeof TRACKED_STAGES)[number];
export const CONFIDENCE_MODES = ["full", "weighted", "committed"] as const;
export type ConfidenceMode = (typeof CONFIDENCE_MODES)[number];
export const PRIORITIES = ["P0", "P1", "P2", "P3"] as const;
export type Priority = (typeof PRIORITIES)[number];
