import { describe, expect, it } from "vitest";
import { addMonths, formatDate, formatMonth } from "../../src/plan/calendar";
import { sampleInput } from "../../src/plan/defaults";
import { parseAddress } from "../../src/report/a1";
import { pageText, printSetup, PRINT_TITLE, widthInPoints } from "../../src/report/print";
import { scenarioPlans } from "../../src/plan/scenarios";
import { templateWorkbook } from "../../src/report/template";
import { planFileWorkbook, planWorkbook } from "../../src/report/workbook";
import { sheetSpec } from "../fixtures/spec";
import { SAMPLE_TODAY, samplePlan } from "./fixtures";

const TEXT = pageText(null);

describe("print setup", () => {
  it("gives every sheet of the plan file a setup: one page wide, its cells as the area, its frozen rows on every page, title, window, As of and page numbers", () => {
    const plan = samplePlan();
    const spec = planFileWorkbook(plan, sampleInput, { scenarios: scenarioPlans(sampleInput, { today: SAMPLE_TODAY }) });
    const outputs = new Set(planWorkbook(plan).sheets.map((s) => s.name));
    const { planStart, horizonMonths, asOf } = plan.settings;
    const window = `Plan ${formatMonth(planStart)} to ${formatMonth(addMonths(planStart, horizonMonths - 1))}, As of ${formatDate(asOf)}`;
    expect(window).toMatch(/^Plan \d{4}-\d{2} to \d{4}-\d{2}, As of \d{4}-\d{2}-\d{2}$/);
    expect(spec.sheets.filter((s) => s.hidden && s.print !== undefined)).toEqual([]);
    for (const sheet of spec.sheets.filter((s) => !s.hidden)) {
      const print = sheet.print;
      // The very hidden data sheet is never printed.
      if (sheet.hidden) {
        expect(print, sheet.name).toBeUndefined();
        continue;
      }
      expect(print, sheet.name).toBeDefined();
      if (!print) continue;
      expect(print.fit, sheet.name).toEqual({ wide: 1, tall: 0 });
      const area = parseAddress(print.area);
      expect([area.top, area.left], sheet.name).toEqual([1, 1]);
      expect(area.bottom, sheet.name).toBeGreaterThanOrEqual(sheet.cells.length);
      expect(area.right, sheet.name).toBeGreaterThanOrEqual(sheet.cells[0]?.length ?? 0);
      if (sheet.freeze.rows > 0) expect(print.titleRows, sheet.name).toEqual({ first: 1, last: sheet.freeze.rows });
      else expect(print.titleRows, sheet.name).toBeUndefined();
      expect(print.header, sheet.name).toMatchObject({ left: PRINT_TITLE, center: "&A" });
      expect(print.footer.center, sheet.name).toBe("Page &P of &N");
      // The output sheets carry the plan's window and As of; the input sheets say what they are.
      expect(print.header.right, sheet.name).toBe(outputs.has(sheet.name) ? window : "Input tables");
    }
    // Wide sheets print landscape, narrow ones portrait.
    const orientation = (name: string): string | undefined => spec.sheets.find((s) => s.name === name)?.print?.orientation;
    expect(orientation("Sourcing Timeline")).toBe("landscape");
    expect(orientation("Hiring Plan")).toBe("landscape");
    expect(orientation("Team")).toBe("portrait");
  });

  it("gives the input template the same setup", () => {
    for (const sheet of templateWorkbook(null).sheets) expect(sheet.print, sheet.name).toEqual(printSetup(sheet, TEXT));
  });

  it("turns a sheet landscape once its columns are wider than a portrait page holds", () => {
    const sheet = (widths: number[]) => sheetSpec({ name: "S", cells: [widths.map(() => "x")], columnWidths: widths });
    expect(printSetup(sheet([50, 50]), TEXT).orientation).toBe("portrait");
    expect(printSetup(sheet([50, 51]), TEXT).orientation).toBe("landscape");
    // Unsized columns count at Excel's default width, 8.43 characters: 11 fit, 12 do not.
    expect(printSetup(sheetSpec({ name: "S", cells: [Array.from({ length: 11 }, () => 1)], columnWidths: [] }), TEXT).orientation).toBe(
      "portrait",
    );
    expect(printSetup(sheetSpec({ name: "S", cells: [Array.from({ length: 12 }, () => 1)], columnWidths: [] }), TEXT).orientation).toBe(
      "landscape",
    );
  });

  it("stretches the print area over a chart beside the cells, by column widths and row heights", () => {
    const chart = {
      title: "c",
      type: "line" as const,
      dataRange: "A1:B3",
      seriesBy: "columns" as const,
      anchor: "G5",
      width: 520,
      height: 280,
    };
    const cells = [
      ["Month", "Reqs"],
      [1, 2],
      [3, 4],
    ];
    // 520 pt over columns of 8.43 characters (48.01 pt) is 11 columns, G to Q; 280 pt over 15 pt rows is 19 rows, 5 to 23.
    expect(widthInPoints(8.43)).toBeCloseTo(48.01, 2);
    expect(printSetup(sheetSpec({ name: "S", cells, charts: [chart] }), TEXT).area).toBe("A1:Q23");
    // Wider columns under the chart: fewer of them.
    const wide = sheetSpec({ name: "S", cells, charts: [chart], columnWidths: [10, 10, 10, 10, 10, 10, 40, 40, 40] });
    expect(printSetup(wide, TEXT).area).toBe("A1:I23");
    expect(printSetup(wide, TEXT).orientation).toBe("landscape");
  });
});
