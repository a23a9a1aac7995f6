import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readXlsxInputs } from "../../src/xlsx/read";
import { makePlan } from "../../src/plan/index";
import { date, month } from "../../src/plan/calendar";
import { main } from "../../src/cli/main";

// Made once by test/fixtures/xlsx/make-fixtures.py with Debian's python3-openpyxl and LibreOffice 7.4.
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
});
