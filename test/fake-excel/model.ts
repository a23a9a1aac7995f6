/**
 * The fake Excel's workbook: what the host holds, and the rules Excel applies when a request
 * changes it. The client side (proxies, load/sync) is in client.ts.
 */
import {
  columnsAddress,
  contains,
  MAX_COLUMNS,
  MAX_ROWS,
  overlaps,
  parseAddress,
  quoteSheet,
  rectAddress,
  type Rect,
} from "../../src/report/a1";
import { MAX_CELL_CHARS } from "../../src/report/cell-text";

export type Scalar = string | number | boolean;

export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string };
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.debugInfo = { code, message };
  }
}

export interface CellModel {
  /** null: empty. A formula cell's value is not computed by the fake (null). */
  value: Scalar | null;
  formula: string | null;
  numberFormat: string;
  /** Entered with Excel's `'` text prefix. */
  quotePrefix: boolean;
  /** `fill.color`, `font.bold`, `borders.EdgeBottom.color`, `columnWidth` is per column, not here. */
  format: Record<string, unknown>;
  hyperlink: unknown;
}

export interface ConditionalFormatModel {
  readonly id: number;
  rect: Rect;
  readonly type: string;
  formula: string | null;
  format: Record<string, unknown>;
  stopIfTrue: boolean;
  priority: number;
}

export interface ChartModel {
  readonly id: number;
  name: string;
  readonly type: string;
  readonly source: string;
  readonly seriesBy: string;
  title: string;
  anchor: string | null;
  width: number;
  height: number;
}

/** Page Setup as Office.js's `Worksheet.pageLayout` sets it (A1 addresses without `$`). */
export interface PageLayoutModel {
  orientation: "Portrait" | "Landscape";
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printArea: string | null;
  printTitleRows: string | null;
  headersFooters: Record<"leftHeader" | "centerHeader" | "rightHeader" | "leftFooter" | "centerFooter" | "rightFooter", string>;
}

export interface SheetModel {
  readonly id: number;
  name: string;
  readonly cells: Map<number, CellModel>;
  readonly customProperties: Map<string, { key: string; value: string }>;
  readonly names: Map<string, { name: string; formula: string; visible: boolean }>;
  readonly validations: Map<number, ValidationModel>;
  readonly columnWidths: Map<number, number>;
  conditionalFormats: ConditionalFormatModel[];
  charts: ChartModel[];
  freeze: { rows: number; columns: number };
  tabColor: string;
  /** Review > Protect Sheet with the default options: no cell, format or object may change. */
  protected: boolean;
  /** `Worksheet.visibility`: a hidden sheet cannot be shown by `activate()` (see FakeWorksheet). */
  visibility: "Visible" | "Hidden" | "VeryHidden";
  pageLayout: PageLayoutModel;
}

/**
 * A cell's data validation: the rule, and the alert shown when a typed value breaks it. With no
 * `errorAlert` set Excel shows a Stop alert, which refuses the value ("Represents the data
 * validation error alert style. The default is Stop.", Excel.DataValidationAlertStyle,
 * https://learn.microsoft.com/javascript/api/excel/excel.datavalidationalertstyle); Warning and
 * Information let the user keep it.
 */
export interface ValidationModel {
  readonly rule: unknown;
  errorAlert: { readonly showAlert?: boolean; readonly style?: string; readonly title?: string; readonly message?: string };
}

export interface TableModel {
  readonly id: number;
  name: string;
  readonly sheet: SheetModel;
  /** Grows when rows are added (`TableRowCollection.add`). */
  rect: Rect;
  style: string;
  /** A totals row, the last row of `rect` (`Table.showTotals`); absent is none. */
  showTotals?: boolean;
}

const cellKey = (row: number, col: number): number => row * 20_000 + col;
const keyRow = (k: number): number => Math.floor(k / 20_000);
const keyCol = (k: number): number => k % 20_000;

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * What Excel makes of a string entered into a cell (typed, or assigned to `values`/`formulas`): the
 * `'` prefix keeps the rest as text; a `@` (Text) number format keeps it all as text; otherwise
 * `=…`, and `+…`, `-…`, `@…` that are not numbers, become formulas, and numbers, percentages,
 * booleans and ISO dates become values.
 */
export function enter(cell: CellModel, input: string): void {
  if (input.length - (input.startsWith("'") ? 1 : 0) > MAX_CELL_CHARS) {
    throw invalid(`a cell holds at most ${MAX_CELL_CHARS} characters; this text has ${input.length}`);
  }
  cell.quotePrefix = false;
  cell.formula = null;
  if (input === "") {
    cell.value = null;
    return;
  }
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    cell.quotePrefix = true;
    return;
  }
  if (cell.numberFormat === "@") {
    cell.value = input;
    return;
  }
  const num = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/.test(input.replace(/,/g, "")) ? input.replace(/,/g, "") : null;
  if (num !== null) {
    cell.value = num.endsWith("%") ? Number(num.slice(0, -1)) / 100 : Number(num);
    return;
  }
  if (input.length > 1 && input.startsWith("=")) {
    cell.formula = input;
    cell.value = null;
    return;
  }
  if (input.length > 1 && (input.startsWith("+") || input.startsWith("-"))) {
    cell.formula = `=${input}`;
    cell.value = null;
    return;
  }
  if (input.length > 1 && input.startsWith("@")) {
    cell.formula = `=${input.slice(1)}`;
    cell.value = null;
    return;
  }
  if (/^(true|false)$/i.test(input)) {
    cell.value = input.toLowerCase() === "true";
    return;
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input);
  if (iso) {
    cell.value = (Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])) - EXCEL_EPOCH_MS) / 86_400_000;
    return;
  }
  cell.value = input;
}

export function invalid(message: string): FakeOfficeError {
  return new FakeOfficeError("InvalidArgument", message);
}

/**
 * Entire columns (`A:I`) or entire rows (`2:4`). Excel returns null for the cell-level properties
 * of such a range (`values`, `formulas`, `numberFormat`) while `address` stays valid: "Read or
 * write to an unbounded range using the Excel JavaScript API",
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-unbounded
 */
export function isUnbounded(rect: Rect): boolean {
  return (rect.top === 1 && rect.bottom === MAX_ROWS) || (rect.left === 1 && rect.right === MAX_COLUMNS);
}

const INVALID_SHEET_CHARS = /[\\/?*:[\]]/;

export interface SyncRecord {
  readonly index: number;
  readonly bytes: number;
  readonly operations: number;
  readonly failed: boolean;
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  activeSheet: SheetModel | null = null;
  /**
   * What the user selected: one area, or several (Ctrl+click). `Workbook.getSelectedRange()` "will
   * throw an error" when several ranges are selected (@types/office-js, Workbook.getSelectedRange),
   * with the code `InvalidSelection` (OfficeDev/office-js-docs-pr#2477).
   */
  selection: { sheet: SheetModel; rect: Rect; otherAreas?: readonly Rect[] } | null = null;
  /**
   * Review > Protect Workbook (structure): no sheet may be added, deleted or renamed
   * (`Workbook.protection.protected`, ExcelApi 1.7; Excel.ErrorCodes `AccessDenied`).
   */
  structureProtected = false;
  /**
   * What a method or navigation property called on a null object (`getItemOrNullObject` of
   * something missing) does when the batch runs. The documentation promises only that the object's
   * `isNullObject` is true ("*OrNullObject methods and properties"); it is silent on calling
   * `getRange()`, `tables` or `customProperties` on it. `"null"` gives null objects down the chain;
   * `"throw"` fails the sync, as a host might. The code under test must be correct either way.
   */
  nullObjectCalls: "null" | "throw" = "null";
  /**
   * Workbook-scoped defined names (Formulas > Name Manager), by lower-case name. Excel's Name
   * Manager lists them with the tables, and a table cannot take a name one of them holds: the
   * rename fails with the same bare InvalidArgument as a clash between tables.
   */
  readonly names = new Map<string, { name: string; formula: string; visible: boolean }>();
  /** Every sync, in order, with the estimated size of its request. */
  readonly syncLog: SyncRecord[] = [];
  /** Syncs that arrive with calculation suspended by `suspendApiCalculationUntilNextSync`. */
  suspendedCalcSyncs = 0;
  /** Calls that clear the user's undo stack (`Worksheet.delete`); Headstart must make none. */
  undoClearingCalls = 0;
  /**
   * Steps the add-in's changes added to the user's undo stack: one per sync that changed something
   * ("When false, each `context.sync()` call creates an undo record"), or one per `Excel.run` with
   * `mergeUndoGroup: true` on a host with ExcelApi 1.20 (Excel.RunOptions.mergeUndoGroup).
   */
  undoSteps = 0;
  /**
   * APIs that cannot join an undo group: inside one, they fail with `UndoNotSupported` ("Undo
   * support with the Excel JavaScript API", Unsupported APIs,
   * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities).
   */
  readonly undoUnsupported = new Set([
    "Worksheet.delete",
    "Worksheet.visibility",
    "WorksheetProtection.protect",
    "WorksheetProtection.unprotect",
  ]);
  /** 1-based index of a sync to fail (counting `syncLog`), applying nothing of its batch. */
  failAtSync: number | null = null;
  requestLimitBytes = 5 * 1024 * 1024;
  /** Requirement sets the host reports, as `{ ExcelApi: "1.17" }`. */
  supported: Record<string, string> = { ExcelApi: "1.17" };
  /** The workbook's regional short date pattern (`DatetimeFormatInfo.shortDatePattern`): en-US by default. */
  shortDatePattern = "M/d/yyyy";
  cellEditMode = false;
  /** `Office.context.document.settings` as saved into the file; each runtime holds its own copy. */
  savedDocumentSettings = new Map<string, unknown>();
  /** Makes `settings.saveAsync` report failure, as in a read-only or protected workbook. */
  settingsSaveFails = false;
  /**
   * The workbook's custom XML parts (`Workbook.customXmlParts`, ExcelApi 1.5): stored in the file
   * and read through the Excel API, so every runtime of the add-in sees the same parts.
   */
  readonly customXmlParts: { readonly id: string; readonly namespaceUri: string; xml: string }[] = [];
  private cellEditWaiters: (() => void)[] = [];
  private nextId = 1;

  get syncs(): number {
    return this.syncLog.length;
  }

  id(): number {
    return this.nextId++;
  }

  enterCellEdit(): void {
    this.cellEditMode = true;
  }

  exitCellEdit(): void {
    this.cellEditMode = false;
    for (const w of this.cellEditWaiters.splice(0)) w();
  }

  whenNotEditing(): Promise<void> {
    return this.cellEditMode ? new Promise((resolve) => this.cellEditWaiters.push(resolve)) : Promise.resolve();
  }

  isSetSupported(name: string, version?: string): boolean {
    const have = this.supported[name];
    if (have === undefined) return false;
    if (version === undefined) return true;
    const [a1 = 0, a2 = 0] = have.split(".").map(Number);
    const [b1 = 0, b2 = 0] = version.split(".").map(Number);
    return a1 > b1 || (a1 === b1 && a2 >= b2);
  }

  // ---- sheets ----

  findSheet(name: string): SheetModel | null {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  sheet(name: string): SheetModel {
    const s = this.findSheet(name);
    if (!s) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist (sheet ${name}).`);
    return s;
  }

  addSheet(name: string): SheetModel {
    if (
      typeof name !== "string" ||
      name.length === 0 ||
      name.length > 31 ||
      INVALID_SHEET_CHARS.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'") ||
      name.toLowerCase() === "history"
    ) {
      throw invalid(`The argument is invalid or missing or has an incorrect format (sheet name "${name}").`);
    }
    if (this.findSheet(name)) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
    const sheet: SheetModel = {
      id: this.id(),
      name,
      cells: new Map(),
      customProperties: new Map(),
      names: new Map(),
      validations: new Map(),
      columnWidths: new Map(),
      conditionalFormats: [],
      charts: [],
      freeze: { rows: 0, columns: 0 },
      tabColor: "",
      protected: false,
      visibility: "Visible",
      pageLayout: {
        orientation: "Portrait",
        zoom: { scale: 100 },
        printArea: null,
        printTitleRows: null,
        headersFooters: { leftHeader: "", centerHeader: "", rightHeader: "", leftFooter: "", centerFooter: "", rightFooter: "" },
      },
    };
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  /** A change to a protected sheet fails as in Excel: "AccessDenied" (Excel.ErrorCodes). */
  checkEditable(sheet: SheetModel): void {
    if (sheet.protected) throw new FakeOfficeError("AccessDenied", `The sheet "${sheet.name}" is protected; the change was refused.`);
  }

  /** Adding, deleting or renaming a sheet of a workbook whose structure is protected fails. */
  checkStructure(): void {
    if (this.structureProtected)
      throw new FakeOfficeError("AccessDenied", "The workbook's structure is protected; sheets cannot be added, deleted or renamed.");
  }

  deleteSheet(sheet: SheetModel): void {
    this.undoClearingCalls++;
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (const t of this.tables.filter((t) => t.sheet === sheet)) this.tables.splice(this.tables.indexOf(t), 1);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0] ?? null;
  }

  // ---- cells ----

  cell(sheet: SheetModel, row: number, col: number): CellModel {
    const k = cellKey(row, col);
    let c = sheet.cells.get(k);
    if (!c) {
      c = { value: null, formula: null, numberFormat: "General", quotePrefix: false, format: {}, hyperlink: null };
      sheet.cells.set(k, c);
    }
    return c;
  }

  peek(sheet: SheetModel, row: number, col: number): CellModel | undefined {
    return sheet.cells.get(cellKey(row, col));
  }

  /** The smallest rectangle holding every non-empty cell (and, unless `valuesOnly`, every formatted one). */
  usedRect(sheet: SheetModel, valuesOnly: boolean): Rect {
    let rect: Rect | null = null;
    for (const [k, c] of sheet.cells) {
      const used =
        (c.value !== null && c.value !== "") ||
        c.formula !== null ||
        (!valuesOnly && (Object.keys(c.format).length > 0 || c.numberFormat !== "General"));
      if (!used) continue;
      const row = keyRow(k);
      const col = keyCol(k);
      rect = rect
        ? {
            top: Math.min(rect.top, row),
            left: Math.min(rect.left, col),
            bottom: Math.max(rect.bottom, row),
            right: Math.max(rect.right, col),
          }
        : { top: row, left: col, bottom: row, right: col };
    }
    return rect ?? { top: 1, left: 1, bottom: 1, right: 1 };
  }

  /** Existing cells inside a rectangle (never materialises the empty ones of a whole-sheet range). */
  cellsIn(sheet: SheetModel, rect: Rect): { row: number; col: number; cell: CellModel }[] {
    const out: { row: number; col: number; cell: CellModel }[] = [];
    for (const [k, cell] of sheet.cells) {
      const row = keyRow(k);
      const col = keyCol(k);
      if (contains(rect, row, col)) out.push({ row, col, cell });
    }
    return out;
  }

  /** A values/formulas/numberFormat assignment: the array must have the range's shape exactly. */
  assign(sheet: SheetModel, rect: Rect, data: unknown, what: "values" | "formulas" | "numberFormat"): void {
    this.checkEditable(sheet);
    if (isUnbounded(rect)) throw invalid(`${what} cannot be set on an unbounded range (${rectAddress(rect)}).`);
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    if (data === null || data === undefined) throw invalid(`${what} cannot be set to ${String(data)}.`);
    if (!Array.isArray(data) || data.length !== rows || data.some((r) => !Array.isArray(r) || r.length !== cols)) {
      throw invalid(
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}, ${rectAddress(rect)}).`,
      );
    }
    (data as unknown[][]).forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null) return;
        if (v === undefined || (typeof v === "number" && !Number.isFinite(v)) || typeof v === "object") {
          throw invalid(`${what}: unsupported cell value ${String(v)}`);
        }
        const cell = this.cell(sheet, rect.top + i, rect.left + j);
        if (what === "numberFormat") {
          cell.numberFormat = String(v);
        } else if (typeof v === "string") {
          enter(cell, v);
        } else {
          cell.value = v as number | boolean;
          cell.formula = null;
          cell.quotePrefix = false;
        }
      }),
    );
  }

  read(sheet: SheetModel, rect: Rect, what: "values" | "formulas" | "numberFormat"): Scalar[][] {
    if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > 5_000_000)
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "too many cells");
    const out: Scalar[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: Scalar[] = [];
      for (let c = rect.left; c <= rect.right; c++) {
        const cell = this.peek(sheet, r, c);
        if (what === "numberFormat") row.push(cell?.numberFormat ?? "General");
        else if (what === "formulas") row.push(cell?.formula ?? cell?.value ?? "");
        else row.push(cell?.value ?? "");
      }
      out.push(row);
    }
    return out;
  }

  clear(sheet: SheetModel, rect: Rect, applyTo: string): void {
    this.checkEditable(sheet);
    for (const { row, col, cell } of this.cellsIn(sheet, rect)) {
      if (applyTo === "All") sheet.cells.delete(cellKey(row, col));
      else if (applyTo === "Contents") {
        cell.value = null;
        cell.formula = null;
        cell.quotePrefix = false;
      } else if (applyTo === "Formats") {
        cell.format = {};
        cell.numberFormat = "General";
      } else if (applyTo === "Hyperlinks") cell.hyperlink = null;
    }
  }

  formatCells(sheet: SheetModel, rect: Rect, key: string, value: unknown): void {
    this.checkEditable(sheet);
    if (value === null || value === undefined) throw invalid(`format ${key} cannot be set to ${String(value)}`);
    if (key === "columnWidth") {
      if (typeof value !== "number" || value < 0) throw invalid("columnWidth must be a number >= 0");
      for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, value);
      return;
    }
    if (rect.bottom - rect.top > 100_000)
      throw new FakeOfficeError("FakeLimitation", "the fake formats cells one by one; format whole columns through a bounded range");
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) this.cell(sheet, r, c).format[key] = value;
  }

  setValidation(sheet: SheetModel, rect: Rect, rule: unknown): void {
    this.checkEditable(sheet);
    if (rule === null || typeof rule !== "object") throw invalid("dataValidation.rule must be an object");
    // Excel takes at most 255 characters of inline list, separators included (`a,b,c`); longer
    // lists must come from a range. Microsoft's Office.js reference does not state it; spreadsheet
    // libraries that mirror Excel do (DevExpress XlDataValidation.ListValues: "The maximum length of
    // a list ... is 255 characters"; Syncfusion KB 8532: "MS-Excel only allow values up to 255
    // characters length including the separator").
    const source = (rule as { list?: { source?: unknown } }).list?.source;
    if (typeof source === "string" && !source.startsWith("=") && source.length > 255) {
      throw invalid(`a dropdown's inline list holds at most 255 characters; this one has ${source.length}.`);
    }
    for (let r = rect.top; r <= rect.bottom; r++)
      for (let c = rect.left; c <= rect.right; c++) sheet.validations.set(cellKey(r, c), { rule, errorAlert: {} });
  }

  /** `DataValidation.errorAlert`: kept with the rule of each validated cell of the range. */
  setValidationAlert(sheet: SheetModel, rect: Rect, alert: unknown): void {
    this.checkEditable(sheet);
    if (alert === null || typeof alert !== "object") throw invalid("dataValidation.errorAlert must be an object");
    const style = (alert as { style?: unknown }).style;
    if (style !== undefined && !["Stop", "Warning", "Information"].includes(String(style)))
      throw invalid(`errorAlert.style ${String(style)}`);
    for (const [k, v] of sheet.validations)
      if (contains(rect, keyRow(k), keyCol(k))) v.errorAlert = { ...v.errorAlert, ...(alert as ValidationModel["errorAlert"]) };
  }

  /** The values a list validation offers: its inline source, or the cells its `=range` names. */
  listValues(sheet: SheetModel, source: string): string[] {
    if (!source.startsWith("=")) return source.split(",").map((v) => v.trim());
    const where = parseAddress(source.slice(1));
    const on = where.sheet === null ? sheet : this.sheet(where.sheet);
    return this.read(on, where, "values")
      .flat()
      .map(String)
      .filter((v) => v !== "");
  }

  /**
   * The user types `text` into a cell and presses Enter: a list validation whose alert is Stop
   * (the default) refuses a value not in its list; Warning and Information keep it.
   */
  typeInto(sheet: SheetModel, row: number, col: number, text: string): "kept" | "refused" {
    const v = sheet.validations.get(cellKey(row, col));
    const source = (v?.rule as { list?: { source?: unknown } } | undefined)?.list?.source;
    if (v && typeof source === "string") {
      const allowed = this.listValues(sheet, source).map((x) => x.toLowerCase());
      const stops = v.errorAlert.showAlert !== false && (v.errorAlert.style ?? "Stop") === "Stop";
      if (!allowed.includes(text.toLowerCase()) && stops) return "refused";
    }
    enter(this.cell(sheet, row, col), text);
    return "kept";
  }

  clearValidation(sheet: SheetModel, rect: Rect): void {
    this.checkEditable(sheet);
    for (const k of [...sheet.validations.keys()]) if (contains(rect, keyRow(k), keyCol(k))) sheet.validations.delete(k);
  }

  validationsOf(sheet: SheetModel): { address: string; rule: unknown; errorAlert: ValidationModel["errorAlert"] }[] {
    return [...sheet.validations.entries()]
      .sort(([a], [b]) => a - b)
      .map(([k, v]) => ({
        address: rectAddress({ top: keyRow(k), left: keyCol(k), bottom: keyRow(k), right: keyCol(k) }),
        rule: v.rule,
        errorAlert: v.errorAlert,
      }));
  }

  // ---- tables ----

  findTable(name: string): TableModel | null {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  addTable(sheet: SheetModel, address: string, hasHeaders: boolean): TableModel {
    const parsed = parseAddress(address);
    const target = parsed.sheet === null ? sheet : this.sheet(parsed.sheet);
    if (target !== sheet) throw invalid("The table's address is on another sheet.");
    this.checkEditable(sheet);
    if (this.tables.some((t) => t.sheet === sheet && overlaps(t.rect, parsed))) {
      throw invalid("The argument is invalid or missing or has an incorrect format (a table cannot overlap another table).");
    }
    let n = 1;
    while (this.findTable(`Table${n}`)) n++;
    const table: TableModel = {
      id: this.id(),
      name: `Table${n}`,
      sheet,
      rect: { top: parsed.top, left: parsed.left, bottom: parsed.bottom, right: parsed.right },
      style: "TableStyleMedium2",
    };
    if (hasHeaders) {
      const seen = new Set<string>();
      for (let c = table.rect.left; c <= table.rect.right; c++) {
        const cell = this.cell(sheet, table.rect.top, c);
        let text =
          cell.formula !== null || cell.value === null || cell.value === "" ? `Column${c - table.rect.left + 1}` : String(cell.value);
        for (let k = 2; seen.has(text.toLowerCase()); k++) text = `${String(cell.value)}${k}`;
        seen.add(text.toLowerCase());
        cell.value = text;
        cell.formula = null;
      }
    }
    this.tables.push(table);
    return table;
  }

  renameTable(table: TableModel, name: unknown): void {
    if (
      typeof name !== "string" ||
      !/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name) ||
      /^[A-Za-z]{1,3}[0-9]+$/.test(name) ||
      /^[rRcC]$/.test(name)
    ) {
      throw invalid("The argument is invalid or missing or has an incorrect format.");
    }
    const other = this.findTable(name);
    // Excel reports a clash with the same bare, localised InvalidArgument as a bad name.
    if ((other && other !== table) || this.names.has(name.toLowerCase()))
      throw invalid("The argument is invalid or missing or has an incorrect format.");
    table.name = name;
  }

  /**
   * `table.rows.add(null, values)`: rows appended at the table's end. "alwaysInsert … If true, the
   * new rows will be inserted into the table … Default is true" (Excel.TableRowCollection.add,
   * https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-add-member(1)):
   * the cells below the table, in its columns, move down; the values must be rows × the table's width.
   */
  addTableRows(table: TableModel, values: unknown): void {
    this.checkEditable(table.sheet);
    const width = table.rect.right - table.rect.left + 1;
    if (!Array.isArray(values) || values.length === 0 || values.some((r) => !Array.isArray(r) || r.length !== width)) {
      throw invalid(
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (table ${table.name} has ${width} columns).`,
      );
    }
    const n = values.length;
    const below = [...table.sheet.cells.entries()]
      .filter(([k]) => keyRow(k) > table.rect.bottom && keyCol(k) >= table.rect.left && keyCol(k) <= table.rect.right)
      .sort(([a], [b]) => keyRow(b) - keyRow(a));
    for (const [k, cell] of below) {
      table.sheet.cells.delete(k);
      table.sheet.cells.set(cellKey(keyRow(k) + n, keyCol(k)), cell);
    }
    const first = table.rect.bottom + 1;
    table.rect = { ...table.rect, bottom: table.rect.bottom + n };
    this.assign(table.sheet, { top: first, left: table.rect.left, bottom: first + n - 1, right: table.rect.right }, values, "values");
  }

  deleteTable(table: TableModel): void {
    this.checkEditable(table.sheet);
    this.tables.splice(this.tables.indexOf(table), 1);
    this.clear(table.sheet, table.rect, "All");
  }

  // ---- snapshots for tests ----

  /** Sheet contents as plain data, for comparing two workbooks. */
  snapshot(): unknown {
    return this.sheets.map((s) => ({
      name: s.name,
      cells: [...s.cells.entries()]
        .sort(([a], [b]) => a - b)
        .map(([k, c]) => [rectAddress({ top: keyRow(k), left: keyCol(k), bottom: keyRow(k), right: keyCol(k) }), c]),
      customProperties: [...s.customProperties.values()],
      names: [...s.names.values()],
      validations: this.validationsOf(s),
      columnWidths: [...s.columnWidths.entries()].sort(([a], [b]) => a - b),
      conditionalFormats: s.conditionalFormats.map(({ id: _id, ...cf }) => cf),
      charts: s.charts.map(({ id: _id, ...ch }) => ch),
      freeze: s.freeze,
      tabColor: s.tabColor,
      visibility: s.visibility,
      pageLayout: s.pageLayout,
      tables: this.tables.filter((t) => t.sheet === s).map((t) => ({ name: t.name, range: rectAddress(t.rect), style: t.style })),
    }));
  }

  /** As `Range.address` gives it: entire columns as `A:I`, entire rows as `2:4`. */
  addressOf(sheet: SheetModel, rect: Rect): string {
    const where =
      rect.top === 1 && rect.bottom === MAX_ROWS
        ? columnsAddress(rect.left, rect.right)
        : rect.left === 1 && rect.right === MAX_COLUMNS
          ? `${rect.top}:${rect.bottom}`
          : rectAddress(rect);
    return `${quoteSheet(sheet.name)}!${where}`;
  }
}
