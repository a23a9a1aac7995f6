import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { convertWithLibreOffice, LIBREOFFICE_TEST_TIMEOUT, xlsxToCsvSheets } from "./libreoffice";

const dir = mkdtempSync(join(tmpdir(), "lo-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function tinyWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Numbers");
  ws.getCell("A1").value = 6;
  ws.getCell("A2").value = 7;
  // No cached result: LibreOffice must compute it.
  ws.getCell("A3").value = { formula: "A1*A2" } as ExcelJS.CellFormulaValue;
  // A stale cached result: kept or replaced depending on the recalculation mode.
  ws.getCell("A4").value = { formula: "A1+A2", result: 999 };
  wb.addWorksheet("Second sheet").getCell("B2").value = "text";
  const file = join(dir, "tiny.xlsx");
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  return file;
}

describe("LibreOffice helper", () => {
  it(
    "recalculates formulas, including one without a cached result, one CSV per sheet",
    async () => {
      const sheets = await xlsxToCsvSheets(await tinyWorkbook());
      expect([...sheets.keys()].sort()).toEqual(["Numbers", "Second sheet"]);
      expect(sheets.get("Numbers")).toEqual([["6"], ["7"], ["42"], ["13"]]);
      expect(sheets.get("Second sheet")?.[1]).toEqual(["", "text"]);
    },
    LIBREOFFICE_TEST_TIMEOUT,
  );

  it(
    "keeps cached results when asked not to recalculate",
    async () => {
      const sheets = await xlsxToCsvSheets(await tinyWorkbook(), { recalc: false });
      expect(sheets.get("Numbers")?.[3]).toEqual(["999"]);
    },
    LIBREOFFICE_TEST_TIMEOUT,
  );

  it(
    "converts to PDF",
    async () => {
      const files = await convertWithLibreOffice(await tinyWorkbook(), "pdf", join(dir, "pdf"));
      expect(files).toEqual([join(dir, "pdf", "tiny.pdf")]);
    },
    LIBREOFFICE_TEST_TIMEOUT,
  );
});
