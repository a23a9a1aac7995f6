/** The output sheets, their names (Excel allows 31 characters) and what each holds, for the Summary's guide. */
export const SHEET = {
  summary: "Summary",
  headcount: "Headcount",
  hiringPlan: "Hiring Plan",
  timeline: "Sourcing Timeline",
  cost: "Cost",
  recruiting: "Recruiting Load",
  capacity: "Capacity",
  scenarios: "Scenarios",
  scorecards: "Scorecards",
  diagnostics: "Diagnostics",
  changes: "Changes",
  /** Very hidden: the plan's JSON, which the next build compares with. */
  planData: "Headstart data",
} as const;

export const SHEET_GUIDE: readonly (readonly [string, string])[] = [
  [SHEET.summary, "The plan on one page: window, hires by status, first pipelines, at-risk hires, cost by quarter."],
  [
    SHEET.changes,
    "What moved since the previous build: hires added, no longer needed, moved or with a new status, and cost by quarter before and after.",
  ],
  [
    SHEET.headcount,
    "Per role and month: demand FTE, target, baseline, planned headcount (by need-by), surplus explained, paid headcount (by forecast start).",
  ],
  [SHEET.hiringPlan, "One row per hire, worked backwards from the month the person must be productive; filterable table."],
  [SHEET.timeline, "A week-by-week Gantt of each hire: sourcing, requisition open, notice, ramp-up, productive."],
  [SHEET.cost, "Paid headcount × monthly cost from the Roles table, by month and quarter, and before the plan: live formulas."],
  [SHEET.recruiting, "Per month: open requisitions, active pipelines, interview hours and recruiters needed."],
  [
    SHEET.capacity,
    "With the recruiters and interviewers you have: pipelines and interview hours against capacity by month, the hires that slip and why, and what would keep every pipeline on time.",
  ],
  [SHEET.scenarios, "Full, weighted and committed roadmap side by side: hires by role, late hires, cost."],
  [SHEET.scorecards, "Interview scorecards per role and the two-week speed target against each role's time to fill."],
  [SHEET.diagnostics, "Every problem found in the input, with a link to the cell."],
];
