import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readXlsxInputs } from "../../src/xlsx/read";
import { makePlan } from "../../src/plan/index";
import { date, formatMonth, month } from "../../src/plan/calendar";
import { main } from "../../src/cli/main";

// Made once by test/fixtures/xlsx/make-fixtures.py with Debian's python3-openpyxl and LibreOffice 7.4; the
// Google Sheets and Numbers files by make-app-exports.py, which writes their parts as the sources it cites show.
const FIXTURES = resolve(__dirname, "../fixtures/xlsx");
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(resolve(FIXTURES, name)));
const options = { today: date(2026, 10, 1), overrides: { asOf: date(2026, 10, 1), planStart: month(2027, 1) } };

describe("workbooks saved by other tools", () => {
  it("reads an openpyxl workbook's table, which ExcelJS alone cannot load (absolute table part paths)", async () => {
    const { grids, warnings } = await readXlsxInputs(fixture("openpyxl-roadmap.xlsx"));
    expect(warnings).toEqual([]);
    expect(grids.roadmap?.rows).toHaveLength(6);
    expect(grids.roadmap?.rows[0]).toEqual(["Key", "Initiative", "Workstream", "Start", "End", "Size", "Priority", "Owner"]);
    const outcome = makePlan(grids, options);
    expect(outcome.ok && outcome.value.initiatives.map((i) => i.name)).toEqual([
      "Support copilot (RAG over help center)",
      "Fraud model v2",
      "Feature store & training pipelines",
      "Domain LLM fine-tune",
      "Model evaluation harness",
    ]);
  });

  it("reads the rows typed under a table LibreOffice did not grow, with a warning naming them", async () => {
    const { grids, warnings } = await readXlsxInputs(fixture("libreoffice-rows-under-table.xlsx"));
    expect(grids.roadmap?.rows).toHaveLength(9);
    expect(warnings).toEqual([
      {
        severity: "warning",
        sheet: "Roadmap",
        cell: "A7",
        message: "3 rows under the Roadmap table (A7:H9) were read as part of it: extend the table over them",
      },
    ]);
    const outcome = makePlan(grids, options);
    expect(outcome.ok && outcome.value.initiatives).toHaveLength(8);
  });

  it("the CLI plans all eight rows and reports the warning with the plan's diagnostics", async () => {
    let stdout = "";
    const code = await main([resolve(FIXTURES, "libreoffice-rows-under-table.xlsx"), "--json", "-", "--plan-start", "2027-01"], {
      stdout: (t) => (stdout += t),
      stderr: () => undefined,
      today: date(2026, 10, 1),
    });
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as { diagnostics: { severity: string; cell: string; message: string }[]; hires: { id: string }[] };
    expect(plan.diagnostics[0]).toMatchObject({ severity: "warning", cell: "A7" });
    expect(plan.hires.some((h) => h.id.includes("-GPU-"))).toBe(true);
  });

  it("reads a headed column right beside a table, with a warning, and stops at the first blank row under it", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Plan 2027");
    ws.addTable({
      name: "Roadmap",
      ref: "B2",
      columns: ["Initiative", "Workstream", "Start", "End"].map((name) => ({ name })),
      rows: [["Fraud model v2", "Predictive ML model", "2027-02", "2027-09"]],
    });
    ws.getCell("F2").value = "Size";
    ws.getCell("F3").value = "M";
    ws.getCell("B5").value = "a note two rows down, not a roadmap row";
    const { grids, warnings } = await readXlsxInputs(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(grids.roadmap?.rows).toEqual([
      ["Initiative", "Workstream", "Start", "End", "Size"],
      ["Fraud model v2", "Predictive ML model", "2027-02", "2027-09", "M"],
    ]);
    expect(warnings.map((w) => `${w.cell} ${w.message}`)).toEqual([
      "F2 1 column beside the Roadmap table (F2:F3) was read as part of it: extend the table over it",
    ]);
  });

  const ROADMAP = [
    ["COPILOT", "Support copilot", "GenAI feature (RAG / agents)", "2027-01", "2027-06", "L"],
    ["FRAUD2", "Fraud model v2", "Predictive ML model", "2027-02", "2027-09", "M"],
    ["LLMFT", "Domain LLM fine-tune", "LLM fine-tuning", "2027-03", "2027-12", "L"],
  ];
  const planned = (grids: Parameters<typeof makePlan>[0]) => {
    const outcome = makePlan(grids, options);
    if (!outcome.ok) throw new Error(outcome.error.reason);
    return outcome.value.initiatives.map((i) => [i.key, i.name, i.workstream, formatMonth(i.start), formatMonth(i.end)]);
  };
  const cli = async (file: string) => {
    let stdout = "";
    const code = await main([resolve(FIXTURES, file), "--json", "-", "--plan-start", "2027-01"], {
      stdout: (t) => (stdout += t),
      stderr: () => undefined,
      today: date(2026, 10, 1),
    });
    const plan = JSON.parse(stdout) as { diagnostics: { severity: string }[]; hires: { initiative: string }[] };
    return {
      code,
      errors: plan.diagnostics.filter((d) => d.severity === "error"),
      initiatives: [...new Set(plan.hires.map((h) => h.initiative))],
    };
  };

  it("reads a workbook as Google Sheets downloads it: no <dimension>, shared strings, a drawing part per sheet, no table", async () => {
    const { grids, warnings } = await readXlsxInputs(fixture("google-sheets-roadmap.xlsx"));
    expect(warnings).toEqual([]);
    expect(grids.roadmap).toMatchObject({ location: "Roadmap", originRow: 1, originCol: 1 });
    expect(grids.roadmap?.rows).toEqual([["Key", "Initiative", "Workstream", "Start", "End", "Size"], ...ROADMAP]);
    expect(planned(grids)).toEqual(ROADMAP.map((r) => r.slice(0, 5)));
  });

  it("reads a Numbers export: the Roadmap from sheet Roadmap - Table 1, under its table's title, after the Export Summary", async () => {
    const { grids, warnings } = await readXlsxInputs(fixture("numbers-roadmap.xlsx"));
    expect(warnings).toEqual([]);
    // Row 1 holds the title "Table 1" merged over the table: the header is row 2, and diagnostics count from there.
    expect(grids.roadmap).toMatchObject({ location: "Roadmap - Table 1", originRow: 2, originCol: 1 });
    expect(grids.roadmap?.rows[0]).toEqual(["Key", "Initiative", "Workstream", "Start", "End", "Size"]);
    // Start and End are dates there (serial numbers under a date format), read as their months.
    expect(typeof grids.roadmap?.rows[1]?.[3]).toBe("number");
    expect(planned(grids)).toEqual(ROADMAP.map((r) => r.slice(0, 5)));
  });

  it.each(["google-sheets-roadmap.xlsx", "numbers-roadmap.xlsx"])(
    "the CLI plans %s without errors, with hires for every initiative",
    async (file) => {
      const { code, errors, initiatives } = await cli(file);
      expect(code).toBe(0);
      expect(errors).toEqual([]);
      expect(initiatives.sort()).toEqual(["Domain LLM fine-tune", "Fraud model v2", "Support copilot"]);
    },
  );

  it("prefers the Numbers table named Roadmap to a Numbers sheet named Roadmap, and warns of the sheet not read", async () => {
    const wb = new ExcelJS.Workbook();
    const rows = (ws: ExcelJS.Worksheet, title: string, row: (string | number)[]) => {
      ws.getCell("A1").value = title;
      ws.mergeCells("A1:F1");
      ws.addRow(["Key", "Initiative", "Workstream", "Start", "End", "Size"]);
      ws.addRow(row);
    };
    rows(wb.addWorksheet("Roadmap - Table 1"), "Table 1", ["OLD", "Last year's draft", "Predictive ML model", "2027-01", "2027-03", "S"]);
    rows(wb.addWorksheet("Plan 2027 - Roadmap"), "Roadmap", ROADMAP[1] as string[]);
    const { grids, warnings } = await readXlsxInputs(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(grids.roadmap).toMatchObject({ location: "Plan 2027 - Roadmap", originRow: 2 });
    expect(grids.roadmap?.rows[1]).toEqual(ROADMAP[1]);
    expect(warnings).toEqual([
      {
        severity: "warning",
        sheet: "Roadmap",
        cell: "A2",
        message:
          'the Roadmap was read from sheet "Plan 2027 - Roadmap", not from sheet "Roadmap - Table 1" (both are named as Numbers names an exported Roadmap): rename the sheet to read to Roadmap',
      },
    ]);
  });

  it("keeps a first row as the header when the row under it is no header either", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Roadmap");
    ws.getCell("B3").value = "Initiative";
    ws.getCell("B4").value = "Fraud model v2";
    const { grids } = await readXlsxInputs(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(grids.roadmap).toMatchObject({ originRow: 3, originCol: 2, rows: [["Initiative"], ["Fraud model v2"]] });
  });
});
