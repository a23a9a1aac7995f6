import Papa from "papaparse";
import type { Grid, TableName } from "../plan/types";

/** Delimiters a spreadsheet's "Save as CSV" produces: comma, semicolon (comma-decimal locales), tab. */
const DELIMITERS = [",", ";", "\t"] as const;

/**
 * The delimiter the header line uses most, outside quotes. Papa Parse's own guess needs several
 * consistent rows and gives up on small tables (a two-column Settings CSV), while the header row
 * alone is enough and is always there.
 */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  const end = Math.min(text.length, 1 << 16);
  for (let i = 0; i < end; i++) {
    const ch = text[i] as string;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) {
      if ([...counts.values()].some((n) => n > 0)) break;
    } else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) as number) + 1);
  }
  let best: string = DELIMITERS[0];
  for (const d of DELIMITERS) if ((counts.get(d) as number) > (counts.get(best) as number)) best = d;
  return best;
}

/**
 * CSV text -> Grid (row 1 = the header, column A = its first field). The delimiter is detected,
 * a byte-order mark is dropped, quoted fields may hold line breaks, blank lines keep their row
 * number. Every cell stays text: the engine reads and trims values and reports what it cannot
 * read, so this never throws.
 */
export function parseCsv(text: string, sheet: TableName): Grid {
  const body = typeof text === "string" ? text.replace(/^\uFEFF/, "") : "";
  let rows: string[][] = [];
  try {
    const result = Papa.parse<string[]>(body, { delimiter: detectDelimiter(body), skipEmptyLines: false });
    rows = result.data.filter(Array.isArray).map((r) => r.map((c) => (typeof c === "string" ? c : String(c ?? ""))));
  } catch {
    // Papa Parse reports malformed input in `errors` rather than throwing; this is a last guard.
    rows = [];
  }
  return { sheet, originRow: 1, originCol: 1, rows };
}
