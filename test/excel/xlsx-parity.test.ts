/**
 * The live workbook and the .xlsx download are one spec applied twice: cell for cell, the fake
 * Excel after writeWorkbook equals the .xlsx of src/xlsx read back with ExcelJS (values, formulas,
 * number formats) on every sheet.
 */
import ExcelJS from "exceljs";
import { afterEach, describe, expect, it } from "vitest";
import { cellAddress } from "../../src/report/a1";
import { writeWorkbook } from "../../src/excel/write";
import type { WorkbookSpec } from "../../src/report/spec";
import { LISTS_SHEET, writeXlsx } from "../../src/xlsx/write";
import type { WorkbookModel } from "../fake-excel/index";
import { freshExcel } from "../fake-excel/inspect";
import { handSpec, samplePlanSpec } from "../fake-excel/specs";

type Seen = { value: string | number | boolean | null; formula: string | null; numberFormat: string };

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

async function fromXlsx(spec: WorkbookSpec): Promise<Map<string, Map<string, Seen>>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writeXlsx(spec)).buffer as ArrayBuffer);
  const sheets = new Map<string, Map<string, Seen>>();
  workbook.eachSheet((ws) => {
    if (ws.name === LISTS_SHEET) return;
    const cells = new Map<string, Seen>();
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const v = cell.value;
        const formula = typeof v === "object" && v !== null && "formula" in v ? `=${v.formula}` : null;
        const text = typeof v === "object" && v !== null && "richText" in v ? v.richText.map((t) => t.text).join("") : typeof v === "object" && v !== null && "text" in v ? String(v.text) : v;
        // ExcelJS reads a date-formatted number back as a Date; Excel holds the serial.
        const serial = text instanceof Date ? (text.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 : text;
        const value = formula !== null ? null : (serial as Seen["value"] | undefined) ?? null;
        const seen = { value: value === "" ? null : value, formula, numberFormat: cell.numFmt ?? "General" };
        if (seen.value !== null || seen.formula !== null || seen.numberFormat !== "General") cells.set(cellAddress(r, c), seen);
      }),
    );
    sheets.set(ws.name, cells);
  });
  return sheets;
}

function fromFake(host: WorkbookModel): Map<string, Map<string, Seen>> {
  return new Map(
    host.sheets.map((s) => {
      const cells = new Map<string, Seen>();
      for (const { row, col, cell } of host.cellsIn(s, { top: 1, left: 1, bottom: 1_048_576, right: 16_384 })) {
        const seen = { value: cell.formula !== null || cell.value === "" ? null : cell.value, formula: cell.formula, numberFormat: cell.numberFormat };
        if (seen.value !== null || seen.formula !== null || seen.numberFormat !== "General") cells.set(cellAddress(row, col), seen);
      }
      return [s.name, cells];
    }),
  );
}

function differences(a: Map<string, Map<string, Seen>>, b: Map<string, Map<string, Seen>>): string[] {
  const out: string[] = [];
  if ([...a.keys()].join("|") !== [...b.keys()].join("|")) out.push(`sheets: ${[...a.keys()].join("|")} vs ${[...b.keys()].join("|")}`);
  for (const [name, cells] of a) {
    const other = b.get(name) ?? new Map<string, Seen>();
    for (const addr of new Set([...cells.keys(), ...other.keys()])) {
      const x = JSON.stringify(cells.get(addr) ?? null);
      const y = JSON.stringify(other.get(addr) ?? null);
      if (x !== y) out.push(`${name}!${addr}: live ${x} vs xlsx ${y}`);
    }
  }
  return out;
}

describe("the live workbook equals the .xlsx of the same spec", () => {
  for (const [label, make] of [
    ["hand-built spec", handSpec],
    ["sample plan", samplePlanSpec],
  ] as const) {
    it(label, async () => {
      const spec = make();
      const fake = freshExcel();
      restore = fake.restore;
      await writeWorkbook(spec);
      const live = fromFake(fake.host);
      const file = await fromXlsx(spec);
      expect(live.size).toBe(spec.sheets.length);
      expect(differences(live, file).slice(0, 20)).toEqual([]);
    });
  }
});
