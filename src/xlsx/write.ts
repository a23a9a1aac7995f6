/**
 * A workbook spec → an .xlsx file, with ExcelJS. Runs in Node and in the browser bundle (no Node
 * APIs here). Charts in the spec are skipped: ExcelJS cannot write charts; the Office.js writer
 * draws them in the live workbook.
 */
import ExcelJS from "exceljs";
import { dropdownLists, fileInlineList, LISTS_SHEET } from "../report/dropdowns";
import {
  dropdownAlert,
  isFormula,
  type CellStyle,
  type DataValidationSpec,
  type HeaderFooterSpec,
  type PrintSpec,
  type SheetSpec,
  type SpecCell,
  type WorkbookSpec,
} from "../report/spec";
import { cellAddress, columnLetters, parseAddress, rectAddress, type Rect } from "../report/a1";
import { excelStyle } from "./style";
import { cellText } from "./text";

export { LISTS_SHEET };

export async function writeXlsx(spec: WorkbookSpec): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  writeInternalLinksAsExcelDoes(workbook);
  // Cached results are the engine's; Excel recomputes on open so live formulas show their own values.
  workbook.calcProperties.fullCalcOnLoad = true;
  const lists = listSheet(workbook, spec.sheets);
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  for (const sheet of spec.sheets) writeSheet(workbook, sheet, lists, styles);
  lists.finish();
  // A Node Buffer (a Uint8Array, copied here) or, in the browser build, an ArrayBuffer.
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** ExcelJS's model of a worksheet ready to render, the parts links touch. */
interface PreparedSheet {
  hyperlinks?: { rId?: string; target?: string }[];
  rels: { Id: string }[];
}

/**
 * ExcelJS writes an internal link (`#'Sheet'!A1`) as an external relationship plus a `location`
 * that keeps the `#`, which Excel and LibreOffice open as `#'Sheet'!A1##'Sheet'!A1`, a broken
 * link (exceljs#3027). After ExcelJS prepares the model, each such link becomes what Excel itself
 * writes: a `location` alone.
 */
function writeInternalLinksAsExcelDoes(workbook: ExcelJS.Workbook): void {
  const xlsx = workbook.xlsx as unknown as { prepareModel(model: { worksheets: PreparedSheet[] }, options: unknown): void };
  const prepare = xlsx.prepareModel.bind(xlsx);
  xlsx.prepareModel = (model, options) => {
    prepare(model, options);
    for (const sheet of model.worksheets) {
      const dropped = new Set<string>();
      for (const link of sheet.hyperlinks ?? []) {
        if (link.rId === undefined || !link.target?.startsWith("#")) continue;
        dropped.add(link.rId);
        link.rId = undefined;
        link.target = link.target.slice(1);
      }
      if (dropped.size > 0) sheet.rels = sheet.rels.filter((rel) => !dropped.has(rel.Id));
    }
  };
}

/**
 * A spec cell as an ExcelJS value. Text is always a plain string value (ExcelJS then stores a
 * shared string, never a formula, whatever the text starts with); only `{ formula }` cells, which
 * Headstart writes itself, become formulas.
 */
export function excelValue(cell: SpecCell): ExcelJS.CellValue | undefined {
  if (cell === null) return undefined;
  if (typeof cell === "string") return cellText(cell);
  // A number Excel cannot hold shows as an error, not as an empty cell.
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : { error: "#NUM!" };
  if (typeof cell === "boolean") return cell;
  const formula = cell.formula.replace(/^=/, "");
  // ExcelJS types `result` as required; a formula without one is written with no cached value.
  if (cell.result === undefined) return { formula } as ExcelJS.CellFormulaValue;
  return { formula, result: typeof cell.result === "string" ? cellText(cell.result) : cell.result };
}

function writeSheet(
  workbook: ExcelJS.Workbook,
  sheet: SheetSpec,
  lists: ListSheet,
  sharedStyles: Map<string, Partial<ExcelJS.Style>>,
): void {
  const ws = workbook.addWorksheet(sheet.name, {
    ...(sheet.tabColor !== undefined && { properties: { tabColor: { argb: `FF${sheet.tabColor.replace(/^#/, "").toUpperCase()}` } } }),
    views:
      sheet.freeze.rows > 0 || sheet.freeze.columns > 0
        ? [{ state: "frozen", xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }]
        : [],
    ...(sheet.hidden === true && { state: "veryHidden" as const }),
  });
  sheet.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  if (sheet.print) applyPrint(ws, sheet.print);

  const values = sheet.cells.map((row) => row.map(excelValue));
  const styles = cellStyles(sheet, sharedStyles);
  const lastRow = Math.max(values.length, styles.lastRow);
  for (let r = 1; r <= lastRow; r++) {
    const rowValues = values[r - 1] ?? [];
    const wsRow = ws.getRow(r);
    const lastCol = Math.max(rowValues.length, styles.lastColumn(r));
    for (let c = 1; c <= lastCol; c++) {
      const value = rowValues[c - 1];
      const style = styles.get(r, c);
      if (value === undefined && style === undefined) continue;
      const cell = wsRow.getCell(c);
      if (value !== undefined) cell.value = value;
      cell.style = style ?? NO_STYLE;
    }
    (wsRow as RowWithStyle).style = NO_STYLE;
  }

  for (const table of sheet.tables) addTable(ws, table.name, parseAddress(table.range), values, table.style);
  for (const cf of sheet.conditionalFormats) {
    ws.addConditionalFormatting({
      ref: cf.range,
      // Excel applies every matching rule, the earlier one winning where they set the same
      // property; ExcelJS numbers priorities in this order.
      rules: cf.rules.map((rule) => ({
        type: "expression",
        formulae: [rule.formula.replace(/^=/, "")],
        style: excelStyle(rule.style, true),
        priority: 0,
      })),
    });
  }
  for (const validation of sheet.validations) {
    const alert = dropdownAlert(validation);
    (ws as WithValidations).dataValidations.add(validation.range, {
      type: "list",
      allowBlank: true,
      formulae: [lists.formula(validation)],
      showErrorMessage: true,
      errorStyle: alert.keeps ? "information" : "stop",
      errorTitle: alert.title,
      error: alert.message,
    });
  }
  for (const link of sheet.links) {
    // The only form ExcelJS writes as a location (one cell, no `$`).
    if (!/^[^!]+![A-Za-z]+\d+$/.test(link.target))
      throw new Error(`${sheet.name}!${link.cell}: a link target must be one cell like 'Roadmap'!D7, not "${link.target}"`);
    const cell = ws.getCell(link.cell);
    const { top: row, left: col } = parseAddress(link.cell);
    const value = sheet.cells[row - 1]?.[col - 1] ?? null;
    if (isFormula(value)) throw new Error(`${sheet.name}!${link.cell}: a link needs a text cell, not a formula`);
    cell.value = { text: value === null ? "" : cellText(String(value)), hyperlink: `#${link.target}` };
  }
}

/**
 * ExcelJS writes the print area and title rows as the sheet's `_xlnm.Print_Area` and
 * `_xlnm.Print_Titles` names, putting a `$` before each part it is given: rows are made absolute
 * here too, or Excel would read the area relative to the selected cell.
 */
function applyPrint(ws: ExcelJS.Worksheet, print: PrintSpec): void {
  const area = parseAddress(print.area);
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fit.wide,
    fitToHeight: print.fit.tall,
    printArea: `${columnLetters(area.left)}$${area.top}:${columnLetters(area.right)}$${area.bottom}`,
    ...(print.titleRows && { printTitlesRow: `${print.titleRows.first}:${print.titleRows.last}` }),
  };
  ws.headerFooter = { oddHeader: headerFooterCodes(print.header), oddFooter: headerFooterCodes(print.footer) };
}

/** The three parts as one OOXML header or footer string: `&L…&C…&R…`. */
function headerFooterCodes(parts: HeaderFooterSpec): string {
  return `${parts.left ? `&L${parts.left}` : ""}${parts.center ? `&C${parts.center}` : ""}${parts.right ? `&R${parts.right}` : ""}`;
}

// ExcelJS has `dataValidations` at run time but leaves it out of its type declarations.
type WithValidations = ExcelJS.Worksheet & { readonly dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

/**
 * Shared by every unstyled row and cell. ExcelJS indexes a style object once per identity but
 * gives each row and cell its own empty one, serialised again for each.
 */
const NO_STYLE: Partial<ExcelJS.Style> = {};
/** ExcelJS rows have a style at run time that its type declarations leave out. */
type RowWithStyle = ExcelJS.Row & { style: Partial<ExcelJS.Style> };

interface CellStyles {
  get(row: number, col: number): Partial<ExcelJS.Style> | undefined;
  /** The last row any range touches (0 for none). */
  readonly lastRow: number;
  /** The last styled column of row `r` (0 for none). */
  lastColumn(r: number): number;
}

/**
 * The style of every cell a number format or style range touches, later ranges adding to (and
 * overriding) earlier ones: one object per distinct style in the workbook (`shared`, by content).
 */
function cellStyles(sheet: SheetSpec, shared: Map<string, Partial<ExcelJS.Style>>): CellStyles {
  // Layers: number formats first, then styles, each with its box.
  const layers = [...sheet.numberFormats.map((f) => f.range), ...sheet.styles.map((s) => s.range)].map((range) => parseAddress(range));
  let rows = 0;
  let cols = 0;
  for (const box of layers) {
    rows = Math.max(rows, box.bottom);
    cols = Math.max(cols, box.right);
  }
  // Each cell's stack of layers is interned as a combination id (0: none); `next` maps
  // (combination, layer) to the combination with that layer on top.
  const comboOf = new Uint32Array(rows * cols);
  const combos: number[][] = [[]];
  const next = new Map<number, number>();
  const lastColumn = new Uint32Array(rows + 1);
  layers.forEach((box, layer) => {
    for (let r = box.top; r <= box.bottom; r++) {
      lastColumn[r] = Math.max(lastColumn[r] ?? 0, box.right);
      for (let i = (r - 1) * cols + box.left - 1, end = (r - 1) * cols + box.right; i < end; i++) {
        const from = comboOf[i] ?? 0;
        const step = from * layers.length + layer;
        let to = next.get(step);
        if (to === undefined) {
          to = combos.length;
          combos.push([...(combos[from] ?? []), layer]);
          next.set(step, to);
        }
        comboOf[i] = to;
      }
    }
  });

  const formats = sheet.numberFormats.length;
  const comboStyles = combos.map((stack) => {
    if (stack.length === 0) return undefined;
    let numFmt: string | undefined;
    let merged: CellStyle = {};
    for (const layer of stack) {
      if (layer < formats) numFmt = sheet.numberFormats[layer]?.format;
      else merged = { ...merged, ...sheet.styles[layer - formats]?.style };
    }
    const made = { ...excelStyle(merged), ...(numFmt !== undefined && { numFmt }) };
    const json = JSON.stringify(made);
    const style = shared.get(json) ?? made;
    shared.set(json, style);
    return style;
  });
  return {
    get: (r, c) => (r <= rows && c <= cols ? comboStyles[comboOf[(r - 1) * cols + c - 1] ?? 0] : undefined),
    lastRow: rows,
    lastColumn: (r) => lastColumn[r] ?? 0,
  };
}

/**
 * An Excel table over cells already written. ExcelJS's `addTable` writes the header names and
 * every row's values into the sheet again; given no rows it writes only the header names (the
 * same text), and the table's range is then set to the full one: the written file needs only
 * that range and the column names. Excel needs one data row, so a header-only range gets an
 * empty one.
 */
function addTable(
  ws: ExcelJS.Worksheet,
  name: string,
  box: Rect,
  values: readonly (readonly (ExcelJS.CellValue | undefined)[])[],
  style?: string,
): void {
  const cols = Array.from({ length: box.right - box.left + 1 }, (_, j) => box.left + j);
  const header = cols.map((c) => {
    const v = values[box.top - 1]?.[c - 1];
    return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : "";
  });
  const seen = new Set<string>();
  header.forEach((h, j) => {
    const key = h.toLowerCase();
    if (h === "" || seen.has(key))
      throw new Error(`table ${name}: column ${cellAddress(box.top, cols[j] ?? 0)} needs a unique, non-empty header`);
    seen.add(key);
  });
  const table = ws.addTable({
    name,
    ref: cellAddress(box.top, box.left),
    headerRow: true,
    style: { theme: (style ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: header.map((h) => ({ name: h, filterButton: true })),
    rows: [],
  }) as unknown as { model: { tableRef: string; autoFilterRef: string } };
  const ref = rectAddress({ ...box, bottom: Math.max(box.bottom, box.top + 1) });
  table.model.tableRef = ref;
  table.model.autoFilterRef = ref;
}

interface ListSheet {
  /** The validation formula of a dropdown: inline when Excel allows, else a range of the hidden lists sheet. */
  formula(validation: DataValidationSpec): string;
  /** Writes the lists sheet, after every spec sheet so it never sits between them. */
  finish(): void;
}

function listSheet(workbook: ExcelJS.Workbook, sheets: readonly SheetSpec[]): ListSheet {
  const lists = dropdownLists(sheets, fileInlineList);
  return {
    formula: (validation) => fileInlineList(validation.list) ?? lists.rangeOf(validation) ?? "",
    finish() {
      if (!lists.sheet) return;
      const sheet = workbook.addWorksheet(LISTS_SHEET, { state: "hidden" });
      lists.sheet.cells.forEach((row, i) => row.forEach((v, j) => v !== null && (sheet.getCell(i + 1, j + 1).value = cellText(String(v)))));
    },
  };
}
