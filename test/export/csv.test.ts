import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { afterAll, describe, expect, it } from "vitest";
import { formatDate } from "../../src/plan/calendar";
import { neutralizeCsvText, RECRUITER_CSV_HEADERS, recruiterCsv } from "../../src/export/csv";
import { INJECTION_CORPUS } from "../fixtures/injection";
import { planWithUserText, samplePlan } from "../fixtures/plan";
import { convertWithLibreOffice, LIBREOFFICE_TEST_TIMEOUT } from "../helpers/libreoffice";

function parse(csv: string): string[][] {
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), { newline: "\r\n", skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const FORMULA_START = /^[=+\-@\t\r]/;

describe("neutralizeCsvText", () => {
  it.each(INJECTION_CORPUS)("makes %j plain text, and only when it could be a formula", (text) => {
    const safe = neutralizeCsvText(text);
    expect(FORMULA_START.test(safe)).toBe(false);
    expect(safe === text).toBe(!FORMULA_START.test(text));
    expect(safe.endsWith(text)).toBe(true);
  });
});

describe("recruiterCsv", () => {
  it("writes one row per hire in recruiter columns: UTF-8 BOM, CRLF, ISO dates", () => {
    const plan = samplePlan();
    const csv = recruiterCsv(plan);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(csv.endsWith("\r\n")).toBe(true);
    const [header, ...rows] = parse(csv);
    expect(header).toEqual(RECRUITER_CSV_HEADERS);
    expect(rows).toHaveLength(plan.hires.length);
    const col = (name: string): number => RECRUITER_CSV_HEADERS.indexOf(name);
    plan.hires.forEach((hire, i) => {
      const row = rows[i] ?? [];
      expect(row[col("Requisition ID")]).toBe(hire.id);
      expect(row[col("Title")]).toBe(hire.role);
      expect(row[col("Department / initiative")]).toBe(hire.initiative);
      expect(row[col("Hiring manager")]).toBe(hire.owner);
      expect(row[col("Target start date")]).toBe(formatDate(hire.start));
      expect(row[col("Req open date")]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row[col("Pipeline start date")]).toBe(formatDate(hire.pipelineStart));
      expect(row[col("Backfill")]).toBe(hire.reason === "backfill" ? "yes" : "no");
      expect(row[col("Status")]).toBe(hire.status);
      expect(Number(row[col("Days overdue (pipeline)")])).toBe(hire.daysLate);
      expect(Number(row[col("Forecast delay (days)")])).toBe(hire.delayDays);
      expect(row[col("Currency")]).toBe(plan.settings.currency);
      expect(Number(row[col("Loaded annual cost")])).toBe(plan.roles.find((r) => r.name === hire.role)?.loadedAnnualCost);
    });
  });

  it("neutralises user text that a spreadsheet would run, quotes it, and still round-trips", () => {
    const plan = planWithUserText(INJECTION_CORPUS);
    const csv = recruiterCsv(plan);
    const rows = parse(csv).slice(1);
    const initiative = RECRUITER_CSV_HEADERS.indexOf("Department / initiative");
    const owner = RECRUITER_CSV_HEADERS.indexOf("Hiring manager");
    plan.hires.forEach((hire, i) => {
      for (const c of [initiative, owner]) {
        const cell = rows[i]?.[c] ?? "";
        expect(FORMULA_START.test(cell)).toBe(false);
        expect(cell).toBe(neutralizeCsvText(hire.initiative));
        // The leading quote is the only change: strip it and the user's text is back.
        expect(FORMULA_START.test(hire.initiative) ? cell.slice(1) : cell).toBe(hire.initiative);
      }
    });
    for (const text of INJECTION_CORPUS.filter((t) => FORMULA_START.test(t))) {
      expect(csv).toContain(`"'${text.replace(/"/g, '""')}"`);
    }
  });

  describe("opened by a spreadsheet (LibreOffice)", () => {
    const dir = mkdtempSync(join(tmpdir(), "csv-lo-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    /** The rows of the CSV as LibreOffice imports it: each cell's text, and whether it became a formula. */
    async function opened(name: string, csv: string): Promise<{ text: string; formula: boolean }[][]> {
      const file = join(dir, `${name}.csv`);
      writeFileSync(file, csv);
      const [xlsx] = await convertWithLibreOffice(file, "xlsx", join(dir, name), { inFilter: "CSV:44,34,76" });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(xlsx ?? "");
      const rows: { text: string; formula: boolean }[][] = [];
      wb.worksheets[0]?.eachRow((row) => {
        const cells: { text: string; formula: boolean }[] = [];
        row.eachCell({ includeEmpty: true }, (cell) => cells.push({ text: cell.text, formula: cell.type === ExcelJS.ValueType.Formula }));
        rows.push(cells);
      });
      return rows;
    }

    it(
      "runs raw user text as formulas, which is what the neutraliser is for",
      async () => {
        const raw = Papa.unparse([["Initiative"], ...INJECTION_CORPUS.slice(0, 6).map((t) => [t])], { newline: "\r\n" });
        const rows = await opened("raw", `\uFEFF${raw}\r\n`);
        expect(rows.slice(1).filter((row) => row[0]?.formula).length).toBeGreaterThan(0);
      },
      LIBREOFFICE_TEST_TIMEOUT,
    );

    it(
      "shows the recruiter CSV's user text as text, never as a formula",
      async () => {
        // Text with a CR or a control character is left to the papaparse round trip above: a
        // spreadsheet's CSV import rewrites those characters, which says nothing about formulas.
        const plan = planWithUserText(INJECTION_CORPUS.filter((t) => !/[\r\u0007]/.test(t)));
        const rows = await opened("recruiter", recruiterCsv(plan));
        expect(rows[0]?.[0]?.text).toBe("Requisition ID");
        const initiative = RECRUITER_CSV_HEADERS.indexOf("Department / initiative");
        expect(rows.flat().filter((cell) => cell.formula)).toEqual([]);
        plan.hires.forEach((hire, i) => expect(rows[i + 1]?.[initiative]?.text).toBe(neutralizeCsvText(hire.initiative)));
      },
      LIBREOFFICE_TEST_TIMEOUT,
    );
  });
});
