/**
 * What each roadmap tool's export looks like: the columns it writes for the roadmap's meanings and
 * the words it uses for priority. A tool's headers are compared as `exactHeaderKey` gives them
 * (case, spaces and punctuation ignored, parentheses kept: Jira's `Custom field (Start date)` is
 * not `Custom field`); the synonyms every tool may use are the schema's (src/plan/schema.ts).
 */
import type { RoadmapKey } from "../../plan/roadmap-mapping";

/** Priority words most tools share; a tool's own list is tried first. */
export const PRIORITY_WORDS: Readonly<Record<string, string>> = {
  highest: "P0",
  urgent: "P0",
  critical: "P0",
  blocker: "P0",
  high: "P1",
  medium: "P2",
  normal: "P2",
  low: "P3",
  lowest: "P3",
  minor: "P3",
};

export interface ToolProfile {
  readonly id: string;
  /** How the run names the source: "Jira export". */
  readonly label: string;
  /** The documentation the columns follow. */
  readonly doc: string;
  /** Headers (as exactHeaderKey) that all appear in this tool's export and together in no other's. */
  readonly signature: readonly string[];
  /** The tool's own columns for each meaning, tried before the synonyms. */
  readonly columns: Readonly<Partial<Record<RoadmapKey, readonly string[]>>>;
  /** Headers of the tool that read as a roadmap column but mean something else: left unused. */
  readonly unused?: readonly string[];
  /** Priority values (as exactHeaderKey) → P0..P3; null leaves the cell blank (the default, P1). */
  readonly priorities?: Readonly<Record<string, string | null>>;
  /** A numeric priority scale: the value's band → P0..P3. */
  readonly priorityScale?: (n: number) => string | null;
}

export const TOOLS: readonly ToolProfile[] = [
  {
    id: "jira",
    label: "Jira export",
    // "Export issues" → CSV (all fields / current fields): one column per field, custom fields as
    // "Custom field (Name)", dates as dd/MMM/yy h:mm a, priorities Highest, High, Medium, Low, Lowest.
    doc: "https://support.atlassian.com/jira-software-cloud/docs/export-issues/",
    signature: ["issuekey", "summary"],
    columns: {
      key: ["Issue key"],
      name: ["Summary"],
      workstream: ["Component/s", "Custom field (Workstream)", "Labels"],
      start: ["Custom field (Start date)", "Start date"],
      end: ["Due date", "Custom field (Target end)", "Custom field (End date)"],
      size: ["Custom field (T-shirt size)", "Custom field (Story point estimate)", "Custom field (Story Points)"],
      owner: ["Assignee", "Custom field (Team)"],
      notes: ["Description"],
    },
    priorities: { highest: "P0", high: "P1", medium: "P2", low: "P3", lowest: "P3" },
  },
  {
    id: "azure-devops",
    label: "Azure DevOps export",
    // Boards query results → "Export to CSV": ID, Work Item Type, Title, State, Assigned To, Area Path,
    // Tags, Priority (1 = highest .. 4), Effort / Story Points, Start Date, Target Date.
    doc: "https://learn.microsoft.com/en-us/azure/devops/boards/queries/import-work-items-from-csv",
    signature: ["workitemtype", "title"],
    columns: {
      key: ["ID"],
      name: ["Title"],
      workstream: ["Tags", "Area Path"],
      start: ["Start Date"],
      end: ["Target Date", "Finish Date", "Due Date"],
      size: ["Size", "Effort", "Story Points"],
      owner: ["Assigned To"],
      notes: ["Description"],
    },
    priorityScale: (n) => (n >= 1 && n <= 4 && Number.isInteger(n) ? `P${n - 1}` : null),
  },
  {
    id: "github",
    label: "GitHub Projects export",
    // "Export view data" writes the view as a .tsv: Title, Assignees, Status, Labels, Repository,
    // Milestone and the project's fields (Priority P0..P2, Size XS..XL, Start date, Target date).
    doc: "https://docs.github.com/en/issues/planning-and-tracking-with-projects/managing-your-project/exporting-your-projects-data",
    signature: ["title", "assignees", "repository"],
    columns: {
      name: ["Title"],
      workstream: ["Workstream", "Labels", "Milestone"],
      start: ["Start date"],
      end: ["Target date", "End date"],
      size: ["Size", "Estimate"],
      owner: ["Assignees"],
    },
  },
  {
    id: "linear",
    label: "Linear export",
    // Settings → Import / export → "Export CSV": ID, Team, Title, Description, Status, Estimate,
    // Priority (Urgent, High, Medium, Low, No priority), Project, Assignee, Labels, Cycle Start,
    // Cycle End, Due Date; dates as JavaScript writes them.
    doc: "https://linear.app/docs/exporting-data",
    signature: ["title", "team", "cyclename"],
    columns: {
      key: ["ID"],
      name: ["Title"],
      workstream: ["Labels", "Project"],
      start: ["Start date", "Cycle Start"],
      end: ["Target date", "Due Date", "Cycle End"],
      size: ["Estimate"],
      owner: ["Assignee"],
      notes: ["Description"],
    },
    unused: ["Initiatives"],
    priorities: { urgent: "P0", high: "P1", medium: "P2", low: "P3", nopriority: null },
  },
  {
    id: "asana",
    label: "Asana export",
    // Project → Export → CSV: Task ID, Created At, Completed At, Name, Section/Column, Assignee,
    // Start Date, Due Date (YYYY-MM-DD), Tags, Notes, Projects and the project's custom fields.
    doc: "https://asana.com/guide/help/faq/security#gl-export",
    signature: ["taskid", "name", "sectioncolumn"],
    columns: {
      key: ["Task ID"],
      name: ["Name"],
      workstream: ["Workstream", "Section/Column", "Tags"],
      start: ["Start Date"],
      end: ["Due Date"],
      size: ["Size", "Estimate", "Effort"],
      owner: ["Assignee"],
      notes: ["Notes"],
    },
  },
  {
    id: "smartsheet",
    label: "Smartsheet export",
    // Project sheet → File → Export (Excel or CSV): Task Name, Start Date, End Date, Duration,
    // Predecessors, Assigned To, % Complete, Status; dates in the account's regional format.
    doc: "https://help.smartsheet.com/articles/2482133-export-sheet-report",
    signature: ["taskname", "assignedto", "complete"],
    columns: {
      key: ["Row ID", "ID"],
      name: ["Task Name"],
      start: ["Start Date", "Start"],
      end: ["End Date", "Finish"],
      owner: ["Assigned To"],
      notes: ["Comments"],
    },
  },
  {
    id: "ms-project",
    label: "MS Project export",
    // File → Export → Excel (Export Wizard, task table): ID, Unique ID, Name, Duration, Start,
    // Finish ("Mon 1/4/27" in the default date format), Resource Names, Priority (0..1000, 500 by
    // default), Notes, and renamed custom fields.
    doc: "https://support.office.com/en-us/article/Understand-how-dates-are-used-in-Project-af7580a0-592e-45ef-843b-72a3eddc1003",
    signature: ["finish", "duration"],
    columns: {
      key: ["Unique ID", "ID"],
      name: ["Name", "Task Name"],
      start: ["Start"],
      end: ["Finish"],
      owner: ["Resource Names"],
    },
    priorityScale: (n) => (n < 0 || n > 1000 ? null : n >= 900 ? "P0" : n >= 500 ? "P1" : n >= 200 ? "P2" : "P3"),
  },
  {
    id: "productboard",
    label: "Productboard export",
    // Features board → Export to CSV: Feature ID, Feature name, Feature description, Status, Owner,
    // Parent, Timeframe start, Timeframe end, Effort and the board's custom fields.
    doc: "https://support.productboard.com/hc/en-us/articles/27858826222355-Fundamentals-of-Productboard",
    signature: ["featurename", "timeframestart"],
    columns: {
      key: ["Feature ID"],
      name: ["Feature name"],
      workstream: ["Workstream", "Parent", "Component"],
      start: ["Timeframe start"],
      end: ["Timeframe end"],
      size: ["Effort", "Size"],
      owner: ["Owner"],
      notes: ["Feature description"],
    },
  },
  {
    id: "aha",
    label: "Aha! export",
    // List report → Export → CSV: Feature reference #, Feature name, Feature status, Feature start
    // date, Feature due date, Feature assigned to, Release name, Initiative name (Aha!'s strategic
    // initiative, not a roadmap row), Epic name, Feature tags.
    doc: "https://www.aha.io/support/ideas/ideas/settings/csv-import",
    signature: ["featurename", "featurereference"],
    columns: {
      key: ["Feature reference #", "Feature reference"],
      name: ["Feature name"],
      workstream: ["Workstream", "Epic name", "Feature tags"],
      start: ["Feature start date"],
      end: ["Feature due date"],
      size: ["Size", "Feature initial estimate", "Feature score"],
      owner: ["Feature assigned to", "Feature assigned to user"],
      notes: ["Feature description"],
    },
    unused: ["Initiative", "Initiative name"],
  },
];

export const TOOL_IDS: readonly string[] = TOOLS.map((t) => t.id);

/** A synonym-only profile for files no tool's signature matches. */
export const GENERIC: ToolProfile = { id: "generic", label: "Roadmap columns", doc: "", signature: [], columns: {} };
