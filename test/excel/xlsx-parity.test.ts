/**
 * The live workbook and the .xlsx download are one spec applied twice: cell for cell, the fake
 * Excel after writeWorkbook equals the .xlsx of src/xlsx read back with ExcelJS (values, formulas,
 * number formats) on every sheet.
 */
import ExcelJS from "exceljs";
import { afterEach, describe, expect, it } from "vitest";
import { cellAddress, parseAddress } from "../../src/report/a1";
import { sampleInput } from "../../src/plan/defaults";
import { templateWorkbook } from "../../src/report/template";
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
    // Empty cells count too: a Text format on blank input rows is part of the sheet.
    ws.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const v = cell.value;
        const formula = typeof v === "object" && v !== null && "formula" in v ? `=${v.formula}` : null;
        const text =
          typeof v === "object" && v !== null && "richText" in v
            ? v.richText.map((t) => t.text).join("")
            : typeof v === "object" && v !== null && "text" in v
              ? String(v.text)
              : v;
        // ExcelJS reads a date-formatted number back as a Date; Excel holds the serial.
        const serial = text instanceof Date ? (text.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 : text;
        const value = formula !== null ? null : ((serial as Seen["value"] | undefined) ?? null);
        const seen = { value: value === "" ? null : value, formula, numberFormat: cell.numFmt ?? "General" };
        if (seen.value !== null || seen.formula !== null || seen.numberFormat !== "General") cells.set(cellAddress(r, c), seen);
      }),
    );
    sheets.set(ws.name, cells);
  });
  return sheets;
}

function fromFake(host: WorkbookModel): Map<string, Map<string, Seen>> {
  // The lists sheet's values are compared as the dropdowns they feed (below), as in fromXlsx.
  return new Map(
    host.sheets
      .filter((s) => s.name !== LISTS_SHEET)
      .map((s) => {
        const cells = new Map<string, Seen>();
        for (const { row, col, cell } of host.cellsIn(s, { top: 1, left: 1, bottom: 1_048_576, right: 16_384 })) {
          const seen = {
            value: cell.formula !== null || cell.value === "" ? null : cell.value,
            formula: cell.formula,
            numberFormat: cell.numberFormat,
          };
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

/** A dropdown as the user meets it: the values offered, and whether a value off the list is kept. */
type Dropdown = { values: string[]; keeps: boolean };

async function dropdownsFromXlsx(spec: WorkbookSpec): Promise<Map<string, Dropdown>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writeXlsx(spec)).buffer as ArrayBuffer);
  const out = new Map<string, Dropdown>();
  workbook.eachSheet((ws) => {
    const model = (ws as unknown as { dataValidations: { model: Record<string, { formulae: string[]; errorStyle?: string }> } })
      .dataValidations.model;
    for (const [address, v] of Object.entries(model)) {
      const formula = v.formulae[0] ?? "";
      const inline = /^"(.*)"$/.exec(formula);
      const values = inline ? (inline[1] ?? "").split(",") : listRange(workbook, formula);
      out.set(`${ws.name}!${address}`, { values, keeps: (v.errorStyle ?? "stop") !== "stop" });
    }
  });
  return out;
}

function listRange(workbook: ExcelJS.Workbook, formula: string): string[] {
  const where = parseAddress(formula.replace(/\$/g, ""));
  const ws = workbook.getWorksheet(where.sheet ?? "");
  const values: string[] = [];
  for (let r = where.top; r <= where.bottom; r++) values.push(String(ws?.getCell(r, where.left).value ?? ""));
  return values;
}

function dropdownsFromFake(host: WorkbookModel): Map<string, Dropdown> {
  const out = new Map<string, Dropdown>();
  for (const s of host.sheets) {
    for (const v of host.validationsOf(s)) {
      const source = (v.rule as { list: { source: string } }).list.source;
      out.set(`${s.name}!${v.address}`, {
        values: host.listValues(s, source),
        keeps: v.errorAlert.showAlert === false || (v.errorAlert.style ?? "Stop") !== "Stop",
      });
    }
  }
  return out;
}

describe("the live workbook equals the .xlsx of the same spec", () => {
  for (const [label, make] of [
    ["hand-built spec", handSpec],
    ["sample plan", samplePlanSpec],
    ["template with the sample roadmap", () => templateWorkbook(sampleInput)],
  ] as const) {
    it(label, async () => {
      const spec = make();
      const fake = freshExcel();
      restore = fake.restore;
      await writeWorkbook(spec);
      const live = fromFake(fake.host);
      const file = await fromXlsx(spec);
      expect([...live.keys()]).toEqual(spec.sheets.map((s) => s.name));
      expect(differences(live, file).slice(0, 20)).toEqual([]);
      // Dropdowns too: the same values offered in the same cells, and the same values kept.
      const liveDropdowns = dropdownsFromFake(fake.host);
      expect(liveDropdowns.size).toBe(
        spec.sheets.reduce((n, s) => n + s.validations.reduce((m, v) => m + rectCells(parseAddress(v.range)), 0), 0),
      );
      expect(liveDropdowns).toEqual(await dropdownsFromXlsx(spec));
    });
  }
});

const rectCells = (r: { top: number; bottom: number; left: number; right: number }): number =>
  (r.bottom - r.top + 1) * (r.right - r.left + 1);
