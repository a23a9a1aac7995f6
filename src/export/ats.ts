/**
 * The plan as each applicant-tracking or headcount tool imports it (`--csv-format`): that product's
 * documented columns and date format, the hire id (stable, spec §6.1) as the requisition or opening
 * id everywhere, one meaning per column. The default recruiter CSV (csv.ts) stays Headstart's own.
 * What each column holds is in docs/sheets/recruiter-export.md.
 */
import { formatDate, maxDate, type CalDate } from "../plan/calendar";
import type { Hire, Plan, Priority } from "../plan/types";
import { hiresCsv, recruiterCsv, type CsvColumn } from "./csv";

import type { AtsFormat } from "./ats-formats";

/** The documentation each format follows. */
export const ATS_DOCS: Readonly<Record<AtsFormat, readonly string[]>> = {
  // HRIS Link job import: Requisition_ID, Number_of_Openings, Template_Job_ID, Name, Job_Post_Name,
  // Opening_ID; an opening's open date and target start date.
  greenhouse: [
    "https://support.greenhouse.io/hc/en-us/articles/4403889907355-Set-up-HRIS-Link-job-import-with-job-requisitions-enabled",
    "https://support.greenhouse.io/hc/en-us/articles/360035446212",
  ],
  // A requisition's name, code and headcount are required; one requisition per position (headcount 1).
  lever: ["https://help.lever.co/hc/en-us/articles/20087293597981-Creating-and-managing-requisitions"],
  // Openings: one per headcount, imported with the CSV bulk import ("headcount plans").
  ashby: [
    "https://docs.ashbyhq.com/bulk-import-options",
    "https://ashbyhq.notion.site/Openings-Management-8743b39554f44966b7874b03c0121e56",
  ],
  // Create Job Requisition (Recruiting Information): Number of Openings, Reason, Recruiting Start
  // Date, Target Hire Date; EIB spreadsheets take dates as YYYY-MM-DD.
  workday: [
    "https://su-support.atlassian.net/wiki/spaces/TSC/pages/116817921/Workday-HCM+Job+Requisition+Processes+for+HR",
    "https://erp-integrations.com/2017/08/30/spreadsheet-guidelines-for-eib-spreadsheet-templates-in-workday/",
  ],
  // Add or update a hiring plan: Job title, Start date and Date (m/d/yyyy), Manager (email) required;
  // Department, Priority (-2 lowest .. 2 highest) optional; `req` is the requisition code.
  charthop: [
    "https://docs.charthop.com/add-or-update-a-hiring-plan",
    "https://docs.charthop.com/sync-hiring-plan",
    "https://docs.charthop.com/spreadsheet-import-examples",
  ],
};

const iso = formatDate;

/** `m/d/yyyy`, ChartHop's date format. */
function mdy(d: CalDate): string {
  const [y, m, day] = formatDate(d).split("-").map(Number);
  return `${m}/${day}/${y}`;
}

/** The day the requisition opens as far as anyone can still act: its plan date, not before As of. */
const reqOpens = (h: Hire, p: Plan): CalDate => maxDate(h.forecastReqOpen, p.settings.asOf);

/** Hires for one role and one initiative are one job with several openings: the hire id without its number. */
export const jobId = (h: Hire): string => h.id.replace(/-\d+$/, "");

const CHARTHOP_PRIORITY: Readonly<Record<Priority, number>> = { P0: 2, P1: 1, P2: 0, P3: -1 };

function columns(format: AtsFormat, plan: Plan): readonly CsvColumn[] {
  switch (format) {
    case "greenhouse": {
      const openings = new Map<string, number>();
      for (const h of plan.hires) openings.set(jobId(h), (openings.get(jobId(h)) ?? 0) + 1);
      return [
        { header: "Requisition_ID", value: jobId },
        { header: "Number_of_Openings", value: (h) => openings.get(jobId(h)) ?? 1 },
        { header: "Template_Job_ID", value: () => "" },
        { header: "Name", value: (h) => h.role },
        { header: "Job_Post_Name", value: (h) => h.role },
        { header: "Department", value: (h) => h.initiative },
        { header: "Hiring_Manager", value: (h) => h.owner },
        { header: "Opening_ID", value: (h) => h.id },
        { header: "Opening_Open_Date", value: (h, p) => iso(reqOpens(h, p)) },
        { header: "Opening_Target_Start_Date", value: (h) => iso(h.start) },
      ];
    }
    case "lever":
      return [
        { header: "Requisition code", value: (h) => h.id },
        { header: "Requisition name", value: (h) => `${h.role} (${h.reason === "backfill" ? "backfill" : h.initiative})` },
        { header: "Headcount total", value: () => 1 },
        { header: "Hiring manager", value: (h) => h.owner },
        { header: "Team", value: (h) => h.initiative },
        { header: "Backfill", value: (h) => (h.reason === "backfill" ? "true" : "false") },
        { header: "Target hire date", value: (h) => iso(h.start) },
      ];
    case "ashby":
      return [
        { header: "Opening ID", value: (h) => h.id },
        { header: "Job", value: (h) => h.role },
        { header: "Team", value: (h) => h.initiative },
        { header: "Hiring Manager", value: (h) => h.owner },
        { header: "Target Hire Date", value: (h) => iso(h.offerAccepted) },
        { header: "Target Start Date", value: (h) => iso(h.start) },
        { header: "Is Backfill", value: (h) => (h.reason === "backfill" ? "true" : "false") },
        { header: "Employment Type", value: () => "FullTime" },
      ];
    case "workday":
      return [
        { header: "Job Requisition ID", value: (h) => h.id },
        { header: "Supervisory Organization", value: () => "" },
        { header: "Number of Openings", value: () => 1 },
        { header: "Job Posting Title", value: (h) => h.role },
        { header: "Reason", value: (h) => (h.reason === "backfill" ? "Backfill" : "New Headcount") },
        { header: "Hiring Manager", value: (h) => h.owner },
        { header: "Recruiting Start Date", value: (h, p) => iso(reqOpens(h, p)) },
        { header: "Target Hire Date", value: (h) => iso(h.start) },
        { header: "Worker Type", value: () => "Employee" },
      ];
    case "charthop":
      return [
        { header: "Job title", value: (h) => h.role },
        { header: "req", value: (h) => h.id },
        { header: "Start date", value: (h) => mdy(h.start) },
        { header: "Manager", value: (h) => h.owner },
        { header: "Date", value: (h, p) => mdy(reqOpens(h, p)) },
        { header: "Department", value: (h) => h.initiative },
        { header: "Priority", value: (h) => (h.priority === null ? "" : CHARTHOP_PRIORITY[h.priority]) },
      ];
  }
}

/** The plan's hires as `format` imports them; Greenhouse's openings of one job sit together. */
export function atsCsv(plan: Plan, format: AtsFormat): string {
  const hires = format === "greenhouse" ? groupedByJob(plan.hires) : plan.hires;
  return hiresCsv(plan, columns(format, plan), hires);
}

/** The recruiter CSV in Headstart's own columns, or as `format` imports it: what the CLI and the pane write. */
export function recruiterCsvAs(plan: Plan, format: AtsFormat | undefined): string {
  return format === undefined ? recruiterCsv(plan) : atsCsv(plan, format);
}

/** Hires in plan order, each job's openings moved up to its first. */
function groupedByJob(hires: readonly Hire[]): Hire[] {
  const jobs = new Map<string, Hire[]>();
  for (const h of hires) {
    const list = jobs.get(jobId(h));
    if (list) list.push(h);
    else jobs.set(jobId(h), [h]);
  }
  return [...jobs.values()].flat();
}
