import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, firstDay, toExcelSerial, type Month } from "../../src/plan/calendar";
import { roleCosts } from "../../src/plan/cost";
import type { Hire, Plan } from "../../src/plan/types";
import { costSheet, quarterSpans } from "../../src/report/cost";
import { isFormula, type SheetSpec } from "../../src/report/spec";
import { planWorkbook } from "../../src/report/workbook";
import { writeXlsx } from "../../src/xlsx/write";
import { requireSoffice, sheetsAsCsv } from "../helpers/libreoffice";
import { samplePlan } from "./fixtures";
import { parseCell, rowWith } from "./query";

/**
 * Every role-month cost cell of the Cost sheet: the formulas over the Headcount sheet's paid
 * headcount, found by position (role in column A, k-th formula of the row = plan month k).
 */
function costCells(sheet: SheetSpec): { role: string; k: number; row: number; col: number; result: unknown }[] {
  const out: { role: string; k: number; row: number; col: number; result: unknown }[] = [];
  sheet.cells.forEach((cells, r) => {
    let k = 0;
    cells.forEach((c, col) => {
      if (isFormula(c) && c.formula.includes("'Headcount'!"))
        out.push({ role: String(cells[0]), k: k++, row: r + 1, col: col + 1, result: c.result });
    });
  });
  return out;
}

const engineCost = (plan: Plan, role: string, k: number): number => plan.rolePlans.find((rp) => rp.role === role)?.cost[k] ?? NaN;

describe("Cost sheet formulas", () => {
  const plan = samplePlan();
  const cost = costSheet(plan);

  it("has a live formula for every role and month, carrying the engine's cost as its result", () => {
    const cells = costCells(cost.sheet);
    expect(cells.length).toBe(plan.roles.length * plan.months.length);
    for (const c of cells) expect(c.result as number).toBeCloseTo(engineCost(plan, c.role, c.k), 2);
    // Paid headcount (Headcount sheet) × the monthly cost, rounded to the cent as the engine rounds.
    const first = cells[0] ?? { row: 1, col: 1 };
    const sample = cost.sheet.cells[first.row - 1]?.[first.col - 1] ?? null;
    const monthlyRow = rowWith(cost.sheet, "ML Engineer");
    expect(isFormula(sample) && sample.formula).toMatch(new RegExp(`^=ROUND\\('Headcount'!C\\d+\\*\\$C\\$${monthlyRow},2\\)$`));
  });

  it("totals quarters and the plan from the month cells, matching the engine's totals", () => {
    expect(cost.total.value).toBeCloseTo(plan.totals.cost, 1);
    expect(cost.quarters.map((q) => q.quarter)).toEqual(plan.totals.costByQuarter.map((q) => q.quarter));
    cost.quarters.forEach((q, i) => expect(q.value).toBeCloseTo(plan.totals.costByQuarter[i]?.cost ?? NaN, 1));
    expect(cost.total.ref).toMatch(/^'Cost'!/);
  });

  it("groups months into calendar quarters even when the plan starts mid-quarter", () => {
    const months = plan.months.slice(1, 5);
    expect(quarterSpans(months)).toEqual([
      { quarter: "2027-Q1", from: 0, to: 1 },
      { quarter: "2027-Q2", from: 2, to: 3 },
    ]);
  });

  it("shows month headers as real dates and the assumptions the formulas read", () => {
    const header = rowWith(cost.sheet, "Role", rowWith(cost.sheet, "Cost by month (paid headcount × monthly cost)"));
    expect(cost.sheet.cells[header - 1]?.[1]).toBe(toExcelSerial(firstDay(plan.months[0] as Month)));
    const ml = rowWith(cost.sheet, "ML Engineer");
    const row = cost.sheet.cells[ml - 1] ?? [];
    // Without input tables to link to, the assumptions are the one editable copy.
    expect([row[0], row[1], row[3], row[4]]).toEqual(["ML Engineer", 300000, 4, 0.15]);
    const monthly = row[2] ?? null;
    expect(isFormula(monthly) && monthly.formula).toBe(`=B${ml}/12`);
  });
});

const number = (text: string | undefined): number => Number((text ?? "").replace(/[^0-9.eE-]/g, ""));

/**
 * The must-show test: the sample's .xlsx, recalculated by LibreOffice (a second spreadsheet
 * engine), gives the engine's cost for every role and month; an edited cost or start date in the
 * file moves the totals, which proves LibreOffice recomputed rather than read cached results.
 */
describe("Cost sheet in LibreOffice", () => {
  const plan = samplePlan();
  const spec = planWorkbook(plan);
  const sheet = spec.sheets.find((s) => s.name === "Cost") as SheetSpec;
  const cells = costCells(sheet);
  let dir = "";
  let file = "";

  beforeAll(async () => {
    requireSoffice();
    dir = mkdtempSync(join(tmpdir(), "report-cost-"));
    file = join(dir, "sample.xlsx");
    writeFileSync(file, await writeXlsx(spec));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("recalculates every role-month to the engine's cost within 0.01", async () => {
    const csv = (await sheetsAsCsv(file)).get("Cost");
    expect(csv).toBeDefined();
    for (const c of cells) {
      const value = number(csv?.[c.row - 1]?.[c.col - 1]);
      expect(Math.abs(value - engineCost(plan, c.role, c.k)), `${c.role} month ${c.k}: ${value}`).toBeLessThan(0.01);
    }
    const total = parseCell(costSheet(plan).total.ref.replace(/^'Cost'!/, ""));
    expect(number(csv?.[total.row - 1]?.[total.col - 1])).toBeCloseTo(
      plan.rolePlans.reduce((a, rp) => a + rp.cost.reduce((x, y) => x + y, 0), 0),
      2,
    );
  }, 180_000);

  it("follows an edited loaded cost and an edited forecast start", async () => {
    const ml = plan.roles.findIndex((r) => r.name === "ML Engineer");
    const moved = plan.hires.find((h) => h.role === "ML Engineer") as Hire;
    const newStart = addDays(moved.forecastStart, 45);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const costWs = workbook.getWorksheet("Cost") as ExcelJS.Worksheet;
    const costRow = rowWith(sheet, "ML Engineer");
    expect(costWs.getCell(costRow, 1).value).toBe("ML Engineer");
    costWs.getCell(costRow, 2).value = 600000;
    const hiresWs = workbook.getWorksheet("Hiring Plan") as ExcelJS.Worksheet;
    const hireRow = plan.hires.indexOf(moved) + 2;
    expect(hiresWs.getCell(hireRow, 1).value).toBe(moved.id);
    expect(hiresWs.getCell(1, 21).value).toBe("Forecast start");
    hiresWs.getCell(hireRow, 21).value = toExcelSerial(newStart);
    const edited = join(dir, "edited.xlsx");
    await workbook.xlsx.writeFile(edited);

    // What the engine's own cost arithmetic gives for the edited figures.
    const roles = plan.roles.map((r, i) => (i === ml ? { ...r, loadedAnnualCost: 600000 } : r));
    const hires = plan.hires.map((h) => (h === moved ? { ...h, forecastStart: newStart } : h));
    const expected = roleCosts(
      roles,
      plan.rolePlans.map((rp) => rp.baselineHeadcount),
      hires,
      plan.settings.planStart,
      plan.months.length,
    );

    const csv = (await sheetsAsCsv(edited)).get("Cost");
    let changed = 0;
    for (const c of cells) {
      const r = plan.roles.findIndex((x) => x.name === c.role);
      const want = expected.byRole[r]?.[c.k] ?? NaN;
      const value = number(csv?.[c.row - 1]?.[c.col - 1]);
      expect(Math.abs(value - want), `${c.role} month ${c.k}`).toBeLessThan(0.01);
      if (Math.abs(want - engineCost(plan, c.role, c.k)) > 1) changed++;
    }
    expect(changed).toBeGreaterThanOrEqual(plan.months.length);
  }, 180_000);
});
