import { describe, expect, it } from "vitest";
import { toExcelSerial } from "../../src/plan/calendar";
import { capacitySheet, CAPACITY_TABLES } from "../../src/report/capacity";
import { hiringPlanSheet } from "../../src/report/hiringPlan";
import { timelineSheet } from "../../src/report/timeline";
import { summarySheet } from "../../src/report/summary";
import { costSheet } from "../../src/report/cost";
import { parseAddress } from "../../src/report/a1";
import { capacityPlan } from "../plan/support/example-grids";
import { samplePlan } from "./fixtures";
import { cellAt } from "./query";

const plan = capacityPlan();
const sheet = capacitySheet(plan);

function tableRows(name: string): (typeof sheet.cells)[number][] {
  const t = sheet.tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  const r = parseAddress(t.range);
  return sheet.cells.slice(r.top - 1, r.bottom).map((row) => row.slice(r.left - 1, r.right));
}

describe("Capacity sheet", () => {
  it("leads with what slipped and the what-if in plain words", () => {
    expect(cellAt(sheet, "A2")).toMatch(/^8 hires slip for recruiting capacity/);
    expect(cellAt(sheet, "A3")).toMatch(/^What would keep every pipeline on time: 4 recruiters \(the plan has 2\)/);
  });
  it("tabulates pipelines placed against capacity per recruiting month, and charts them in the live workbook", () => {
    const rows = tableRows(CAPACITY_TABLES.pipelines);
    expect(rows[0]).toEqual(["Month", "Pipelines placed", "Pipeline capacity"]);
    expect(rows.slice(1).map((r) => r[1])).toEqual(plan.recruiting.activePipelines);
    expect(rows.slice(1).every((r) => r[2] === 8)).toBe(true);
    expect(rows[1]?.[0]).toBe(toExcelSerial((Date.UTC(2026, 9, 1) / 86_400_000) as never));
    expect(sheet.charts.map((c) => c.title)).toEqual(["Pipelines placed against capacity", "Interview hours against each limit"]);
    expect(sheet.charts[0]?.dataRange).toBe(sheet.tables.find((t) => t.name === CAPACITY_TABLES.pipelines)?.range);
  });
  it("tabulates each limited role's interview hours against its limit", () => {
    const rows = tableRows(CAPACITY_TABLES.hours);
    expect(rows[0]).toEqual([
      "Month",
      "MLOps / ML Platform Engineer hours",
      "MLOps / ML Platform Engineer limit",
      "LLM / GenAI Specialist hours",
      "LLM / GenAI Specialist limit",
    ]);
    const mlops = plan.capacity?.interviewHoursByRole[0]?.hours ?? [];
    expect(rows.slice(1).map((r) => r[1])).toEqual(mlops);
    expect(rows.slice(1).every((r) => r[2] === 150 && r[4] === 90)).toBe(true);
  });
  it("lists every hire that slipped, by how much and why", () => {
    const rows = tableRows(CAPACITY_TABLES.slipped);
    const shifted = plan.capacity?.shifted ?? [];
    expect(rows.length - 1).toBe(shifted.length);
    const byId = new Map(plan.hires.map((h) => [h.id, h]));
    for (const r of rows.slice(1)) {
      const h = byId.get(String(r[0]));
      expect(r[7]).toBe(h?.capacityDelayDays);
      expect(r[6]).toBe(toExcelSerial(h?.forecastPipelineStart as never));
      expect(r[5]).toBe(toExcelSerial(((h?.forecastPipelineStart ?? 0) - (h?.capacityDelayDays ?? 0)) as never));
      expect(r[11]).toBe("slips");
    }
    const why = new Map(rows.slice(1).map((r) => [r[0], r[4]]));
    // MLOPS-FSTORE-4 waits only for MLOps interviewers (it is placed before the recruiters fill up).
    expect(why.get("MLOPS-FSTORE-4")).toBe("MLOps / ML Platform Engineer interviewers");
    expect([...why.values()].some((w) => w === "recruiters")).toBe(true);
  });
  it("without capacity says how to set it, and nothing else", () => {
    const s = capacitySheet(samplePlan());
    expect(String(cellAt(s, "A3"))).toMatch(/Set Recruiters in the Settings table/);
    expect(s.tables).toEqual([]);
    expect(s.charts).toEqual([]);
  });
});

describe("the capacity delay on the other sheets", () => {
  it("Hiring Plan: a last column only with capacity", () => {
    const hp = hiringPlanSheet(plan);
    const header = hp.cells[0] ?? [];
    expect(header[header.length - 1]).toBe("Capacity delay (days)");
    expect(hp.cells.slice(1).map((r) => r[header.length - 1])).toEqual(plan.hires.map((h) => h.capacityDelayDays));
    expect(hiringPlanSheet(samplePlan()).cells[0]).not.toContain("Capacity delay (days)");
  });
  it("Sourcing Timeline: a Could start date and a Capacity wait phase only with capacity", () => {
    const tl = timelineSheet(plan);
    expect(tl.cells[4]?.slice(5, 8)).toEqual(["Planned pipeline start", "Could start", "Pipeline start"]);
    expect(tl.cells[1]).toContain("Capacity wait");
    expect(timelineSheet(samplePlan()).cells[4]).not.toContain("Could start");
  });
  it("Summary: leads with the slip and the what-if, linked to the Capacity sheet", () => {
    const s = summarySheet(plan, costSheet(plan));
    expect(cellAt(s, "A3")).toMatch(/^8 hires slip .* keep every pipeline on time\. \(Capacity sheet\)$/);
    expect(s.links).toContainEqual({ cell: "A3", target: "'Capacity'!A1" });
    expect(cellAt(summarySheet(samplePlan(), costSheet(samplePlan())), "A3")).toBeNull();
  });
});
