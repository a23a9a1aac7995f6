import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { atsCsv, jobId } from "../../src/export/ats";
import { ATS_FORMATS } from "../../src/export/ats-formats";
import { date, formatDate } from "../../src/plan/calendar";
import { main } from "../../src/cli/main";
import { planWithUserText, samplePlan } from "../fixtures/plan";

function table(csv: string): Record<string, string>[] {
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, newline: "\r\n", skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

// The columns each product documents for its import (src/export/ats.ts cites the pages).
const HEADERS = {
  greenhouse: [
    "Requisition_ID",
    "Number_of_Openings",
    "Template_Job_ID",
    "Name",
    "Job_Post_Name",
    "Department",
    "Hiring_Manager",
    "Opening_ID",
    "Opening_Open_Date",
    "Opening_Target_Start_Date",
  ],
  lever: ["Requisition code", "Requisition name", "Headcount total", "Hiring manager", "Team", "Backfill", "Target hire date"],
  ashby: ["Opening ID", "Job", "Team", "Hiring Manager", "Target Hire Date", "Target Start Date", "Is Backfill", "Employment Type"],
  workday: [
    "Job Requisition ID",
    "Supervisory Organization",
    "Number of Openings",
    "Job Posting Title",
    "Reason",
    "Hiring Manager",
    "Recruiting Start Date",
    "Target Hire Date",
    "Worker Type",
  ],
  charthop: ["Job title", "req", "Start date", "Manager", "Date", "Department", "Priority"],
} as const;
const ID_COLUMN = {
  greenhouse: "Opening_ID",
  lever: "Requisition code",
  ashby: "Opening ID",
  workday: "Job Requisition ID",
  charthop: "req",
} as const;

describe.each(ATS_FORMATS)("--csv-format %s", (format) => {
  const plan = samplePlan();
  const rows = table(atsCsv(plan, format));
  it("has the product's documented header row", () => {
    const header = atsCsv(plan, format).slice(1).split("\r\n")[0];
    expect(header).toBe(HEADERS[format].join(","));
  });
  it("has one row per hire, its stable hire id as the requisition or opening id", () => {
    const ids = rows.map((r) => r[ID_COLUMN[format]]);
    expect([...ids].sort()).toEqual(plan.hires.map((h) => h.id).sort());
  });
  it("keeps user text from becoming a formula", () => {
    const csv = atsCsv(planWithUserText(['=HYPERLINK("http://x","y")']), format);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});

describe("formats' own rules", () => {
  const plan = samplePlan();
  it("Greenhouse: openings of one role for one initiative are one job, together, with their count", () => {
    const rows = table(atsCsv(plan, "greenhouse"));
    const seen: string[] = [];
    for (const row of rows) {
      const job = row.Requisition_ID as string;
      if (seen[seen.length - 1] !== job) {
        expect(seen).not.toContain(job);
        seen.push(job);
      }
      const openings = rows.filter((r) => r.Requisition_ID === job);
      expect(Number(row.Number_of_Openings)).toBe(openings.length);
      expect(row.Opening_ID?.startsWith(`${job}-`)).toBe(true);
    }
    expect(seen.length).toBeLessThan(rows.length);
    expect(new Set(plan.hires.map(jobId)).size).toBe(seen.length);
  });
  it("ChartHop: m/d/yyyy dates, a creation Date not before As of, priority -2..2", () => {
    const rows = table(atsCsv(plan, "charthop"));
    for (const row of rows) {
      const hire = plan.hires.find((h) => h.id === row.req);
      expect(row["Start date"]).toMatch(/^\d{1,2}\/\d{1,2}\/\d{4}$/);
      const [m, d, y] = (row["Start date"] as string).split("/").map(Number);
      expect(`${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`).toBe(formatDate(hire?.start as never));
      expect(row.Priority === "" || ["-2", "-1", "0", "1", "2"].includes(row.Priority as string)).toBe(true);
      if (hire?.priority === "P0") expect(row.Priority).toBe("2");
      const [dm, dd, dy] = (row.Date as string).split("/").map(Number);
      expect(`${dy}-${String(dm).padStart(2, "0")}-${String(dd).padStart(2, "0")}` >= formatDate(plan.settings.asOf)).toBe(true);
    }
  });
  it("Lever: a unique requisition code per position, headcount 1 each", () => {
    const rows = table(atsCsv(plan, "lever"));
    expect(new Set(rows.map((r) => r["Requisition code"])).size).toBe(rows.length);
    expect(rows.every((r) => r["Headcount total"] === "1")).toBe(true);
  });
});

describe("the command line's --csv-format", () => {
  it("writes the chosen format and refuses an unknown one", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "headstart-ats-")), "lever.csv");
    const io = { stdout: () => undefined, stderr: () => undefined, today: date(2026, 10, 1) };
    expect(await main(["--csv", out, "--csv-format", "Lever"], io)).toBe(0);
    expect(readFileSync(out, "utf8").slice(1).split("\r\n")[0]).toBe(HEADERS.lever.join(","));
    let stderr = "";
    expect(await main(["--csv", out, "--csv-format", "taleo"], { ...io, stderr: (t) => (stderr += t) })).toBe(2);
    expect(stderr).toMatch(
      /^headstart: --csv-format "taleo" is not a format Headstart writes: use one of greenhouse, lever, ashby, workday, charthop\n/,
    );
  });
});
