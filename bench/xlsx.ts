/**
 * The .xlsx writer against a plain ExcelJS write of the same cells (values and formulas only, no
 * styles, tables, formats or print setup), timed alternately in the same run so machine load hits
 * both alike. Also the reader and the two recruiter exports, on the sample and on a plan of 5,000
 * hires.
 */
import ExcelJS from "exceljs";
import { performance } from "node:perf_hooks";
import { date } from "../src/plan/calendar";
import { sampleInput } from "../src/plan/defaults";
import { makePlan } from "../src/plan/index";
import type { InputGrids, Plan } from "../src/plan/types";
import { templateWorkbook } from "../src/report/template";
import { planWorkbook } from "../src/report/workbook";
import { isFormula, type WorkbookSpec } from "../src/report/spec";
import { recruiterCsv } from "../src/export/csv";
import { planCalendar } from "../src/export/ics";
import { readXlsxInput } from "../src/xlsx/read";
import { writeXlsx } from "../src/xlsx/write";
import { generatedInput } from "./engine";
import { median, medianMs, round2, type BenchRow, type BenchSection } from "./run";

const TODAY = date(2026, 10, 1);

function planOf(input: InputGrids): Plan {
  const outcome = makePlan(input, { today: TODAY });
  if (!outcome.ok) throw new Error(outcome.error.reason);
  return outcome.value;
}

/** The plan of the smallest generated roadmap (in 5 % steps) with at least `hires` hires. */
function planWithHires(hires: number): Plan {
  for (let n = Math.ceil(hires / 1.5); ; n = Math.ceil(n * 1.05)) {
    const plan = planOf(generatedInput(n));
    if (plan.hires.length >= hires) return plan;
  }
}

/** What anyone would write with ExcelJS alone: each sheet's cells, nothing else. */
async function plainExcelJs(spec: WorkbookSpec): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of spec.sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.cells.forEach((row, r) => {
      const wsRow = ws.getRow(r + 1);
      row.forEach((cell, c) => {
        if (cell === null) return;
        wsRow.getCell(c + 1).value = isFormula(cell)
          ? ({ formula: cell.formula.replace(/^=/, ""), result: cell.result } as ExcelJS.CellFormulaValue)
          : cell;
      });
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Medians of `a` and `b`, run alternately `runs` times after one unmeasured call each. */
async function pairedMedians(a: () => Promise<unknown>, b: () => Promise<unknown>, runs: number): Promise<[number, number]> {
  await a();
  await b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    for (const [fn, times] of i % 2
      ? ([
          [b, tb],
          [a, ta],
        ] as const)
      : ([
          [a, ta],
          [b, tb],
        ] as const)) {
      const t0 = performance.now();
      await fn();
      times.push(performance.now() - t0);
    }
  }
  return [median(ta), median(tb)];
}

async function asyncMedian(fn: () => Promise<unknown>, runs: number): Promise<number> {
  const [ms] = await pairedMedians(fn, () => Promise.resolve(), runs);
  return ms;
}

const cellCount = (spec: WorkbookSpec): number =>
  spec.sheets.reduce((n, s) => n + s.cells.reduce((m, row) => m + row.filter((c) => c !== null).length, 0), 0);

export async function benchXlsx(): Promise<{ rows: BenchRow[]; keys: Record<string, number> }> {
  // The plan workbook the CLI writes for the sample (`--xlsx`), then the input template
  // (`--template`), then the plan of a 150-initiative roadmap.
  const sample = planOf(sampleInput);
  const sampleSpec = planWorkbook(sample);
  const [writerMs, plainMs] = await pairedMedians(
    () => writeXlsx(sampleSpec),
    () => plainExcelJs(sampleSpec),
    21,
  );

  const templateSpec = templateWorkbook(sampleInput);
  const [templateMs, templatePlainMs] = await pairedMedians(
    () => writeXlsx(templateSpec),
    () => plainExcelJs(templateSpec),
    21,
  );

  const bigInput = generatedInput(150);
  const big = planOf(bigInput);
  const bigSpec = planWorkbook(big);
  const [bigWriterMs, bigPlainMs] = await pairedMedians(
    () => writeXlsx(bigSpec),
    () => plainExcelJs(bigSpec),
    9,
  );

  const large = planWithHires(5000);
  const largeSpec = planWorkbook(large);
  const [largeWriterMs, largePlainMs] = await pairedMedians(
    () => writeXlsx(largeSpec),
    () => plainExcelJs(largeSpec),
    5,
  );
  const calendarLargeMs = medianMs(() => planCalendar(large), 11);

  const file = await writeXlsx(templateSpec);
  const readMs = await asyncMedian(() => readXlsxInput(file), 15);
  const csvMs = medianMs(() => recruiterCsv(sample), 21);
  const icsMs = medianMs(() => planCalendar(sample), 21);

  const ratio = (w: number, p: number): string => `${(w / p).toFixed(2)}x plain ExcelJS`;
  return {
    rows: [
      { name: `writeXlsx sample plan`, ms: writerMs, note: `${ratio(writerMs, plainMs)} (target <= 1.3x)` },
      { name: "plain ExcelJS, same cells", ms: plainMs, note: `${cellCount(sampleSpec)} cells` },
      { name: "writeXlsx input template", ms: templateMs, note: `${ratio(templateMs, templatePlainMs)}, formats on empty rows` },
      { name: "plain ExcelJS, same cells", ms: templatePlainMs, note: `${cellCount(templateSpec)} cells` },
      { name: `writeXlsx 150-initiative plan`, ms: bigWriterMs, note: `${ratio(bigWriterMs, bigPlainMs)}, ${big.hires.length} hires` },
      { name: "plain ExcelJS, same cells", ms: bigPlainMs, note: `${cellCount(bigSpec)} cells` },
      {
        name: `writeXlsx ${large.hires.length}-hire plan`,
        ms: largeWriterMs,
        note: `${ratio(largeWriterMs, largePlainMs)} (target <= 1.3x)`,
      },
      { name: "plain ExcelJS, same cells", ms: largePlainMs, note: `${cellCount(largeSpec)} cells` },
      { name: "readXlsxInput template", ms: readMs },
      { name: "recruiterCsv sample", ms: csvMs, note: `${sample.hires.length} hires` },
      { name: "planCalendar sample", ms: icsMs, note: `${2 * sample.hires.length} events` },
      {
        name: `planCalendar ${large.hires.length} hires`,
        ms: calendarLargeMs,
        note: `${2 * large.hires.length} events (target <= 100 ms)`,
      },
    ],
    keys: {
      xlsxWriterMs: round2(writerMs),
      plainExcelJsMs: round2(plainMs),
      xlsxWriterRatio: round2(writerMs / plainMs),
      xlsxTemplateMs: round2(templateMs),
      xlsxTemplateRatio: round2(templateMs / templatePlainMs),
      xlsxWriter150Ms: round2(bigWriterMs),
      xlsxWriter150Ratio: round2(bigWriterMs / bigPlainMs),
      readXlsxInputMs: round2(readMs),
      recruiterCsvMs: round2(csvMs),
      planCalendarMs: round2(icsMs),
      xlsxWriter5000Ms: round2(largeWriterMs),
      plainExcelJs5000Ms: round2(largePlainMs),
      xlsxWriter5000Ratio: round2(largeWriterMs / largePlainMs),
      calendar5000Ms: round2(calendarLargeMs),
    },
  };
}

export const section: BenchSection = { name: "xlsx", run: benchXlsx };
