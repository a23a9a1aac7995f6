/**
 * The plan workbook as finance reviews it: one source for every assumption, figures that reconcile
 * from people to money, and totals that stay live when the inputs change, recalculated by two
 * independent engines (LibreOffice and Gnumeric), never read from the values our writer cached.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { date, monthOfDate, toExcelSerial, type CalDate } from "../../src/plan/calendar";
import { paidHeadcount, roleCosts } from "../../src/plan/cost";
import { sampleInput } from "../../src/plan/defaults";
import { makePlan, planToJson } from "../../src/plan/index";
import type { Grid, Hire, InputGrids, Plan } from "../../src/plan/types";
import { scenarioPlans } from "../../src/plan/scenarios";
import { isFormula, type SheetSpec, type SpecCell, type WorkbookSpec } from "../../src/report/spec";
import { planFileWorkbook } from "../../src/report/workbook";
import { writeXlsx } from "../../src/xlsx/write";
import { gnumericSheets, requireSsconvert } from "../helpers/gnumeric";
import { insertRowsWithLibreOffice, LIBREOFFICE_TEST_TIMEOUT, requireSoffice, sheetsAsCsv } from "../helpers/libreoffice";
import { SAMPLE_TODAY, samplePlan } from "./fixtures";
import { rowWith, sheetOf } from "./query";

type Sheets = Map<string, string[][]>;
const ENGINES: readonly { readonly name: string; readonly recalc: (file: string) => Promise<Sheets> }[] = [
  { name: "LibreOffice", recalc: (file) => sheetsAsCsv(file) },
  { name: "Gnumeric", recalc: (file) => gnumericSheets(file) },
];

const cents = (x: number): number => Math.round(x * 100);
function num(sheets: Sheets, sheet: string, row: number, col: number): number {
  const text = sheets.get(sheet)?.[row - 1]?.[col - 1];
  const value = Number((text ?? "").replace(/[^0-9.eE-]/g, ""));
  if (text === undefined || text.trim() === "" || !Number.isFinite(value))
    throw new Error(`${sheet} row ${row} column ${col}: not a number: ${JSON.stringify(text)}`);
  return value;
}

function planOf(input: InputGrids): Plan {
  const outcome = makePlan(input, { today: SAMPLE_TODAY });
  if (!outcome.ok) throw new Error(outcome.error.reason);
  return outcome.value;
}

/** The sample's plan workbook as the CLI writes it: the plan's sheets, then its input tables. */
function sampleFile(plan: Plan): WorkbookSpec {
  return planFileWorkbook(plan, sampleInput, { scenarios: scenarioPlans(sampleInput, { today: SAMPLE_TODAY }) });
}

/** Role r's row of a measure on the Headcount sheet (column A the role, B the measure). */
function measureRow(sheet: SheetSpec, r: number, measure: string): number {
  const rows = sheet.cells.flatMap((c, i) => (c[1] === measure ? [i + 1] : []));
  const row = rows[r];
  if (row === undefined) throw new Error(`Headcount: no ${measure} row for role ${r}`);
  return row;
}

const formulaOf = (c: SpecCell | undefined): string | null => (c !== undefined && isFormula(c) ? c.formula : null);

/** Where the figures finance reads sit, found from the spec (the CSVs start at A1 like it). */
function layout(spec: WorkbookSpec, plan: Plan) {
  const cost = sheetOf(spec, "Cost");
  const headcount = sheetOf(spec, "Headcount");
  const summary = sheetOf(spec, "Summary");
  const scenarios = sheetOf(spec, "Scenarios");
  const byMonth = rowWith(cost, "Role", rowWith(cost, "Cost by month (paid headcount × monthly cost)"));
  const assumptions = rowWith(cost, "Role");
  const byQuarter = rowWith(cost, "Role", rowWith(cost, "Cost by calendar quarter"));
  const quarterBlock = rowWith(summary, "Quarter");
  const scenarioCost = rowWith(scenarios, "Quarter");
  const H = plan.months.length;
  return {
    costCell: (r: number, k: number) => ({ row: byMonth + 1 + r, col: k + 2 }),
    monthlyCost: (r: number) => ({ row: assumptions + 1 + r, col: 3 }),
    costMonthTotal: { row: byMonth + 1 + plan.roles.length, col: H + 2 },
    costQuarter: (j: number) => ({ row: byQuarter + 1 + plan.roles.length, col: j + 2 }),
    costTotal: { row: byQuarter + 1 + plan.roles.length, col: plan.totals.costByQuarter.length + 2 },
    paid: (r: number, k: number) => ({ row: measureRow(headcount, r, "Paid headcount (by forecast start)"), col: k + 3 }),
    headcountRow: (r: number, measure: string) => measureRow(headcount, r, measure),
    summaryTotal: { row: rowWith(summary, "Total cost"), col: 2 },
    summaryBefore: { row: rowWith(summary, "Cost before the plan"), col: 2 },
    summaryQuarter: (j: number) => ({ row: quarterBlock + 2 + j, col: 2 }),
    summaryQuarterTotal: { row: quarterBlock + 2 + plan.totals.costByQuarter.length, col: 2 },
    scenarioBefore: { row: scenarioCost + 2, col: 2 },
    scenarioQuarter: (j: number) => ({ row: scenarioCost + 3 + j, col: 2 }),
    scenarioTotal: { row: scenarioCost + 3 + plan.totals.costByQuarter.length, col: 2 },
    scenarioHires: (role: string) => ({ row: rowWith(scenarios, role), col: 2 }),
    scenarioAllHires: { row: rowWith(scenarios, "All roles"), col: 2 },
  };
}

/** The sample's input with one role's loaded annual cost changed, as finance would edit Roles. */
function withLoadedCost(input: InputGrids, role: string, cost: number): InputGrids {
  const roles = input.roles as Grid;
  const col = roles.rows[0]?.findIndex((h) => h === "Loaded annual cost") ?? -1;
  expect(col).toBeGreaterThan(0);
  return {
    ...input,
    roles: { ...roles, rows: roles.rows.map((r) => (r[0] === role ? r.map((c, j) => (j === col ? String(cost) : c)) : r)) },
  };
}

let dir = "";
beforeAll(() => {
  requireSoffice();
  requireSsconvert();
  dir = mkdtempSync(join(tmpdir(), "report-finance-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("one source for every assumption", () => {
  const plan = samplePlan();
  const spec = sampleFile(plan);

  it("links the Cost sheet's assumptions to the Roles and Team tables instead of copying them", () => {
    const cost = sheetOf(spec, "Cost");
    const row = rowWith(cost, "ML Engineer");
    const [annual, , headcount, attrition] = (cost.cells[row - 1] ?? []).slice(1, 5);
    expect(formulaOf(annual)).toBe(`=INDEX('Roles'!$F:$F,MATCH($A${row},'Roles'!$A:$A,0))`);
    expect(formulaOf(headcount)).toBe(`=INDEX('Team'!$B:$B,MATCH($A${row},'Team'!$A:$A,0))`);
    expect(formulaOf(attrition)).toBe(`=INDEX('Team'!$C:$C,MATCH($A${row},'Team'!$A:$A,0))`);
    // No output sheet holds a typed copy of a loaded cost.
    const costs = new Set(plan.roles.map((r) => r.loadedAnnualCost));
    for (const sheet of spec.sheets.filter((s) => s.role === "output" && !s.hidden)) {
      for (const r of sheet.cells)
        for (const c of r) expect(typeof c === "number" && costs.has(c), `${sheet.name} holds ${String(c)}`).toBe(false);
    }
  });

  it(
    "moves Cost, Summary and Scenarios' live figures to the engine's figures for an edited loaded cost in Roles, in LibreOffice and Gnumeric",
    async () => {
      const role = "MLOps / ML Platform Engineer";
      const file = join(dir, "sample.xlsx");
      writeFileSync(file, await writeXlsx(spec));
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      const roles = workbook.getWorksheet("Roles") as ExcelJS.Worksheet;
      let edited = 0;
      roles.eachRow((r) => {
        if (r.getCell(1).value === role) {
          expect(roles.getCell(1, 6).value).toBe("Loaded annual cost");
          r.getCell(6).value = 600000;
          edited++;
        }
      });
      expect(edited).toBe(1);
      const editedFile = join(dir, "edited-cost.xlsx");
      await workbook.xlsx.writeFile(editedFile);

      const want = planOf(withLoadedCost(sampleInput, role, 600000));
      // The edit matters everywhere finance looks, the money before the plan included.
      expect(cents(want.totals.cost)).not.toBe(cents(plan.totals.cost));
      expect(cents(want.totals.costBeforePlan)).not.toBe(cents(plan.totals.costBeforePlan));
      const at = layout(spec, plan);
      for (const engine of ENGINES) {
        const sheets = await engine.recalc(editedFile);
        const get = (sheet: string, p: { row: number; col: number }): number => num(sheets, sheet, p.row, p.col);
        want.rolePlans.forEach((rp, r) =>
          rp.cost.forEach((c, k) => expect(cents(get("Cost", at.costCell(r, k))), `${engine.name} ${rp.role} month ${k}`).toBe(cents(c))),
        );
        expect(cents(get("Cost", at.costTotal)), engine.name).toBe(cents(want.totals.cost));
        expect(cents(get("Summary", at.summaryTotal)), engine.name).toBe(cents(want.totals.cost));
        expect(cents(get("Summary", at.summaryBefore)), engine.name).toBe(cents(want.totals.costBeforePlan));
        expect(cents(get("Scenarios", at.scenarioTotal)), engine.name).toBe(cents(want.totals.cost));
        expect(cents(get("Scenarios", at.scenarioBefore)), engine.name).toBe(cents(want.totals.costBeforePlan));
        want.totals.costByQuarter.forEach((q, j) => {
          expect(cents(get("Cost", at.costQuarter(j))), `${engine.name} ${q.quarter}`).toBe(cents(q.cost));
          expect(cents(get("Summary", at.summaryQuarter(j))), `${engine.name} ${q.quarter}`).toBe(cents(q.cost));
          expect(cents(get("Scenarios", at.scenarioQuarter(j))), `${engine.name} ${q.quarter}`).toBe(cents(q.cost));
        });
      }
    },
    LIBREOFFICE_TEST_TIMEOUT,
  );
});

/** Paid heads of one role in one month, from the JSON alone: staff, plus each hire's share of the month from its forecast start. */
function paidFromJson(baseline: number, starts: readonly string[], month: string): number {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const first = Date.UTC(y, m - 1, 1);
  const next = Date.UTC(y, m, 1);
  const days = (next - first) / 86_400_000;
  return starts.reduce((heads, s) => {
    const start = Date.parse(`${s}T00:00:00Z`);
    return heads + (start <= first ? 1 : start < next ? (next - start) / 86_400_000 / days : 0);
  }, baseline);
}

describe("reconciliation: cost = paid headcount × monthly cost, quarters add up to the total", () => {
  const plan = samplePlan();
  const spec = sampleFile(plan);

  it("holds in the engine's JSON", () => {
    const json = planToJson(plan);
    const quarterOf = (month: string): string => `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
    const quarters = new Map<string, number>();
    json.roles.forEach((r, i) => {
      const monthly = (plan.roles[i]?.loadedAnnualCost ?? NaN) / 12;
      const starts = json.hires.filter((h) => h.role === r.role).map((h) => h.forecastStart);
      json.months.forEach((month, k) => {
        const paid = paidFromJson(r.baselineHeadcount[k] ?? NaN, starts, month);
        expect(r.cost[k], `${r.role} ${month}`).toBe(Math.round(paid * monthly * 100 + 1e-7) / 100);
        quarters.set(quarterOf(month), (quarters.get(quarterOf(month)) ?? 0) + cents(r.cost[k] ?? NaN));
      });
    });
    expect(Object.keys(json.totals.costByQuarter)).toEqual([...quarters.keys()]);
    for (const [q, c] of quarters) expect(cents(json.totals.costByQuarter[q] ?? NaN), q).toBe(c);
    const quarterSum = Object.values(json.totals.costByQuarter).reduce((a, c) => a + cents(c), 0);
    expect(cents(json.totals.cost)).toBe(quarterSum);
  });

  it(
    "holds in the workbook recalculated by LibreOffice and Gnumeric",
    async () => {
      const file = join(dir, "reconcile.xlsx");
      writeFileSync(file, await writeXlsx(spec));
      const at = layout(spec, plan);
      for (const engine of ENGINES) {
        const sheets = await engine.recalc(file);
        const get = (sheet: string, p: { row: number; col: number }): number => num(sheets, sheet, p.row, p.col);
        plan.rolePlans.forEach((rp, r) => {
          const monthly = get("Cost", at.monthlyCost(r));
          rp.cost.forEach((c, k) => {
            const cost = get("Cost", at.costCell(r, k));
            expect(cents(cost), `${engine.name} ${rp.role} month ${k}`).toBe(Math.round(get("Headcount", at.paid(r, k)) * monthly * 100));
            expect(cents(cost), `${engine.name} ${rp.role} month ${k}`).toBe(cents(c));
          });
        });
        const quarters = plan.totals.costByQuarter.map((_, j) => cents(get("Cost", at.costQuarter(j))));
        expect(cents(get("Cost", at.costTotal)), engine.name).toBe(quarters.reduce((a, b) => a + b, 0));
        expect(cents(get("Cost", at.costMonthTotal)), engine.name).toBe(quarters.reduce((a, b) => a + b, 0));
        const summaryQuarters = plan.totals.costByQuarter.map((_, j) => cents(get("Summary", at.summaryQuarter(j))));
        expect(cents(get("Summary", at.summaryQuarterTotal)), engine.name).toBe(summaryQuarters.reduce((a, b) => a + b, 0));
        expect(cents(get("Summary", at.summaryQuarterTotal)), engine.name).toBe(cents(plan.totals.cost));
      }
    },
    LIBREOFFICE_TEST_TIMEOUT,
  );
});

describe("ranges that grow", () => {
  const plan = samplePlan();
  const spec = sampleFile(plan);
  const hiringPlan = sheetOf(spec, "Hiring Plan");
  const header = (hiringPlan.cells[0] ?? []) as string[];
  const role = "ML Engineer";
  const r = plan.roles.findIndex((x) => x.name === role);

  /** A Hiring Plan row with what a reviewer types for a new hire: id, role, need-by, forecast start. */
  function row(id: string, needBy: CalDate, forecastStart: CalDate): (string | number | null)[] {
    const cells: (string | number | null)[] = header.map(() => null);
    const set = (name: string, value: string | number): void => {
      const col = header.indexOf(name);
      expect(col, name).toBeGreaterThanOrEqual(0);
      cells[col] = value;
    };
    set("ID", id);
    set("Role", role);
    set("Need by", toExcelSerial(needBy));
    set("Forecast start", toExcelSerial(forecastStart));
    set("Status", "on track");
    return cells;
  }

  it(
    "counts a row LibreOffice inserts inside the Hiring Plan table, and one typed below it",
    async () => {
      const file = join(dir, "grow.xlsx");
      writeFileSync(file, await writeXlsx(spec));
      const inside = { needBy: date(2027, 6, 1), start: date(2027, 5, 17) };
      const below = { needBy: date(2027, 9, 1), start: date(2027, 8, 1) };
      const grown = join(dir, "grown.xlsx");
      // Row 3 is inside the table; after that insert the table ends one row lower, and the row under it is outside.
      await insertRowsWithLibreOffice(file, grown, "Hiring Plan", [
        [3, row("MLE-NEW-1", inside.needBy, inside.start)],
        [plan.hires.length + 3, row("MLE-NEW-2", below.needBy, below.start)],
      ]);

      const extra = [inside, below].map((h) => ({ ...(plan.hires[0] as Hire), role, forecastStart: h.start, needBy: h.needBy }));
      const hires = [...plan.hires, ...extra];
      const baselines = plan.rolePlans.map((rp) => rp.baselineHeadcount);
      const wantCost = roleCosts(plan.roles, baselines, hires, plan.settings.planStart, plan.months.length).byRole;
      const wantPaid = paidHeadcount(plan.roles, baselines, hires, plan.settings.planStart, plan.months.length).byRole;
      const month = (d: CalDate): number => monthOfDate(d) - plan.settings.planStart;
      const at = layout(spec, plan);
      const sheets = await sheetsAsCsv(grown);
      for (const engine of [
        { name: "LibreOffice", sheets },
        { name: "Gnumeric", sheets: await gnumericSheets(grown) },
      ]) {
        const get = (sheet: string, p: { row: number; col: number }): number => num(engine.sheets, sheet, p.row, p.col);
        plan.months.forEach((_, k) => {
          expect(get("Headcount", at.paid(r, k)), `${engine.name} paid month ${k}`).toBeCloseTo(wantPaid[r]?.[k] ?? NaN, 6);
          expect(cents(get("Cost", at.costCell(r, k))), `${engine.name} cost month ${k}`).toBe(cents(wantCost[r]?.[k] ?? NaN));
          const newHires = (plan.rolePlans[r]?.newHires[k] ?? 0) + extra.filter((h) => month(h.needBy) === k).length;
          expect(
            get("Headcount", { row: at.headcountRow(r, "New hires (by need-by)"), col: k + 3 }),
            `${engine.name} new hires month ${k}`,
          ).toBe(newHires);
        });
        const total = wantCost.flat().reduce((a, c) => a + cents(c), 0);
        expect(cents(get("Cost", at.costTotal)), engine.name).toBe(total);
        expect(cents(get("Summary", at.summaryTotal)), engine.name).toBe(total);
        expect(get("Scenarios", at.scenarioHires(role)), engine.name).toBe((plan.totals.hiresByRole[r]?.hires ?? 0) + 2);
        expect(get("Scenarios", at.scenarioAllHires), engine.name).toBe(plan.totals.hires + 2);
      }
    },
    LIBREOFFICE_TEST_TIMEOUT,
  );
});
