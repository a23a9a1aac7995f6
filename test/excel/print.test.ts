/**
 * The Office.js writer's print setup in the fake Excel, and the same setup from both writers: the
 * live workbook prints as the downloaded .xlsx does.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { insertTemplate, writeWorkbook } from "../../src/excel/write";
import type { PrintSpec, WorkbookSpec } from "../../src/report/spec";
import { templateWorkbook } from "../../src/report/template";
import { writeXlsx } from "../../src/xlsx/write";
import type { PageLayoutModel, WorkbookModel } from "../fake-excel/model";
import { freshExcel } from "../fake-excel/inspect";
import { fakeExcelPerTest } from "../fake-excel/per-test";
import { samplePlanSpec } from "../fake-excel/specs";

let host: WorkbookModel;
fakeExcelPerTest((h) => (host = h));

/** What the spec asks of Excel's Page Setup, in the fake's terms. */
function expected(print: PrintSpec): PageLayoutModel {
  return {
    orientation: print.orientation === "landscape" ? "Landscape" : "Portrait",
    zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    printArea: print.area,
    printTitleRows: print.titleRows ? `${print.titleRows.first}:${print.titleRows.last}` : null,
    headersFooters: {
      leftHeader: print.header.left ?? "",
      centerHeader: print.header.center ?? "",
      rightHeader: print.header.right ?? "",
      leftFooter: print.footer.left ?? "",
      centerFooter: print.footer.center ?? "",
      rightFooter: print.footer.right ?? "",
    },
  };
}

function printed(spec: WorkbookSpec): WorkbookSpec["sheets"][number][] {
  return spec.sheets.filter((s) => s.print !== undefined);
}

describe("the Office.js writer's print setup", () => {
  it("sets every plan sheet to print one page wide, with its area, title rows, header and footer, in the same syncs", async () => {
    const spec = samplePlanSpec();
    // Every sheet but the very hidden data sheet, which is never printed.
    expect(printed(spec)).toHaveLength(spec.sheets.filter((s) => !s.hidden).length);
    const plain = freshExcel();
    await writeWorkbook({ ...spec, sheets: spec.sheets.map(({ print: _print, ...sheet }) => sheet) });
    const plainSyncs = plain.host.syncs;
    plain.restore();

    await writeWorkbook(spec);
    expect(host.syncs).toBe(plainSyncs);
    for (const sheet of printed(spec)) expect(host.sheet(sheet.name).pageLayout, sheet.name).toEqual(expected(sheet.print as PrintSpec));
  });

  it("sets the input template's sheets too", async () => {
    const spec = templateWorkbook(null);
    await insertTemplate(spec);
    for (const sheet of spec.sheets) expect(host.sheet(sheet.name).pageLayout, sheet.name).toEqual(expected(sheet.print as PrintSpec));
  });

  it("writes the plan on a host without page layout (Excel 2019), leaving its print defaults", async () => {
    // Page layout came with ExcelApi 1.9.
    host.supported = { ExcelApi: "1.8" };
    const spec = samplePlanSpec();
    await writeWorkbook(spec);
    for (const sheet of spec.sheets) {
      expect(host.sheet(sheet.name).pageLayout.zoom, sheet.name).toEqual({ scale: 100 });
      expect(host.sheet(sheet.name).pageLayout.printArea, sheet.name).toBeNull();
    }
  });

  it("gives the live workbook the print setup of the .xlsx file", async () => {
    const spec = samplePlanSpec();
    await writeWorkbook(spec);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeXlsx(spec)).buffer as ArrayBuffer);
    for (const sheet of spec.sheets.filter((s) => !s.hidden)) {
      const ws = workbook.getWorksheet(sheet.name) as ExcelJS.Worksheet;
      const live = host.sheet(sheet.name).pageLayout;
      const file = ws.pageSetup;
      expect(
        {
          orientation: file.orientation,
          wide: file.fitToPage ? file.fitToWidth : undefined,
          tall: file.fitToPage ? file.fitToHeight : undefined,
          area: file.printArea?.replace(/\$/g, ""),
          titles: file.printTitlesRow ?? null,
        },
        sheet.name,
      ).toEqual({
        orientation: live.orientation.toLowerCase(),
        wide: live.zoom.horizontalFitToPages,
        tall: live.zoom.verticalFitToPages,
        area: live.printArea,
        titles: live.printTitleRows,
      });
      const h = live.headersFooters;
      expect(ws.headerFooter.oddHeader, sheet.name).toBe(`&L${h.leftHeader}&C${h.centerHeader}&R${h.rightHeader}`);
      expect(ws.headerFooter.oddFooter, sheet.name).toBe(`&C${h.centerFooter}`);
    }
  });
});
