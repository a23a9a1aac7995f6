import type { Diagnostic } from "../plan/types";
import { cellAddress, rangeAddress, sheetPrefix } from "./a1";
import { finishSheet, newSheet, putRow, style } from "./draft";
import { SHEET } from "./sheets";
import type { SheetSpec } from "./spec";
import { styles } from "./style";

const HEADER = ["Severity", "Sheet", "Cell", "Message", "Go to"];

/** Where a diagnostic points, as a link target: `'Roadmap'!D7`. */
export function diagnosticTarget(d: Diagnostic): string {
  return `${sheetPrefix(d.sheet)}${d.cell}`;
}

/** Every diagnostic, errors first as the engine orders them, each linked to its input cell. */
export function diagnosticsSheet(diagnostics: readonly Diagnostic[]): SheetSpec {
  const s = newSheet(SHEET.diagnostics);
  putRow(s, 1, 1, HEADER);
  style(s, rangeAddress(1, 1, 1, HEADER.length), styles.header);
  diagnostics.forEach((d, i) => {
    const row = i + 2;
    putRow(s, row, 1, [d.severity, d.sheet, d.cell, d.message, `${d.sheet}!${d.cell}`]);
    s.links.push({ cell: cellAddress(row, 5), target: diagnosticTarget(d) });
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
  s.columnWidths = [10, 13, 8, 80, 16];
  s.freeze = { rows: 1, columns: 0 };
  return finishSheet(s);
}
