import { afterEach, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { writeWorkbook } from "../../src/excel/write";
import { CAPACITY_TABLES } from "../../src/report/capacity";
import { planWorkbook } from "../../src/report/workbook";
import { writeXlsx } from "../../src/xlsx/write";
import { freshExcel, mismatches } from "../fake-excel/inspect";
import { capacityPlan } from "../plan/support/example-grids";

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

const spec = planWorkbook(capacityPlan());
const capacity = spec.sheets.find((s) => s.name === "Capacity");
const rangeOf = (name: string): string => capacity?.tables.find((t) => t.name === name)?.range ?? "";

describe("the Capacity sheet in both writers", () => {
  it("the live workbook gets its tables and a line chart of each", async () => {
    const fake = freshExcel();
    restore = fake.restore;
    await writeWorkbook(spec);
    expect(mismatches(fake.host, spec)).toEqual([]);
    const sheet = fake.host.sheet("Capacity");
    expect(sheet.charts.map((c) => [c.type, c.title, c.source])).toEqual([
      ["Line", "Pipelines placed against capacity", `Capacity!${rangeOf(CAPACITY_TABLES.pipelines)}`],
      ["Line", "Interview hours against each limit", `Capacity!${rangeOf(CAPACITY_TABLES.hours)}`],
    ]);
    expect(fake.host.tables.filter((t) => t.sheet.name === "Capacity").map((t) => t.name)).toEqual(Object.values(CAPACITY_TABLES));
  });

  it("the .xlsx file gets the same tables (no chart: ExcelJS writes none)", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await writeXlsx(spec)) as never);
    const sheet = book.getWorksheet("Capacity");
    const tables = Object.values(
      (sheet as unknown as { tables: Record<string, { table: { name: string; ref?: string; tableRef?: string } }> }).tables ?? {},
    );
    expect(tables.map((t) => t.table.name).sort()).toEqual(Object.values(CAPACITY_TABLES).sort());
    expect(sheet?.getCell("A2").value).toMatch(/^8 hires slip for recruiting capacity/);
  });
});
