import { describe, expect, it } from "vitest";
import { date } from "../../src/plan/calendar";
import { sampleInput } from "../../src/plan/defaults";
import { makePlan } from "../../src/plan/index";
import type { Grid, InputGrids, Plan } from "../../src/plan/types";
import { scenarioPlans } from "../../src/plan/scenarios";
import { isFormula, type WorkbookSpec } from "../../src/report/spec";
import { planWorkbook } from "../../src/report/workbook";
import { templateWorkbook } from "../../src/report/template";
import { OUTPUT_SHEETS } from "../fixtures/plan";
import { SAMPLE_TODAY, samplePlan, syntheticPlan } from "./fixtures";
import { cellAt, eachCell, parseCell, parseRange, sheetOf } from "./query";

const HOSTILE = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "=1+1", "\tTab", "'quoted"];

/** The sample roadmap with hostile initiative names, owners and notes (user text that looks like formulas). */
function hostileInput(): InputGrids {
  const roadmap = sampleInput.roadmap as Grid;
  const rows = roadmap.rows.map((r, i) => {
    if (i === 0 || i > HOSTILE.length) return r;
    const text = HOSTILE[i - 1] as string;
    // Columns of the sample: Key, Initiative, Workstream, Start, End, Size, Confidence, Priority, Owner, Notes.
    return [r[0] ?? null, text, ...r.slice(2, 8), `${text} owner`, `${text} note`];
  });
  return { ...sampleInput, roadmap: { ...roadmap, rows } };
}

function hostilePlan(): Plan {
  const outcome = makePlan(hostileInput(), { today: SAMPLE_TODAY });
  if (!outcome.ok) throw new Error(outcome.error.reason);
  return outcome.value;
}

function checkStructure(spec: WorkbookSpec): void {
  const names = spec.sheets.map((s) => s.name.toLowerCase());
  expect(new Set(names).size).toBe(names.length);
  const tableNames = spec.sheets.flatMap((s) => s.tables.map((t) => t.name.toLowerCase()));
  expect(new Set(tableNames).size).toBe(tableNames.length);
  for (const sheet of spec.sheets) {
    expect(sheet.name.length, sheet.name).toBeGreaterThan(0);
    expect(sheet.name.length, sheet.name).toBeLessThanOrEqual(31);
    expect(sheet.name).not.toMatch(/[\\/?*:[\]]/);
    const width = sheet.cells[0]?.length ?? 0;
    expect(width, `${sheet.name} has cells`).toBeGreaterThan(0);
    sheet.cells.forEach((row, i) => expect(row.length, `${sheet.name} row ${i + 1}`).toBe(width));
    for (const t of sheet.tables) {
      const box = parseRange(t.range);
      expect(t.name).toMatch(/^[A-Za-z_][A-Za-z0-9_.]*$/);
      expect(box.bottom, `${sheet.name} table ${t.name}`).toBeLessThanOrEqual(sheet.cells.length);
      expect(box.right, `${sheet.name} table ${t.name}`).toBeLessThanOrEqual(width);
      expect(box.bottom).toBeGreaterThan(box.top);
      const header = sheet.cells[box.top - 1]?.slice(box.left - 1, box.right) ?? [];
      expect(
        header.every((h) => typeof h === "string" && h !== ""),
        `${t.name} header`,
      ).toBe(true);
    }
    const ranges = [
      ...sheet.numberFormats.map((f) => f.range),
      ...sheet.styles.map((s) => s.range),
      ...sheet.conditionalFormats.map((c) => c.range),
      ...sheet.validations.map((v) => v.range),
      ...sheet.links.map((l) => l.cell),
    ];
    for (const r of ranges) expect(() => parseRange(r), `${sheet.name} ${r}`).not.toThrow();
    for (const l of sheet.links) {
      expect(isFormula(cellAt(sheet, l.cell)), `${sheet.name}!${l.cell} links from text`).toBe(false);
      expect(l.target).toMatch(/^'[^']+'!\$?[A-Z]+\$?\d+$/);
    }
    for (const { cell } of eachCell(sheet)) {
      if (isFormula(cell)) {
        expect(cell.formula.startsWith("=")).toBe(true);
        // Every reader before recalculation (the demo preview, a cached .xlsx value) shows `result`.
        expect(cell.result, `${sheet.name} ${cell.formula}`).toBeDefined();
        // LibreOffice 7.4 and older Excel lack these.
        expect(cell.formula).not.toMatch(/XLOOKUP|\bLET\(|FILTER\(|SEQUENCE\(|UNIQUE\(/);
      }
    }
    expect(sheet.columnWidths.length).toBeLessThanOrEqual(width);
  }
  const status = sheetOf(spec, spec.status.sheet);
  expect(cellAt(status, spec.status.cell)).toBe(spec.status.complete);
  parseCell(spec.status.cell);
}

describe("planWorkbook", () => {
  const plan = samplePlan();
  const spec = planWorkbook(plan, { generatedAt: "2026-10-01 09:00", scenarios: scenarioPlans(sampleInput, { today: SAMPLE_TODAY }) });

  it("writes the output sheets in reading order, each well formed, the plan's own data last and very hidden", () => {
    expect(spec.sheets.map((s) => s.name)).toEqual([...OUTPUT_SHEETS, "Headstart data"]);
    expect(spec.sheets.filter((s) => s.hidden).map((s) => s.name)).toEqual(["Headstart data"]);
    expect(spec.sheets.every((s) => s.role === "output")).toBe(true);
    checkStructure(spec);
    expect(spec.status).toMatchObject({ sheet: "Summary", cell: "B2" });
    expect(spec.status.complete).toContain("2026-10-01 09:00");
    expect(spec.status.incomplete).not.toBe(spec.status.complete);
  });

  it("is the same spec for the same plan (no clock, no randomness)", () => {
    expect(JSON.stringify(planWorkbook(plan))).toBe(JSON.stringify(planWorkbook(plan)));
  });

  it("keeps user text as string cells and never puts it in a formula", () => {
    const hostile = planWorkbook(hostilePlan());
    checkStructure(hostile);
    const found = new Set<string>();
    for (const sheet of hostile.sheets) {
      for (const { cell } of eachCell(sheet)) {
        if (typeof cell === "string") for (const h of HOSTILE) if (cell.startsWith(h)) found.add(h);
        // Headstart's own formulas hold "+1" (1E-9) and "-2"-like text; the distinctive names must not appear.
        if (isFormula(cell)) expect(cell.formula).not.toMatch(/HYPERLINK|@SUM|=1\+1|Tab|quoted|owner|note/);
      }
    }
    // Every hostile name that led to a hire shows up, verbatim, as text.
    const initiatives = new Set(hostilePlan().hires.map((h) => h.initiative));
    for (const h of HOSTILE) if (initiatives.has(h)) expect(found.has(h), h).toBe(true);
    expect(found.size).toBeGreaterThan(0);
  });

  it("builds a 5,000-hire plan with one timeline row and one table row per hire", () => {
    const big = syntheticPlan(5000);
    const bigSpec = planWorkbook(big);
    checkStructure(bigSpec);
    expect(sheetOf(bigSpec, "Hiring Plan").cells.length).toBe(5001);
    expect(sheetOf(bigSpec, "Sourcing Timeline").cells.length).toBe(5005);
    // Formats and conditional formats stay one range per column, not one per hire.
    expect(sheetOf(bigSpec, "Sourcing Timeline").conditionalFormats.length).toBeLessThan(5);
    expect(sheetOf(bigSpec, "Hiring Plan").numberFormats.length).toBeLessThan(20);
  });

  it("handles a plan with no hires and diagnostics from a messy roadmap", () => {
    const quiet = makePlan(
      {
        ...sampleInput,
        roadmap: {
          sheet: "Roadmap",
          originRow: 1,
          originCol: 1,
          rows: [
            ["Initiative", "Workstream", "Start", "End", "Size"],
            ["Tiny", "Analytics & experimentation", "2027-01", "2027-02", "S"],
            ["Bad", "Nope", "2027-01", "2027-02", "M"],
          ],
        },
      },
      { today: date(2026, 10, 1) },
    );
    if (!quiet.ok) throw new Error(quiet.error.reason);
    const quietSpec = planWorkbook(quiet.value);
    checkStructure(quietSpec);
    const diagnostics = sheetOf(quietSpec, "Diagnostics");
    expect(diagnostics.links.length).toBe(quiet.value.diagnostics.length);
    expect(diagnostics.links[0]?.target).toBe(`'Roadmap'!${quiet.value.diagnostics[0]?.cell}`);
  });

  it("template sheets are well formed too", () => {
    checkStructure(templateWorkbook(null));
    checkStructure(templateWorkbook(sampleInput));
  });
});
