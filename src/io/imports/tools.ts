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
    // Filters / issue search → Export → "Export CSV (all fields)" or "(current fields)": one column per
    // field, named as the field is ("Issue key", "Summary", "Due date", "Component/s"), custom fields as
    // "Custom field (Start date)", multi-valued fields repeated (Component/s, Component/s). Dates as
    // dd/MMM/yy h:mm a ("25/Feb/26 10:17 PM"). Priorities: Cloud's default scheme Highest, High,
    // Medium, Low, Lowest; older Server/Data Center schemes Blocker, Critical, Major, Minor, Trivial.
    // Official page: https://support.atlassian.com/jira-software-cloud/docs/export-issues/ (not in the
    // stored corpus); headers, dates and priorities confirmed from real Jira Cloud exports in public
    // repositories and from Linear's Jira CSV importer (github.com/linear/linear,
    // packages/import/src/importers/jiraCsv/JiraCsvImporter.ts).
    doc: "https://support.atlassian.com/jira-software-cloud/docs/export-issues/",
    signature: ["issuekey", "summary"],
    columns: {
      key: ["Issue key"],
      name: ["Summary"],
      workstream: ["Component/s", "Custom field (Workstream)", "Labels"],
      start: ["Custom field (Start date)", "Custom field (Target start)", "Start date"],
      end: ["Due date", "Custom field (Target end)", "Custom field (End date)"],
      size: ["Custom field (T-shirt size)", "Custom field (Story point estimate)", "Custom field (Story Points)"],
      owner: ["Assignee", "Custom field (Team)"],
      notes: ["Description"],
    },
    // Five levels onto four by position: Highest/Blocker P0, High/Critical P1, Medium/Major P2, the rest P3.
    priorities: {
      highest: "P0",
      high: "P1",
      medium: "P2",
      low: "P3",
      lowest: "P3",
      blocker: "P0",
      critical: "P1",
      major: "P2",
      minor: "P3",
      trivial: "P3",
    },
  },
  {
    id: "azure-devops",
    label: "Azure DevOps export",
    // Boards → Queries → a query → ⋯ → "Export to CSV": the query's columns by field name ("ID",
    // "Work Item Type", "Title", "Assigned To", "State", "Tags", …), every value quoted, identities as
    // "Display Name <email>". Start Date / Target Date (Microsoft.VSTS.Scheduling.*) and Effort / Story
    // Points / Size appear when the query shows them; dates in the user's locale ("1/4/2027 9:00:00 AM").
    // Priority (Microsoft.VSTS.Common.Priority) is 1 (highest) .. 4.
    // https://learn.microsoft.com/en-us/azure/devops/boards/queries/import-work-items-from-csv
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
    // Project view menu → "Export view data": a .tsv of the view's visible fields (Title, Assignees,
    // Status, Labels, Linked pull requests, Milestone, Repository and the project's own fields such as
    // Priority P0/P1/P2, Size XS..XL, Start date, Target date). The export is documented; its header
    // spellings and date format are not (the fixture's "Jan 4, 2027" is unconfirmed).
    // https://docs.github.com/en/issues/planning-and-tracking-with-projects/managing-your-project/exporting-your-projects-data
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
    // Settings → Workspace → Import / export → "Export CSV": ID, Team, Title, Description, Status,
    // Estimate, Priority, Project ID, Project, Creator, Assignee, Labels, Cycle Number, Cycle Name,
    // Cycle Start, Cycle End, Created, Updated, Started, Triaged, Completed, Canceled, Archived, Due Date,
    // Parent issue, Initiatives, … Timestamps in ISO 8601 UTC ("2027-01-04T00:00:00.000Z"), Due Date as
    // YYYY-MM-DD. Priority: Urgent, High, Medium, Low, No priority. Linear's docs only say admins can
    // export (https://linear.app/docs/workspaces); the columns and priority words are those Linear's own
    // importer reads from that export (the doc link below), the date forms those of real exports.
    doc: "https://github.com/linear/linear/blob/0be38b57fa8a3b6ca5d94fa55399fde948319176/packages/import/src/importers/linearCsv/LinearCsvImporter.ts",
    signature: ["title", "team", "cyclename"],
    columns: {
      key: ["ID"],
      name: ["Title"],
      workstream: ["Labels", "Project"],
      start: ["Cycle Start"],
      end: ["Due Date", "Cycle End"],
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
    // Project header ▾ → Export → CSV (up to 2,000 tasks): Task ID, Created At, Completed At, Last
    // Modified, Name, Section/Column, Assignee, Assignee Email, Start Date, Due Date, Tags, Notes,
    // Projects, Parent task, then the project's custom fields (a "Priority" field is one: High,
    // Medium / Med, Low). Dates as YYYY-MM-DD. The menu is on https://asana.com/guide/help/faq/security
    // (Export); the columns are those of real exports and of Linear's Asana CSV importer
    // (github.com/linear/linear, packages/import/src/importers/asanaCsv/AsanaCsvImporter.ts).
    doc: "https://asana.com/guide/help/faq/security",
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
    priorities: { high: "P1", medium: "P2", med: "P2", low: "P3" },
  },
  {
    id: "smartsheet",
    label: "Smartsheet export",
    // A project sheet (File → Export → Microsoft Excel) keeps the sheet's columns: the primary column
    // Task Name, Start Date, End Date, Duration, Predecessors, % Complete, Assigned To, Status, and any
    // the user added (there is no ID column unless one is added). Dates follow the account's Language
    // (Country) setting, mm/dd/yy or dd/mm/yy, so they need a date order. Project columns:
    // https://help.smartsheet.com/articles/765737-project-sheet-columns-start-date-end-date-duration-complete-and-predecessors
    doc: "https://help.smartsheet.com/articles/765737-project-sheet-columns-start-date-end-date-duration-complete-and-predecessors",
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
    // File → Save As → Excel Workbook or CSV → Export Wizard → "Selected Data" with a task map (the
    // "Project Excel Template" choice writes ID, Active, Task Mode, Name, Duration, Start, Finish,
    // Predecessors, Outline Level, Notes). A map names its columns after the fields: ID, Unique ID,
    // Name, Duration, Start, Finish, Predecessors, Resource Names, Priority (0..1000, 500 by default),
    // and custom fields (Text1…) under the name the map gives them. Dates in a CSV follow Project's date
    // format option ("Mon 1/4/27"), so they need a date order. No Microsoft page on the wizard was found:
    // the steps are from a secondary source, Aspose's guide (the doc link); dates:
    // https://support.office.com/en-us/article/Understand-how-dates-are-used-in-Project-af7580a0-592e-45ef-843b-72a3eddc1003
    doc: "https://docs.aspose.com/tasks/net/convert-ms-project-mpp-to-excel",
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
    // Features board (grid) → export to CSV: the board's columns. NOT CONFIRMED: no Productboard page
    // or real export documenting the CSV's header was found; Feature ID, Feature name, Feature
    // description, Status, Owner, Parent, Timeframe start / end and Effort are assumed from the board's
    // default fields (https://support.productboard.com/hc/en-us/articles/21757800810003).
    doc: "https://support.productboard.com/hc/en-us/articles/21757800810003-Getting-familiar-with-Productboard-s-default-fields",
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
    // Roadmaps → a list report of features → Export → CSV or Excel: one column per report field, titled
    // "<Record> <field>": Feature reference #, Feature name, Feature status, Feature start date, Feature
    // due date (Feature end date in newer accounts), Feature assigned to (user), Feature initial
    // estimate, Release name, Epic name, Initiative name (Aha!'s strategic initiative, not a roadmap
    // row), Feature tags. Confirmed from real exports and Aha!'s report API titles; no Aha! page on the
    // export's date format was found. Import side: https://www.aha.io/support/ideas/ideas/settings/csv-import
    doc: "https://www.aha.io/support/ideas/ideas/settings/csv-import",
    signature: ["featurename", "featurereference"],
    columns: {
      key: ["Feature reference #", "Feature reference"],
      name: ["Feature name"],
      workstream: ["Workstream", "Epic name", "Feature tags"],
      start: ["Feature start date"],
      end: ["Feature due date", "Feature end date"],
      size: ["Size", "Effort T-Shirt Size", "Feature initial estimate", "Feature score"],
      owner: ["Feature assigned to", "Feature assigned to user"],
      notes: ["Feature description"],
    },
    unused: ["Initiative", "Initiative name"],
  },
];

export const TOOL_IDS: readonly string[] = TOOLS.map((t) => t.id);

/** A synonym-only profile for files no tool's signature matches. */
export const GENERIC: ToolProfile = { id: "generic", label: "Roadmap columns", doc: "", signature: [], columns: {} };
