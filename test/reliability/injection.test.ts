/**
 * The injection corpus through the engine and every writer, as a user's roadmap: initiative names,
 * owners, notes and role names. test/xlsx, test/export and test/excel check each writer on specs
 * and plans built by hand; here the text takes the real path (reader, engine, report) into every
 * sheet it reaches, including formulas built around it (Cost, Headcount) and the input sheets.
 */
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { insertTemplate, writeWorkbook } from "../../src/excel/write";
import { neutralizeCsvText, RECRUITER_CSV_HEADERS, recruiterCsv } from "../../src/export/csv";
import type { Plan } from "../../src/plan/types";
import { isFormula, type WorkbookSpec } from "../../src/report/spec";
import { templateWorkbook } from "../../src/report/template";
import { planFileWorkbook, planWorkbook } from "../../src/report/workbook";
import { fitCellText, MAX_CELL_CHARS } from "../../src/report/cell-text";
import { writeXlsx } from "../../src/xlsx/write";
import { cellAddress, parseAddress } from "../../src/report/a1";
import { freshExcel, injectedFormulas, mismatches } from "../fake-excel/inspect";
import type { WorkbookModel } from "../fake-excel/index";
import { zipTexts } from "../helpers/zip";
import { attribute, descendants, parseXml } from "../helpers/xml";
import { CORPUS, injectionInput, OVERLONG_TEXT, ROLE_PAYLOADS } from "./corpus";
import { planOrThrow } from "./support";

const GENERATED_AT = "2026-10-01T00:00:00Z";
const input = injectionInput();
let plan: Plan;
let outputs: WorkbookSpec;
let file: WorkbookSpec;

beforeAll(() => {
  plan = planOrThrow(input);
  outputs = planWorkbook(plan, { generatedAt: GENERATED_AT });
  file = planFileWorkbook(plan, input, { generatedAt: GENERATED_AT });
});

/** Every text cell of a spec, with where it is. */
function textCells(spec: WorkbookSpec): { where: string; sheet: string; row: number; col: number; text: string }[] {
  return spec.sheets.flatMap((s) =>
    s.cells.flatMap((row, i) =>
      row.flatMap((c, j) =>
        typeof c === "string" && c !== ""
          ? [{ where: `${s.name}!${cellAddress(i + 1, j + 1)}`, sheet: s.name, row: i + 1, col: j + 1, text: c }]
          : [],
      ),
    ),
  );
}

describe("the corpus reaches the sheets as text", () => {
  it("every payload is planned and shown somewhere; no formula of the report contains user text", () => {
    expect(plan.roles.map((r) => r.name)).toEqual(expect.arrayContaining(Object.values(ROLE_PAYLOADS)));
    for (const role of Object.values(ROLE_PAYLOADS)) expect(plan.hires.some((h) => h.role === role)).toBe(true);
    const texts = new Set(textCells(file).map((c) => c.text));
    for (const payload of [...CORPUS.map((t) => t.trim()), OVERLONG_TEXT])
      expect(texts.has(payload), JSON.stringify(payload.slice(0, 60))).toBe(true);
    const userText = [...CORPUS, ...Object.values(ROLE_PAYLOADS)].map((t) => t.trim()).filter((t) => t.length >= 4);
    for (const s of file.sheets) {
      for (const row of s.cells) {
        for (const c of row)
          if (isFormula(c)) for (const t of userText) expect(c.formula.includes(t), `${s.name}: ${c.formula}`).toBe(false);
      }
    }
  });
});

describe("the Office.js writer (fake Excel)", () => {
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
  });
  const excel = (): WorkbookModel => {
    const fake = freshExcel();
    restore = fake.restore;
    return fake.host;
  };

  it("writes the plan's sheets with every user text as that text, and no formula but the report's own", async () => {
    const host = excel();
    await writeWorkbook(outputs);
    expect(injectedFormulas(host, outputs)).toEqual([]);
    expect(mismatches(host, outputs)).toEqual([]);
  });

  it("inserts the input sheets (notes, owners, role names) as text", async () => {
    const host = excel();
    const template = templateWorkbook(input);
    await insertTemplate(template);
    expect(injectedFormulas(host, template)).toEqual([]);
    expect(mismatches(host, template)).toEqual([]);
  });

  it(`cuts text over ${MAX_CELL_CHARS} characters visibly, as the .xlsx writer does`, async () => {
    const host = excel();
    await writeWorkbook(outputs);
    const cells = outputs.sheets.flatMap((s) => {
      const sheet = host.findSheet(s.name);
      return sheet ? host.cellsIn(sheet, { top: 1, left: 1, bottom: 1_048_576, right: 16_384 }) : [];
    });
    const texts = cells.flatMap(({ row, col, cell }) =>
      typeof cell.value === "string" ? [{ at: cellAddress(row, col), text: cell.value }] : [],
    );
    expect(texts.filter((t) => t.text.length > MAX_CELL_CHARS).map((t) => t.at)).toEqual([]);
    expect(
      texts.some((t) => t.text === fitCellText(OVERLONG_TEXT)),
      "the over-long name, cut with its marker",
    ).toBe(true);
  });
});

describe("the .xlsx writer", () => {
  let data: Uint8Array;
  beforeAll(async () => {
    data = await writeXlsx(file);
  });

  it("stores an <f> element only where the report put a formula", async () => {
    const parts = await zipTexts(data);
    const book = parseXml(parts.get("xl/workbook.xml") ?? "");
    const rels = parseXml(parts.get("xl/_rels/workbook.xml.rels") ?? "");
    const targetOf = new Map(
      descendants(rels)
        .filter((e) => e.local === "Relationship")
        .map((e) => [attribute(e, "Id"), attribute(e, "Target")]),
    );
    const sheets = descendants(book).filter((e) => e.local === "sheet");
    // Every sheet of the spec, and any the writer adds (a hidden list sheet) must hold no formula either.
    expect(sheets.map((e) => attribute(e, "name"))).toEqual(expect.arrayContaining(file.sheets.map((s) => s.name)));
    let formulas = 0;
    for (const sheet of sheets) {
      const target = targetOf.get(attribute(sheet, "id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"));
      const xml = parts.get(`xl/${(target ?? "").replace(/^\/?xl\//, "")}`);
      expect(xml, `part of ${attribute(sheet, "name")}`).toBeDefined();
      const spec = file.sheets.find((s) => s.name === attribute(sheet, "name"));
      for (const c of descendants(parseXml(xml ?? "")).filter((e) => e.local === "c" && e.children.some((f) => f.local === "f"))) {
        const ref = attribute(c, "r") ?? "";
        const at = parseAddress(ref);
        const specCell = spec?.cells[at.top - 1]?.[at.left - 1] ?? null;
        expect(isFormula(specCell), `${spec?.name}!${ref} has a formula the report did not write`).toBe(true);
        formulas++;
      }
    }
    expect(formulas).toBeGreaterThan(0);
  });

  it("reads back every user text unchanged, and the 40,000-character one cut with a marker saying so", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
    let cut = 0;
    for (const c of textCells(file)) {
      const got = workbook.getWorksheet(c.sheet)?.getCell(c.row, c.col).value;
      expect(got, c.where).toBe(fitCellText(c.text));
      if (c.text.length > MAX_CELL_CHARS) {
        cut++;
        expect(got).toMatch(
          new RegExp(`\\[truncated: ${c.text.length} characters, over Excel's ${MAX_CELL_CHARS}-character cell limit\\]$`),
        );
      }
    }
    expect(cut).toBeGreaterThan(0);
  });
});

describe("the recruiter CSV", () => {
  it("neutralises every payload that a spreadsheet would run, in every column, and cuts nothing", () => {
    const csv = recruiterCsv(plan);
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: "\r\n", skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual(RECRUITER_CSV_HEADERS);
    expect(rows).toHaveLength(plan.hires.length);
    for (const row of rows) for (const field of row) expect(field).not.toMatch(/^[=+\-@\t\r]/);
    const at = (name: string): number => RECRUITER_CSV_HEADERS.indexOf(name);
    plan.hires.forEach((hire, i) => {
      expect(rows[i]?.[at("Title")]).toBe(neutralizeCsvText(hire.role));
      expect(rows[i]?.[at("Department / initiative")]).toBe(neutralizeCsvText(hire.initiative));
      expect(rows[i]?.[at("Hiring manager")]).toBe(neutralizeCsvText(hire.owner));
    });
    expect(plan.hires.some((h) => h.initiative === OVERLONG_TEXT)).toBe(true);
    expect(rows.some((r) => r[at("Department / initiative")] === OVERLONG_TEXT && r[at("Hiring manager")] === OVERLONG_TEXT)).toBe(true);
  });
});
