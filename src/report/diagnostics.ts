import { diagnosticSheet } from "../plan/locations";
import type { Diagnostic, InputSheets } from "../plan/types";
import { cellAddress, quoteSheet, rangeAddress, sheetPrefix } from "./a1";
import { finishSheet, newSheet, putRow, style } from "./draft";
import { SHEET } from "./sheets";
import type { SheetSpec } from "./spec";
import { styles } from "./style";

const HEADER = ["Severity", "Sheet", "Cell", "Message", "Go to"];

/** Where a diagnostic points, as a link target on the worksheet that holds its table: `'Plan 2027'!D7`. */
export function diagnosticTarget(d: Diagnostic, sheets: InputSheets): string {
  return `${sheetPrefix(diagnosticSheet(d, sheets))}${d.cell}`;
}

/** The Sheet and Go to texts: the table the diagnostic names, and its worksheet too when that is another. */
function whereText(d: Diagnostic, sheets: InputSheets): { sheet: string; goTo: string } {
  const real = diagnosticSheet(d, sheets);
  return { sheet: real === d.sheet ? d.sheet : `${d.sheet} (on '${real}')`, goTo: `${quoteSheet(real)}!${d.cell}` };
}

/** Every diagnostic, errors first as the engine orders them, each linked to its input cell. */
export function diagnosticsSheet(diagnostics: readonly Diagnostic[], sheets: InputSheets): SheetSpec {
  const s = newSheet(SHEET.diagnostics);
  putRow(s, 1, 1, HEADER);
  style(s, rangeAddress(1, 1, 1, HEADER.length), styles.header);
  const texts = diagnostics.map((d) => ({ d, ...whereText(d, sheets) }));
  texts.forEach(({ d, sheet, goTo }, i) => {
    const row = i + 2;
    putRow(s, row, 1, [d.severity, sheet, d.cell, d.message, goTo]);
    s.links.push({ cell: cellAddress(row, 5), target: diagnosticTarget(d, sheets) });
  });
  if (diagnostics.length === 0) putRow(s, 2, 1, [null, null, null, "No problems found in the input.", null]);
  const last = Math.max(2, diagnostics.length + 1);
  s.tables.push({ name: "Diagnostics", range: rangeAddress(1, 1, last, HEADER.length), style: "TableStyleLight9" });
  s.conditionalFormats.push({
    range: rangeAddress(2, 1, last, 1),
    rules: [
      { formula: '=$A2="error"', style: styles.atRisk },
      { formula: '=$A2="warning"', style: styles.startNow },
    ],
  });
  if (diagnostics.length > 0) style(s, rangeAddress(2, 5, last, 5), { fontColor: "#1F4FB5" });
  // Room for a table on another sheet, "Roadmap (on 'Roadmap (Headstart)')", without cutting it off.
  const widest = (key: "sheet" | "goTo", least: number): number => Math.max(least, ...texts.map((t) => t[key].length + 2));
  s.columnWidths = [10, widest("sheet", 13), 8, 80, widest("goTo", 16)];
  s.freeze = { rows: 1, columns: 0 };
  return finishSheet(s);
}
