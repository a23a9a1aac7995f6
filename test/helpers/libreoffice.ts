/**
 * LibreOffice headless as a test oracle: a second spreadsheet engine that opens our .xlsx files,
 * recalculates them and writes CSV or PDF. Suites that need it fail loudly when it is missing.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import Papa from "papaparse";
import { runProgram } from "./process";

const MISSING = "LibreOffice (soffice) is not installed; this suite needs it: apt-get install -y libreoffice-calc-nogui";
/** One CSV per sheet (the trailing -1), UTF-8, comma, quoted text, formulas' values not their text. */
export const CSV_ALL_SHEETS_FILTER = "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1";

/** A test that runs LibreOffice: conversions take seconds, more on a busy machine. */
export const LIBREOFFICE_TEST_TIMEOUT = 180_000;

export interface ConvertOptions {
  readonly timeoutMs?: number;
  /**
   * Recalculate every formula on load, even those with a cached result (default true): tests then
   * check LibreOffice's own arithmetic, not the values our writer cached.
   */
  readonly recalc?: boolean;
  /** How to read the input, e.g. `CSV:44,34,76` (comma, double quote, UTF-8) for a CSV file. */
  readonly inFilter?: string;
}

/** Throws (never skips) when LibreOffice is missing. */
export function requireSoffice(): void {
  const probe = spawnSync("soffice", ["--version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) throw new Error(MISSING);
}

// LibreOffice refuses a second instance on one profile, so each test process gets its own two
// profiles (recalculating or not) and runs its conversions one after another.
let profiles: { recalc: string; cached: string } | undefined;
let queue: Promise<unknown> = Promise.resolve();

function profileDir(recalc: boolean): string {
  if (!profiles) {
    const root = mkdtempSync(join(tmpdir(), "lo-"));
    profiles = { recalc: join(root, "recalc"), cached: join(root, "cached") };
    // Recalc modes: 0 = always recalculate, 1 = never (keep cached results), 2 = ask.
    for (const [dir, mode] of [
      [profiles.recalc, 0],
      [profiles.cached, 1],
    ] as const) {
      mkdirSync(join(dir, "user"), { recursive: true });
      writeFileSync(
        join(dir, "user", "registrymodifications.xcu"),
        `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>${mode}</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>${mode}</value></prop></item>
</oor:items>
`,
      );
    }
    process.once("exit", () => rmSync(root, { recursive: true, force: true }));
  }
  return recalc ? profiles.recalc : profiles.cached;
}

function run(args: readonly string[], timeoutMs: number): Promise<{ code: number | null; output: string }> {
  return runProgram("soffice", args, timeoutMs, MISSING);
}

/**
 * Converts `file` with `soffice --convert-to format` into `outDir` and returns the files it wrote
 * (several for the per-sheet CSV filter). Throws when soffice is missing, fails or writes nothing.
 */
export function convertWithLibreOffice(file: string, format: string, outDir: string, options: ConvertOptions = {}): Promise<string[]> {
  const { timeoutMs = 120_000, recalc = true, inFilter } = options;
  const job = queue.then(async () => {
    mkdirSync(outDir, { recursive: true });
    const started = Date.now();
    const base = basename(file, extname(file));
    const args = [
      "--headless",
      "--norestore",
      "--nolockcheck",
      `-env:UserInstallation=file://${profileDir(recalc)}`,
      ...(inFilter ? [`--infilter=${inFilter}`] : []),
      "--convert-to",
      format,
      "--outdir",
      outDir,
      file,
    ];
    const { code, output } = await run(args, timeoutMs);
    // File-system timestamps may be coarser than Date.now(): allow a second of slack.
    const written = readdirSync(outDir)
      .filter((name) => name.startsWith(base))
      .map((name) => join(outDir, name))
      .filter((path) => statSync(path).mtimeMs >= started - 1000);
    if (code !== 0 || written.length === 0) {
      throw new Error(`soffice --convert-to ${format} ${file} failed (exit ${code}): ${output.trim()}`);
    }
    return written.sort();
  });
  queue = job.catch(() => undefined);
  return job;
}

/**
 * Every sheet of an .xlsx file as LibreOffice shows it after recalculating: sheet name → rows of
 * displayed cell text.
 */
export async function xlsxToCsvSheets(file: string, options: ConvertOptions = {}): Promise<Map<string, string[][]>> {
  const outDir = mkdtempSync(join(tmpdir(), "lo-csv-"));
  try {
    const files = await convertWithLibreOffice(file, CSV_ALL_SHEETS_FILTER, outDir, options);
    const prefix = `${basename(file, extname(file))}-`;
    const sheets = new Map<string, string[][]>();
    for (const path of files) {
      const name = basename(path, ".csv");
      if (!name.startsWith(prefix)) continue;
      const rows = Papa.parse<string[]>(readFileSync(path, "utf8"), { skipEmptyLines: false }).data;
      // papaparse reads the file's final line break as one more, empty row.
      const last = rows[rows.length - 1];
      if (last?.length === 1 && last[0] === "") rows.pop();
      sheets.set(name.slice(prefix.length), rows);
    }
    return sheets;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** The same as `xlsxToCsvSheets`, under the name the report tests use. */
export const sheetsAsCsv = xlsxToCsvSheets;

/** Converts `file` to PDF in `outDir` and returns the PDF's path. */
export async function toPdf(file: string, outDir: string, options: ConvertOptions = {}): Promise<string> {
  const pdf = (await convertWithLibreOffice(file, "pdf", outDir, options)).find((path) => path.endsWith(".pdf"));
  if (pdf === undefined) throw new Error(`LibreOffice wrote no PDF for ${file}`);
  return pdf;
}

const INSERT_ROWS_SCRIPT = join(__dirname, "insert-rows.py");
/** Debian's LibreOffice bridge (python3-uno) is for the system Python, not whichever is on PATH. */
const SYSTEM_PYTHON = "/usr/bin/python3";

/**
 * Inserts rows into `sheet` of an .xlsx with LibreOffice itself (`rows`: [1-based row, cells from
 * column A]), as a reviewer would, and saves the result as `out`: references, tables and formats
 * shift the way LibreOffice shifts them, unlike an edit by a library that rewrites cells.
 */
export function insertRowsWithLibreOffice(
  file: string,
  out: string,
  sheet: string,
  rows: readonly (readonly [number, readonly (string | number | null)[]])[],
): Promise<void> {
  const job = queue.then(async () => {
    const profile = mkdtempSync(join(tmpdir(), "lo-uno-"));
    try {
      const args = [INSERT_ROWS_SCRIPT, file, out, sheet, JSON.stringify(rows), profile];
      const { code, output } = await runProgram(
        SYSTEM_PYTHON,
        args,
        120_000,
        "LibreOffice's Python bridge is not installed: apt-get install -y python3-uno",
      );
      if (code !== 0) throw new Error(`inserting rows with LibreOffice failed (exit ${code}): ${output.trim()}`);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
  queue = job.catch(() => undefined);
  return job;
}
