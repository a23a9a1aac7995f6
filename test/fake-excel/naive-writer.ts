/**
 * The writer Headstart must not be: one sync per row, as a first draft of an add-in often is.
 * Only for comparing sync counts with src/excel/write.ts (test and bench); never shipped.
 */
import { rectAddress } from "../../src/report/a1";
import { toOfficeCell } from "../../src/excel/payload";
import type { WorkbookSpec } from "../../src/report/spec";

export async function naiveWriteWorkbook(spec: WorkbookSpec): Promise<void> {
  await Excel.run(async (context) => {
    for (const s of spec.sheets) {
      const sheet = context.workbook.worksheets.add(s.name);
      await context.sync();
      for (const [i, row] of s.cells.entries()) {
        sheet.getRange(rectAddress({ top: i + 1, left: 1, bottom: i + 1, right: row.length })).formulas = [row.map(toOfficeCell)];
        await context.sync();
      }
      for (const nf of s.numberFormats) {
        const r = sheet.getRange(nf.range);
        r.load("rowCount, columnCount");
        await context.sync();
        r.numberFormat = Array.from({ length: r.rowCount }, () => Array.from({ length: r.columnCount }, () => nf.format));
        await context.sync();
      }
    }
  });
}
