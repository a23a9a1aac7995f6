import { describe, expect, it } from "vitest";
import { sampleInput } from "../../src/plan/defaults";
import { makePlan, planToJson } from "../../src/plan/index";
import type { Grid } from "../../src/plan/types";
import { templateWorkbook } from "../../src/report/template";
import { readXlsxInput } from "../../src/xlsx/read";
import { writeXlsx } from "../../src/xlsx/write";
import { SAMPLE_TODAY } from "./fixtures";
import { cellAt, sheetOf } from "./query";

describe("templateWorkbook", () => {
  it("lays out the six input tables, each named like its sheet and starting at A1", () => {
    const spec = templateWorkbook(null);
    expect(spec.sheets.map((s) => s.name)).toEqual(["Roadmap", "Workstreams", "Roles", "Team", "Settings", "Tracking"]);
    for (const sheet of spec.sheets) {
      expect(sheet.role).toBe("input");
      expect(sheet.tables).toHaveLength(1);
      expect(sheet.tables[0]?.name).toBe(sheet.name);
      expect(sheet.tables[0]?.range.startsWith("A1:")).toBe(true);
    }
  });

  it("gives an empty roadmap with the default roles, workstreams and settings when there is no input", () => {
    const spec = templateWorkbook(null);
    const roadmap = sheetOf(spec, "Roadmap");
    expect(roadmap.cells[0]).toEqual([
      "Key",
      "Initiative",
      "Workstream",
      "Start",
      "End",
      "Size",
      "Confidence",
      "Priority",
      "Owner",
      "Notes",
    ]);
    expect(roadmap.cells.length).toBeGreaterThan(2);
    expect(roadmap.cells.slice(1).every((r) => r.every((c) => c === null))).toBe(true);
    const roles = sheetOf(spec, "Roles");
    expect(roles.cells.slice(1).map((r) => r[0])).toEqual([
      "ML Engineer",
      "MLOps / ML Platform Engineer",
      "LLM / GenAI Specialist",
      "AI Engineer",
      "AI Infrastructure Engineer",
      "Data Scientist",
    ]);
    // Figures are numbers, not text that only looks like one.
    expect(cellAt(roles, "F2")).toBe(300000);
    const settings = sheetOf(spec, "Settings");
    expect(settings.cells.map((r) => r[0])).toContain("Confidence mode");
    expect(cellAt(settings, spec.status.cell)).toBe(spec.status.complete);
  });

  it("has the capacity inputs (spec §7), empty: a Recruiters setting and a Team column, in the sample too", () => {
    for (const spec of [templateWorkbook(null), templateWorkbook(sampleInput)]) {
      const team = sheetOf(spec, "Team");
      expect(team.cells[0]?.[3]).toBe("Interview hours per month");
      expect(team.cells.slice(1).every((r) => r[3] === null)).toBe(true);
      const settings = sheetOf(spec, "Settings");
      expect(settings.cells.filter((r) => r[0] === "Recruiters").map((r) => r[1])).toEqual([null]);
    }
    // Empty, they change nothing: the round trip below plans the sample's template exactly like the sample.
  });

  it("offers dropdowns for Workstream, Size, Priority, Kind and Confidence mode", () => {
    const spec = templateWorkbook(null);
    const roadmap = sheetOf(spec, "Roadmap");
    const byColumn = new Map(roadmap.validations.map((v) => [v.range.replace(/\d+/g, ""), v]));
    expect(byColumn.get("C:C")?.list).toContain("GenAI feature (RAG / agents)");
    expect(byColumn.get("F:F")).toMatchObject({ list: ["S", "M", "L", "XL"], allowOther: true });
    expect(byColumn.get("H:H")?.list).toEqual(["P0", "P1", "P2", "P3"]);
    expect(sheetOf(spec, "Workstreams").validations[0]?.list).toEqual(["production", "analytics", "research"]);
    const settings = sheetOf(spec, "Settings");
    const mode = settings.validations[0];
    expect(mode?.list).toEqual(["full", "weighted", "committed"]);
    expect(cellAt(settings, `A${mode?.range.slice(1)}`)).toBe("Confidence mode");
  });

  it("gives recruiters a Tracking table: Stage as a dropdown, dates formatted as dates, a note on what to fill in", () => {
    const tracking = sheetOf(templateWorkbook(null), "Tracking");
    expect(tracking.cells[0]?.slice(0, 9)).toEqual([
      "Hire ID",
      "Stage",
      "Pipeline started",
      "Req opened",
      "Offer accepted",
      "Start date",
      "ATS req",
      "Candidate",
      "Notes",
    ]);
    expect(tracking.validations).toEqual([{ range: "B2:B206", list: ["sourcing", "req open", "offer accepted", "started"] }]);
    for (const col of ["C", "D", "E", "F"])
      expect(tracking.numberFormats).toContainEqual({ range: `${col}2:${col}206`, format: "yyyy-mm-dd" });
    expect(
      tracking.cells
        .map((r) => r[10])
        .filter((c) => typeof c === "string")
        .join(" "),
    ).toMatch(/Hire ID.*Stage.*never edits/);
  });

  it("keeps input text as text, formulas-looking names included", () => {
    const roadmap = sampleInput.roadmap as Grid;
    const hostile: Grid = {
      ...roadmap,
      rows: [
        ...roadmap.rows,
        ["", '=HYPERLINK("http://x","y")', "LLM fine-tuning", "2027-01", "2027-03", "M", "50%", "P2", "+1", "@SUM(A1)"],
      ],
    };
    const sheet = sheetOf(templateWorkbook({ ...sampleInput, roadmap: hostile }), "Roadmap");
    const last = sheet.tables[0]?.range.split(":")[1]?.replace(/[A-Z]+/, "");
    const row = sheet.cells[Number(last) - 1];
    expect(row?.[1]).toBe('=HYPERLINK("http://x","y")');
    expect(row?.[3]).toBe("2027-01");
    expect(row?.[6]).toBe(0.5);
    expect(row?.[8]).toBe("+1");
    expect(row?.[9]).toBe("@SUM(A1)");
  });

  it("round-trips: the sample written as a template and read back plans exactly like the sample", async () => {
    const grids = await readXlsxInput(await writeXlsx(templateWorkbook(sampleInput)));
    const direct = makePlan(sampleInput, { today: SAMPLE_TODAY });
    const back = makePlan(grids, { today: SAMPLE_TODAY });
    if (!direct.ok || !back.ok) throw new Error("the sample did not plan");
    expect(planToJson(back.value)).toEqual(planToJson(direct.value));
  });

  it("round-trips an empty template to a clear 'no roadmap rows' answer, not a crash", async () => {
    const grids = await readXlsxInput(await writeXlsx(templateWorkbook(null)));
    const outcome = makePlan(grids, { today: SAMPLE_TODAY });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.reason).toMatch(/roadmap/i);
  });
});
