/** Reading the fake workbook back in the spec's terms, for the writer's tests. */
import { cellAddress, parseAddress } from "../../src/report/a1";
import { isFormula, type SpecCell, type WorkbookSpec } from "../../src/report/spec";
import { installFakeExcel, WorkbookModel, type CellModel } from "./index";
import { fitCellText } from "../../src/report/cell-text";

/** Installs a fresh fake for one test; call the returned `restore` in afterEach. */
export function freshExcel(setup?: (host: WorkbookModel) => void): { host: WorkbookModel; restore: () => void } {
  const host = new WorkbookModel();
  setup?.(host);
  return installFakeExcel(host);
}

/** A user's own sheet with a table, text and formats, to check Headstart never touches it. */
export function addUserSheet(host: WorkbookModel, name: string, tableName = "Projects"): void {
  const s = host.addSheet(name);
  host.assign(
    s,
    { top: 1, left: 1, bottom: 3, right: 2 },
    [
      ["Project", "Budget"],
      ["Apollo", "=1+1"],
      ["'=keep me", 5],
    ],
    "formulas",
  );
  host.formatCells(s, { top: 1, left: 1, bottom: 1, right: 2 }, "font.bold", true);
  host.addTable(s, "A1:B3", true).name = tableName;
  s.customProperties.set("mine", { key: "mine", value: "user" });
}

export function sheetSnapshot(host: WorkbookModel, name: string): unknown {
  const all = host.snapshot() as { name: string }[];
  return all.find((s) => s.name === name);
}

/**
 * Every spec cell against the fake: text stays text (no formula, no number), formulas are the
 * spec's own, numbers and booleans are themselves. Returns the mismatches (none expected).
 */
export function mismatches(host: WorkbookModel, spec: WorkbookSpec, targetOf: (specName: string) => string = (n) => n): string[] {
  const out: string[] = [];
  for (const s of spec.sheets) {
    const sheet = host.findSheet(targetOf(s.name));
    if (!sheet) {
      out.push(`missing sheet ${s.name}`);
      continue;
    }
    s.cells.forEach((row, i) =>
      row.forEach((c: SpecCell, j) => {
        if (s.name === spec.status.sheet && cellAddress(i + 1, j + 1) === spec.status.cell) return;
        const got: CellModel | undefined = host.peek(sheet, i + 1, j + 1);
        const where = `${s.name}!${cellAddress(i + 1, j + 1)}`;
        if (c === null || c === "") {
          if (got && (got.value !== null || got.formula !== null))
            out.push(`${where}: expected empty, got ${JSON.stringify(got.value ?? got.formula)}`);
        } else if (isFormula(c)) {
          if (!got?.formula) out.push(`${where}: expected a formula`);
        } else if (typeof c === "string") {
          // Every writer cuts text past Excel's cell limit, visibly; the rest arrives as it is.
          const text = fitCellText(c);
          if (!got || got.formula !== null || got.value !== text)
            out.push(`${where}: expected text ${JSON.stringify(text)}, got ${JSON.stringify(got?.formula ?? got?.value)}`);
        } else if (got?.value !== c) out.push(`${where}: expected ${String(c)}, got ${JSON.stringify(got?.value)}`);
      }),
    );
  }
  return out;
}

/** Cells holding a formula where the spec holds none: user text that became a formula. */
export function injectedFormulas(host: WorkbookModel, spec: WorkbookSpec, targetOf: (specName: string) => string = (n) => n): string[] {
  const out: string[] = [];
  for (const s of spec.sheets) {
    const sheet = host.findSheet(targetOf(s.name));
    if (!sheet) continue;
    for (const { row, col, cell } of host.cellsIn(sheet, { top: 1, left: 1, bottom: 1_048_576, right: 16_384 })) {
      const c = s.cells[row - 1]?.[col - 1] ?? null;
      if (cell.formula !== null && !isFormula(c)) out.push(`${s.name}!${cellAddress(row, col)}: ${cell.formula}`);
    }
  }
  return out;
}

export function statusText(host: WorkbookModel, spec: WorkbookSpec, target = spec.status.sheet): unknown {
  const sheet = host.findSheet(target);
  if (!sheet) return undefined;
  const at = parseAddress(spec.status.cell);
  return host.peek(sheet, at.top, at.left)?.value ?? null;
}
