import { execFile } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import type { WorkbookSpec } from "../../src/report/spec";
import { writeXlsx } from "../../src/xlsx/write";
import { toPdf } from "./libreoffice";

const run = promisify(execFile);

/**
 * Renders chosen sheets of a workbook spec as PNG pages (xlsx → PDF with LibreOffice → pdftoppm),
 * to look at what a reader sees. Every sheet stays in the file so cross-sheet formulas resolve;
 * the others are hidden, which keeps them out of the PDF. Each sheet prints with the page setup the
 * writer gave it (src/report/print.ts).
 */
export async function renderSheets(spec: WorkbookSpec, sheets: readonly string[], outDir: string, dpi = 80): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writeXlsx(spec)) as unknown as ExcelJS.Buffer);
  workbook.eachSheet((ws) => {
    if (!sheets.includes(ws.name)) ws.state = "hidden";
  });
  const xlsx = join(outDir, "sheets.xlsx");
  writeFileSync(xlsx, new Uint8Array(await workbook.xlsx.writeBuffer()));
  const pdf = await toPdf(xlsx, outDir);
  try {
    await run("pdftoppm", ["-png", "-r", String(dpi), pdf, join(outDir, "page")]);
  } catch (e) {
    throw new Error(`pdftoppm failed (apt-get install poppler-utils): ${e instanceof Error ? e.message : String(e)}`);
  }
  return readdirSync(outDir)
    .filter((f) => f.startsWith("page") && f.endsWith(".png"))
    .sort()
    .map((f) => join(outDir, f));
}
