/**
 * Gnumeric's `ssconvert --recalc` as a second, independent test oracle beside LibreOffice: it opens
 * our .xlsx files, recalculates every formula and writes one CSV per sheet. Suites that need it
 * fail loudly when it is missing (scripts/system-tools.mjs installs Debian's `gnumeric`).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import Papa from "papaparse";
import { runProgram } from "./process";

const MISSING = "Gnumeric's ssconvert is not installed; this suite needs it: apt-get install -y gnumeric";

/** Throws (never skips) when ssconvert is missing. */
export function requireSsconvert(): void {
  const probe = spawnSync("ssconvert", ["--version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) throw new Error(MISSING);
}

/**
 * Every sheet of an .xlsx file as Gnumeric computes it after recalculating all formulas: sheet
 * name → rows of cell text (numbers unformatted, dates as `yyyy/mm/dd`).
 */
export async function gnumericSheets(file: string, timeoutMs = 120_000): Promise<Map<string, string[][]>> {
  const outDir = mkdtempSync(join(tmpdir(), "gnumeric-csv-"));
  try {
    const { code, output } = await runProgram("ssconvert", ["--recalc", "-S", file, join(outDir, "%s.csv")], timeoutMs, MISSING);
    if (code !== 0) throw new Error(`ssconvert --recalc ${file} failed (exit ${code}): ${output.trim()}`);
    return sheetFiles(outDir);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** `%s` names each file after its sheet. */
function sheetFiles(outDir: string): Map<string, string[][]> {
  const sheets = new Map<string, string[][]>();
  for (const name of readdirSync(outDir)) {
    const rows = Papa.parse<string[]>(readFileSync(join(outDir, name), "utf8"), { skipEmptyLines: false }).data;
    // papaparse reads the file's final line break as one more, empty row.
    const last = rows[rows.length - 1];
    if (last?.length === 1 && last[0] === "") rows.pop();
    sheets.set(basename(name, ".csv"), rows);
  }
  return sheets;
}
