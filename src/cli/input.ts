import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { GRID_KEYS, type InputGrids, type TableName } from "../plan/types";
import { sampleInput } from "../plan/defaults";
import { failure, success, type Result } from "../plan/result";

/** The input's grids, where they came from, and whether the user gave them (a usage error is the caller's to show with USAGE). */
export type Loaded = Result<
  { readonly grids: InputGrids; readonly source: string; readonly fromUser: boolean },
  { readonly reason: string; readonly usage?: boolean }
>;

/** CSV bytes as text: UTF-8, or UTF-16 when a byte-order mark says so (Excel's "Unicode text"). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return new TextDecoder("utf-8").decode(bytes);
}

async function readCsv(path: string, sheet: TableName) {
  // papaparse is loaded only when there is a CSV to read: the bundled sample needs none.
  const { parseCsv } = await import("../io/csv");
  return parseCsv(decodeText(await readFile(path)), sheet);
}

/**
 * INPUT of docs/spec.md §5 -> grids: a folder of CSVs (roadmap.csv required, the others optional and
 * matched case-insensitively), one roadmap .csv or .tsv, an .xlsx, or nothing (the bundled sample).
 * Tables that are absent stay absent: the engine falls back to its defaults.
 */
export async function loadInput(input: string | undefined, readXlsx: (data: Uint8Array) => Promise<InputGrids>): Promise<Loaded> {
  if (input === undefined) return success({ grids: sampleInput, source: "the bundled sample roadmap", fromUser: false });
  const info = await stat(input).catch(() => null);
  if (!info) return failure({ reason: `cannot read ${input}: no such file or folder` });
  if (info.isDirectory()) {
    const names = await readdir(input);
    const find = (file: string): string | undefined => names.find((n) => n.toLowerCase() === file);
    const roadmap = find("roadmap.csv");
    if (!roadmap)
      return failure({
        reason: `${input} has no roadmap.csv: put the roadmap there (roles, workstreams, team and settings CSVs are optional)`,
      });
    const grids: Record<string, unknown> = {};
    for (const [sheet, key] of Object.entries(GRID_KEYS) as [TableName, keyof InputGrids][]) {
      const file = find(`${key}.csv`);
      if (file) grids[key] = await readCsv(join(input, file), sheet);
    }
    return success({ grids: grids as InputGrids, source: input, fromUser: true });
  }
  const ext = extname(input).toLowerCase();
  // A .tsv is what GitHub Projects' "Export view data" writes; the parser finds the tab delimiter.
  if (ext === ".csv" || ext === ".tsv")
    return success({ grids: { roadmap: await readCsv(input, "Roadmap") }, source: input, fromUser: true });
  if (ext === ".xlsx") {
    const grids = await readXlsx(new Uint8Array(await readFile(input))).catch((e: unknown) => e);
    if (grids instanceof Error || typeof grids !== "object" || grids === null) {
      const why = grids instanceof Error ? grids.message : "it could not be read";
      return failure({ reason: `cannot read ${basename(input)} as an .xlsx workbook: ${why}` });
    }
    return success({ grids: grids as InputGrids, source: input, fromUser: true });
  }
  return failure({ usage: true, reason: `INPUT must be a folder, a .csv, a .tsv or an .xlsx file (got ${input})` });
}
