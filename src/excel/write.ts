/**
 * Applies a WorkbookSpec to the open workbook in a few large batched syncs: one or two syncs read
 * what is there (sheets, ownership tags, tables, charts, protection), then as few write requests
 * as the 5 MB request limit allows. Every layout decision was made in src/report; this module only knows Excel.
 */
import { dropdownLists, liveInlineList, LISTS_SHEET, type DropdownLists } from "../report/dropdowns";
import { dropdownAlert, type CellStyle, type PrintSpec, type SheetSpec, type SpecCell, type WorkbookSpec } from "../report/spec";
import { columnsAddress, parseAddress, rectAddress } from "../report/a1";
import { cancelled, checkHost, errorMessage, HeadstartExcelError, officeErrorCode, runOptions, type HostCapabilities } from "./host";
import { jsonBytes, packRequests, REQUEST_BUDGET_BYTES, rowBlocks, toOfficeCell, widthInPoints, type OfficeCell } from "./payload";
import { candidateNames, placeSheets, renameSheetRefs, tableClashes, type ExistingSheet, type Placement } from "./placement";

/** The ownership tag: a worksheet custom property (ExcelApi 1.12) ... */
export const OWNER_PROPERTY = "HeadstartGenerated";
/** ... or, on older hosts, a hidden sheet-level name. */
export const OWNER_NAME = "Headstart_Generated";

export interface WriteProgress {
  readonly step: string;
  readonly sheet?: string;
  /** 1-based: sheet `index` of `total`. */
  readonly index?: number;
  readonly total?: number;
  /** 1-based: request `chunk` of `chunks`. */
  readonly chunk?: number;
  readonly chunks?: number;
}

export interface WriteOptions {
  onProgress?(p: WriteProgress): void;
  signal?: AbortSignal;
  /** Bytes one request may carry; the default keeps a margin under Excel on the web's 5 MB. */
  requestBudgetBytes?: number;
  /** False: fail at once while the user edits a cell, instead of waiting in Excel (the ribbon's choice). */
  waitForCellEdit?: boolean;
}

export interface WriteReport {
  readonly placements: readonly Placement[];
  /** Sentences for the task pane: sheets written beside a user's sheet, tables left alone. */
  readonly notes: readonly string[];
  /** Syncs this run made (reads and writes). */
  readonly syncs: number;
  /** What Ctrl+Z does to this build, in the pane's words. */
  readonly undo: string;
}

// ------------------------------------------------------------------------------- reading first

interface WorkbookState {
  readonly existing: readonly ExistingSheet[];
  readonly workbookTables: readonly string[];
  /** Workbook-scoped defined names: a table cannot take one of their names either. */
  readonly workbookNames: readonly string[];
  /** Per existing sheet (by lower-case name), the objects to remove before rewriting it. */
  readonly contents: ReadonlyMap<string, { readonly tables: readonly Excel.Table[]; readonly charts: readonly Excel.Chart[] }>;
  /** Review > Protect Workbook: no sheet can be added. */
  readonly structureProtected: boolean;
  /** Sheets among `existing` that are protected: they cannot be rewritten. */
  readonly protectedSheets: ReadonlySet<string>;
  /** Sheets among `existing` the user hid: freeze panes cannot be set on them (office-js#1463). */
  readonly hiddenSheets: ReadonlySet<string>;
  /** Syncs the reading took. */
  readonly syncs: number;
}

/**
 * What is there, before anything is written: every sheet and table name and the workbook's
 * protection in one sync; then, only for the sheets Headstart may use that exist, their ownership
 * tag, tables, charts and protection in a second. Nothing is asked of a sheet that does not exist:
 * the documentation promises a null object's `isNullObject`, not that its `customProperties` or
 * `tables` may be used, and a host that refused would fail every first build.
 */
async function readWorkbookState(context: Excel.RequestContext, names: readonly string[], caps: HostCapabilities): Promise<WorkbookState> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load("items/name");
  const allTables = workbook.tables.load("items/name");
  const definedNames = workbook.names.load("items/name");
  const structure = workbook.protection.load("protected");
  await context.sync();

  const wanted = new Set(names.map((n) => n.toLowerCase()));
  const probes = sheets.items
    .filter((sheet) => wanted.has(sheet.name.toLowerCase()))
    .map((sheet) => {
      let tag: Excel.WorksheetCustomProperty | Excel.NamedItem;
      if (caps.customProperties) {
        tag = sheet.customProperties.getItemOrNullObject(OWNER_PROPERTY);
        tag.load("key");
      } else {
        tag = sheet.names.getItemOrNullObject(OWNER_NAME);
        tag.load("name");
      }
      const protection = sheet.protection.load("protected");
      sheet.load("visibility");
      return { sheet, tag, protection, tables: sheet.tables.load("items/name"), charts: sheet.charts.load("items/name") };
    });
  if (probes.length > 0) await context.sync();

  return {
    existing: probes.map((p) => ({ name: p.sheet.name, owned: !p.tag.isNullObject, tables: p.tables.items.map((t) => t.name) })),
    workbookTables: allTables.items.map((t) => t.name),
    workbookNames: definedNames.items.map((n) => n.name),
    contents: new Map(probes.map((p) => [p.sheet.name.toLowerCase(), { tables: p.tables.items, charts: p.charts.items }])),
    structureProtected: structure.protected,
    protectedSheets: new Set(probes.filter((p) => p.protection.protected).map((p) => p.sheet.name.toLowerCase())),
    hiddenSheets: new Set(probes.filter((p) => p.sheet.visibility !== "Visible").map((p) => p.sheet.name.toLowerCase())),
    syncs: probes.length > 0 ? 2 : 1,
  };
}

/**
 * Protection refuses a write part-way, after earlier requests cleared Headstart's sheets; so it is
 * checked before the first write, and the user is told what to unprotect.
 */
function refuseProtected(state: WorkbookState, placements: readonly Placement[]): void {
  const created = placements.filter((p) => p.mode === "create").map((p) => `"${p.target}"`);
  if (state.structureProtected && created.length > 0) {
    throw new HeadstartExcelError(
      `The workbook's structure is protected, so Headstart cannot add its sheets ${created.join(", ")}. Unprotect it (Review > Protect Workbook, then enter the password if asked) and try again. Nothing was changed.`,
    );
  }
  const locked = placements
    .filter((p) => p.mode === "rewrite" && state.protectedSheets.has(p.target.toLowerCase()))
    .map((p) => `"${p.target}"`);
  if (locked.length > 0) {
    throw new HeadstartExcelError(
      `The sheet ${locked.join(", ")} is protected, so Headstart cannot rewrite it. Unprotect it (Review > Unprotect Sheet) and build again. Nothing was changed.`,
    );
  }
}

// ------------------------------------------------------------------------------- write units

/** A slice of the write, queued into a request; requests are packed from units in order. */
interface Unit {
  readonly bytes: number;
  readonly step: string;
  readonly sheet: string;
  readonly queue: () => void;
}

/** Per operation, what Office.js adds around its payload (object path, ids, action type). */
const OP_OVERHEAD_BYTES = 200;

const ALIGN: Record<NonNullable<CellStyle["horizontalAlignment"]>, "Left" | "Center" | "Right"> = {
  left: "Left",
  center: "Center",
  right: "Right",
};

function applyStyle(range: Excel.Range, style: CellStyle): void {
  const f = range.format;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.italic !== undefined) f.font.italic = style.italic;
  if (style.fontColor !== undefined) f.font.color = style.fontColor;
  if (style.fontSize !== undefined) f.font.size = style.fontSize;
  if (style.fill !== undefined) f.fill.color = style.fill;
  if (style.horizontalAlignment !== undefined) f.horizontalAlignment = ALIGN[style.horizontalAlignment];
  if (style.wrapText !== undefined) f.wrapText = style.wrapText;
  if (style.borderBottom !== undefined) {
    const edge = f.borders.getItem("EdgeBottom");
    edge.style = "Continuous";
    edge.color = style.borderBottom;
  }
}

function styleOpCount(style: CellStyle): number {
  return Object.keys(style).length + (style.borderBottom !== undefined ? 1 : 0);
}

const CHART_TYPE: Record<SheetSpec["charts"][number]["type"], "ColumnStacked" | "Line" | "ColumnClustered"> = {
  columnStacked: "ColumnStacked",
  line: "Line",
  columnClustered: "ColumnClustered",
};

interface SheetTarget {
  readonly spec: SheetSpec;
  readonly placement: Placement;
}

/**
 * The sheet a unit writes to, fetched by name in the unit's own request: the object that
 * `worksheets.add()` returned is not valid in a later request (Office.js's own serializer refuses
 * it with InvalidObjectPath), and a sheet's units often span requests.
 */
function worksheet(context: Excel.RequestContext, t: SheetTarget): Excel.Worksheet {
  return context.workbook.worksheets.getItem(t.placement.target);
}

/** The sheet's cells as Office.js takes them, with the status cell saying "incomplete". */
function cellMatrix(
  spec: SheetSpec,
  renames: ReadonlyMap<string, string>,
  status: { row: number; col: number; text: string } | null,
): OfficeCell[][] {
  const width = Math.max(0, ...spec.cells.map((r) => r.length));
  return spec.cells.map((row, i) =>
    Array.from({ length: width }, (_, j): OfficeCell => {
      if (status && status.row === i + 1 && status.col === j + 1) return toOfficeCell(status.text);
      const c: SpecCell = row[j] ?? null;
      return toOfficeCell(typeof c === "object" && c !== null ? { ...c, formula: renameSheetRefs(c.formula, renames) } : c);
    }),
  );
}

function fill<T>(rows: number, cols: number, v: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => v));
}

interface UnitContext {
  readonly context: Excel.RequestContext;
  readonly caps: HostCapabilities;
  readonly state: WorkbookState;
  readonly renames: ReadonlyMap<string, string>;
  readonly budget: number;
  readonly tag: boolean;
  /** Dropdown lists too long to go inline, and the hidden sheet they are written to. */
  readonly lists: DropdownLists;
}

function prepareUnit(u: UnitContext, t: SheetTarget): Unit {
  const { context, caps, state } = u;
  return {
    bytes: OP_OVERHEAD_BYTES * 8,
    step: "Preparing sheets",
    sheet: t.placement.target,
    queue: () => {
      if (t.placement.mode === "create") {
        const sheet = context.workbook.worksheets.add(t.placement.target);
        if (u.tag && caps.customProperties) sheet.customProperties.add(OWNER_PROPERTY, "Headstart");
        else if (u.tag) sheet.names.add(OWNER_NAME, '="Headstart"', "Marks a sheet generated by Headstart").visible = false;
        return;
      }
      // Our own sheet: emptied in place. Deleting it would clear the user's undo stack.
      const sheet = context.workbook.worksheets.getItem(t.placement.target);
      const old = state.contents.get(t.placement.target.toLowerCase());
      for (const chart of old?.charts ?? []) chart.delete();
      for (const table of old?.tables ?? []) table.delete();
      const all = sheet.getRange();
      all.conditionalFormats.clearAll();
      all.dataValidation.clear();
      all.clear("All");
      // A hidden sheet's panes stay as they were: freeze calls on one fail on some hosts.
      if (!state.hiddenSheets.has(t.placement.target.toLowerCase())) sheet.freezePanes.unfreeze();
    },
  };
}

function valueUnits(u: UnitContext, t: SheetTarget, matrix: OfficeCell[][]): Unit[] {
  const blocks = rowBlocks(matrix, u.budget - OP_OVERHEAD_BYTES);
  const width = matrix[0]?.length ?? 0;
  if (width === 0) return [];
  return blocks.map((b, k) => ({
    bytes: b.bytes + OP_OVERHEAD_BYTES,
    step: blocks.length > 1 ? `Writing cells (part ${k + 1} of ${blocks.length})` : "Writing cells",
    sheet: t.placement.target,
    queue: () => {
      worksheet(u.context, t).getRange(rectAddress({ top: b.start + 1, left: 1, bottom: b.end, right: width })).formulas = matrix.slice(
        b.start,
        b.end,
      );
    },
  }));
}

function numberFormatUnits(u: UnitContext, t: SheetTarget): Unit[] {
  return t.spec.numberFormats.flatMap((nf) => {
    const rect = parseAddress(nf.range);
    const cols = rect.right - rect.left + 1;
    const matrix = fill(rect.bottom - rect.top + 1, cols, nf.format);
    return rowBlocks(matrix, u.budget - OP_OVERHEAD_BYTES).map((b) => ({
      bytes: b.bytes + OP_OVERHEAD_BYTES,
      step: "Formatting",
      sheet: t.placement.target,
      queue: () => {
        worksheet(u.context, t).getRange(
          rectAddress({ top: rect.top + b.start, left: rect.left, bottom: rect.top + b.end - 1, right: rect.right }),
        ).numberFormat = matrix.slice(b.start, b.end);
      },
    }));
  });
}

/** Tables, styles, conditional formats, validations, links, charts, freeze panes, widths, tab colour. */
function layoutUnit(u: UnitContext, t: SheetTarget): Unit {
  const s = t.spec;
  const ops =
    s.tables.length * 3 +
    s.styles.reduce((n, r) => n + styleOpCount(r.style), 0) +
    s.conditionalFormats.reduce((n, c) => n + c.rules.reduce((m, r) => m + 4 + styleOpCount(r.style), 0), 0) +
    s.validations.length * 2 +
    s.links.length +
    s.charts.length * 5 +
    s.columnWidths.length +
    (s.print ? 12 : 0) +
    3;
  return {
    bytes: ops * OP_OVERHEAD_BYTES + jsonBytes([s.tables, s.styles, s.conditionalFormats, s.validations, s.links, s.charts]),
    step: "Formatting",
    sheet: t.placement.target,
    queue: () => {
      const sheet = worksheet(u.context, t);
      for (const spec of s.tables) {
        const table = sheet.tables.add(spec.range, true);
        table.name = spec.name;
        if (spec.style !== undefined) table.style = spec.style;
      }
      for (const r of s.styles) applyStyle(sheet.getRange(r.range), r.style);
      let priority = 0;
      for (const cf of s.conditionalFormats) {
        const range = sheet.getRange(cf.range);
        for (const rule of cf.rules) {
          const format = range.conditionalFormats.add("Custom");
          format.custom.rule.formula = renameSheetRefs(rule.formula, u.renames);
          const st = rule.style;
          if (st.fill !== undefined) format.custom.format.fill.color = st.fill;
          if (st.fontColor !== undefined) format.custom.format.font.color = st.fontColor;
          if (st.bold !== undefined) format.custom.format.font.bold = st.bold;
          if (st.italic !== undefined) format.custom.format.font.italic = st.italic;
          format.stopIfTrue = true;
          format.priority = priority++;
        }
      }
      for (const v of s.validations) {
        const validation = sheet.getRange(v.range).dataValidation;
        const range = u.lists.rangeOf(v);
        validation.rule = { list: { inCellDropDown: true, source: range ? `=${renameSheetRefs(range, u.renames)}` : v.list.join(",") } };
        // Without an alert Excel stops any value off the list, even where the spec allows others.
        const alert = dropdownAlert(v);
        validation.errorAlert = {
          showAlert: true,
          style: alert.keeps ? "Information" : "Stop",
          title: alert.title,
          message: alert.message,
        };
      }
      for (const link of s.links) {
        sheet.getRange(link.cell).hyperlink = { documentReference: renameSheetRefs(link.target, u.renames) };
      }
      for (const c of s.charts) {
        const chart = sheet.charts.add(CHART_TYPE[c.type], sheet.getRange(c.dataRange), c.seriesBy === "rows" ? "Rows" : "Columns");
        chart.title.text = c.title;
        chart.setPosition(c.anchor);
        chart.width = c.width;
        chart.height = c.height;
      }
      const { rows, columns } = u.state.hiddenSheets.has(t.placement.target.toLowerCase()) ? { rows: 0, columns: 0 } : s.freeze;
      if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(rectAddress({ top: 1, left: 1, bottom: rows, right: columns }));
      else if (rows > 0) sheet.freezePanes.freezeRows(rows);
      else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
      // Equal neighbouring widths go in one assignment.
      for (let first = 0; first < s.columnWidths.length;) {
        const w = s.columnWidths[first] ?? 0;
        let last = first;
        while (s.columnWidths[last + 1] === w) last++;
        sheet.getRange(columnsAddress(first + 1, last + 1)).format.columnWidth = widthInPoints(w);
        first = last + 1;
      }
      if (s.tabColor !== undefined) sheet.tabColor = s.tabColor;
      // Only when created: a visibility change cannot join an undo group, and a rewrite is hidden already.
      if (s.hidden === true && t.placement.mode === "create") sheet.visibility = "VeryHidden";
      if (s === u.lists.sheet) sheet.visibility = "Hidden";
      if (s.print && u.caps.pageLayout) applyPrint(sheet.pageLayout, s.print);
    },
  };
}

function applyPrint(layout: Excel.PageLayout, print: PrintSpec): void {
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  // Set whole (Office.js refuses `zoom.horizontalFitToPages = …`); a vertical 0 is "as many pages as needed".
  layout.zoom = { horizontalFitToPages: print.fit.wide, verticalFitToPages: print.fit.tall };
  layout.setPrintArea(print.area);
  if (print.titleRows) layout.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
  const page = layout.headersFooters.defaultForAllPages;
  page.leftHeader = print.header.left ?? "";
  page.centerHeader = print.header.center ?? "";
  page.rightHeader = print.header.right ?? "";
  page.leftFooter = print.footer.left ?? "";
  page.centerFooter = print.footer.center ?? "";
  page.rightFooter = print.footer.right ?? "";
}

function statusUnit(u: UnitContext, t: SheetTarget, cell: string, text: string, step: string): Unit {
  return {
    bytes: OP_OVERHEAD_BYTES + jsonBytes(text),
    step,
    sheet: t.placement.target,
    queue: () => {
      worksheet(u.context, t).getRange(cell).formulas = [[toOfficeCell(text)]];
    },
  };
}

// ------------------------------------------------------------------------------- the run

interface ApplyPlan {
  readonly targets: readonly SheetTarget[];
  readonly status: WorkbookSpec["status"] | null;
}

/** Builds the units of a write in the order that keeps a failed run truthful. */
function buildUnits(u: UnitContext, plan: ApplyPlan): Unit[] {
  const statusTarget = plan.status ? plan.targets.find((t) => t.spec.name === plan.status?.sheet) : undefined;
  const status = plan.status && statusTarget ? { ...parseAddress(plan.status.cell), ...plan.status } : null;
  const units: Unit[] = plan.targets.map((t) => prepareUnit(u, t));
  if (status && statusTarget) units.push(statusUnit(u, statusTarget, status.cell, status.incomplete, "Marking the plan incomplete"));
  for (const t of plan.targets) {
    const mark = status && t === statusTarget ? { row: status.top, col: status.left, text: status.incomplete } : null;
    units.push(...valueUnits(u, t, cellMatrix(t.spec, u.renames, mark)));
  }
  for (const t of plan.targets) units.push(...numberFormatUnits(u, t), layoutUnit(u, t));
  if (status && statusTarget) units.push(statusUnit(u, statusTarget, status.cell, status.complete, "Marking the plan complete"));
  return units;
}

/**
 * `sent`: a write request has gone to Excel. Excel applies a request up to a failing operation, so
 * from then on a failure may leave Headstart's sheets partly written (never complete, never the
 * user's); before it, a failure changed nothing.
 */
interface SendState {
  sent: boolean;
}

/** Returns the number of write requests (syncs) made. */
async function runWrite(
  context: Excel.RequestContext,
  u: UnitContext,
  plan: ApplyPlan,
  options: WriteOptions,
  progress: SendState,
): Promise<number> {
  const requests = packRequests(buildUnits(u, plan), u.budget);
  const order = plan.targets.map((t) => t.placement.target);
  for (const [i, request] of requests.entries()) {
    if (options.signal?.aborted) {
      throw cancelled(
        progress.sent
          ? "Build cancelled. The sheets Headstart writes are partly written and the Summary says the plan is incomplete; your own sheets were not touched. Build again to finish."
          : "Build cancelled before anything was written.",
      );
    }
    const first = request[0];
    options.onProgress?.({
      step: first?.step ?? "Writing",
      sheet: first?.sheet,
      index: first ? order.indexOf(first.sheet) + 1 : undefined,
      total: order.length,
      chunk: i + 1,
      chunks: requests.length,
    });
    context.workbook.application.suspendApiCalculationUntilNextSync();
    for (const unit of request) unit.queue();
    // One sync per request-sized chunk is the point of chunking; nothing loops per row or cell.
    progress.sent = true;
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  return requests.length;
}

function failure(e: unknown, sent: boolean, what: string): Error {
  if (e instanceof HeadstartExcelError || (e instanceof DOMException && e.name === "AbortError")) return e;
  const code = officeErrorCode(e);
  const detail = `${code ? `${code}: ` : ""}${errorMessage(e)}`;
  const state = sent
    ? "The sheets Headstart writes may be partly written and none is marked complete; your own sheets were not touched. Build again to finish."
    : "Nothing in the workbook was changed.";
  const hint = code === "RequestPayloadSizeLimitExceeded" ? " The plan is too large for one request on this host; please report it." : "";
  return new HeadstartExcelError(`${what} stopped (${detail}). ${state}${hint}`, { cause: e });
}

/** A table cannot take a defined name's name either, and Excel's refusal is as bare as for tables. */
function refuseDefinedNames(tables: readonly string[], state: WorkbookState): void {
  const named = tables.filter((t) => state.workbookNames.some((n) => n.toLowerCase() === t.toLowerCase()));
  if (named.length > 0) {
    throw new HeadstartExcelError(
      `This workbook has a defined name ${named.map((c) => `"${c}"`).join(", ")} (Formulas > Name Manager), which a Headstart table needs. Rename or delete the name and try again. Nothing was changed.`,
    );
  }
}

function specTableNames(sheets: readonly SheetSpec[]): string[] {
  return sheets.flatMap((s) => s.tables.map((t) => t.name));
}

/**
 * One `Excel.run` whose syncs make one undo step where the host can group them (ExcelApi 1.20);
 * otherwise each sync is its own step. A build whose group Excel refuses (`UndoNotSupported`,
 * "Undo support with the Excel JavaScript API") is run again ungrouped: a build rewrites its own
 * sheets in place, so a second run over a partial first one gives the same sheets. A template
 * insert is not run again (a second run would insert beside what the first one added).
 */
async function runUndoable<T>(
  caps: HostCapabilities,
  options: WriteOptions,
  batch: (context: Excel.RequestContext) => Promise<T>,
  ungroupedAgain: boolean,
): Promise<{ result: T; grouped: boolean }> {
  if (caps.undoGroup) {
    try {
      return { result: await Excel.run({ ...runOptions(options.waitForCellEdit), mergeUndoGroup: true }, batch), grouped: true };
    } catch (e) {
      if (!ungroupedAgain || officeErrorCode(e) !== "UndoNotSupported" || options.signal?.aborted) throw e;
    }
  }
  return { result: await Excel.run(runOptions(options.waitForCellEdit), batch), grouped: false };
}

function undoWords(grouped: boolean, writes: number): string {
  return grouped
    ? "Undo (Ctrl+Z) takes back this whole build in one step."
    : `Undo (Ctrl+Z) takes back this build one request at a time (${writes} steps), leaving it part-written on the way: build again instead to change the plan.`;
}

/**
 * Writes the spec's sheets. Headstart's own sheets (tagged) are cleared and rewritten in place; a
 * name held by a user's sheet is written beside it as "<name> (Headstart)"; nothing else changes.
 */
export async function writeWorkbook(spec: WorkbookSpec, options: WriteOptions = {}): Promise<WriteReport> {
  const caps = checkHost();
  const budget = options.requestBudgetBytes ?? REQUEST_BUDGET_BYTES;
  const progress: SendState = { sent: false };
  options.onProgress?.({ step: "Reading the workbook", total: spec.sheets.length });
  try {
    const lists = dropdownLists(spec.sheets, liveInlineList);
    const sheets = lists.sheet ? [...spec.sheets, lists.sheet] : spec.sheets;
    const { result, grouped } = await runUndoable(
      caps,
      options,
      async (context) => {
        const names = sheets.map((s) => s.name);
        const state = await readWorkbookState(context, candidateNames(names), caps);
        const placements = placeSheets(names, state.existing);
        refuseProtected(state, placements);
        const rewritten = state.existing.filter((e) =>
          placements.some((p) => p.mode === "rewrite" && p.target.toLowerCase() === e.name.toLowerCase()),
        );
        const wanted = specTableNames(spec.sheets);
        const clashes = tableClashes(wanted, state.workbookTables, rewritten);
        if (clashes.length > 0) {
          throw new HeadstartExcelError(
            `This workbook already has a table named ${clashes.map((c) => `"${c}"`).join(", ")} that Headstart did not make. Rename or delete it and build again. Nothing was changed.`,
          );
        }
        refuseDefinedNames(wanted, state);
        const renames = new Map(placements.filter((p) => p.beside).map((p) => [p.spec, p.target]));
        const targets = sheets.map((s, i): SheetTarget => ({ spec: s, placement: placements[i] as Placement }));
        const writes = await runWrite(
          context,
          { context, caps, state, renames, budget, tag: true, lists },
          { targets, status: spec.status },
          options,
          progress,
        );
        options.onProgress?.({ step: "Done", total: spec.sheets.length });
        return {
          placements: placements.filter((p) => p.spec !== LISTS_SHEET),
          notes: placements
            .filter((p) => p.beside)
            .map((p) => `A sheet of yours is named "${p.spec}", so Headstart wrote its sheet as "${p.target}" and left yours untouched.`),
          syncs: state.syncs + writes,
          writes,
        };
      },
      true,
    );
    const { writes, ...report } = result;
    return { ...report, undo: undoWords(grouped, writes) };
  } catch (e) {
    throw failure(e, progress.sent, "Writing the plan");
  }
}

export interface TemplateReport {
  readonly placements: readonly Placement[];
  /** Input sheets not inserted because their tables already exist. */
  readonly skipped: readonly { readonly sheet: string; readonly tables: readonly string[] }[];
  readonly notes: readonly string[];
}

/**
 * Inserts the input sheets (Roadmap, Workstreams, Roles, Team, Settings). A table that already
 * exists is the user's data: its sheet is skipped and the report says so. Input sheets are not
 * tagged, so a later build never rewrites them.
 */
export async function insertTemplate(spec: WorkbookSpec, options: WriteOptions = {}): Promise<TemplateReport> {
  const caps = checkHost();
  const budget = options.requestBudgetBytes ?? REQUEST_BUDGET_BYTES;
  const progress: SendState = { sent: false };
  try {
    // Hiding a lists sheet cannot join an undo group on desktop Excel, and an insert is not run twice.
    const grouping = dropdownLists(spec.sheets, liveInlineList).sheet ? { ...caps, undoGroup: false } : caps;
    const { result } = await runUndoable(
      grouping,
      options,
      async (context) => {
        const state = await readWorkbookState(context, candidateNames([...spec.sheets.map((s) => s.name), LISTS_SHEET]), caps);
        const taken = new Set(state.workbookTables.map((t) => t.toLowerCase()));
        const skipped = spec.sheets.filter((s) => s.tables.some((t) => taken.has(t.name.toLowerCase())));
        const inserted = spec.sheets.filter((s) => !skipped.includes(s));
        const lists = dropdownLists(inserted, liveInlineList);
        const sheets = lists.sheet ? [...inserted, lists.sheet] : inserted;
        // Never rewrite an existing sheet when inserting input sheets, whoever made it.
        const placements = placeSheets(
          sheets.map((s) => s.name),
          state.existing.map((e) => ({ ...e, owned: false })),
        );
        refuseProtected(state, placements);
        refuseDefinedNames(specTableNames(sheets), state);
        const renames = new Map(placements.filter((p) => p.beside).map((p) => [p.spec, p.target]));
        const targets = sheets.map((s, i): SheetTarget => ({ spec: s, placement: placements[i] as Placement }));
        await runWrite(
          context,
          { context, caps, state, renames, budget, tag: false, lists },
          { targets, status: spec.status },
          options,
          progress,
        );
        return {
          placements: placements.filter((p) => p.spec !== LISTS_SHEET),
          skipped: skipped.map((s) => ({ sheet: s.name, tables: s.tables.map((t) => t.name).filter((n) => taken.has(n.toLowerCase())) })),
          notes: [
            ...skipped.map(
              (s) =>
                `The workbook already has a ${s.tables.map((t) => t.name).join("/")} table; Headstart left it as it is and did not insert the "${s.name}" sheet.`,
            ),
            ...placements
              .filter((p) => p.beside)
              .map((p) => `A sheet named "${p.spec}" already exists, so the template sheet was inserted as "${p.target}".`),
          ],
        };
      },
      false,
    );
    return result;
  } catch (e) {
    throw failure(e, progress.sent, "Inserting the template");
  }
}

async function onSheet(sheet: string, action: (ws: Excel.Worksheet) => void): Promise<void> {
  try {
    // A click in the pane while the user edits a cell would fail at once without the wait.
    await Excel.run(runOptions(), async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.load("visibility");
      await context.sync();
      // Showing a hidden sheet is the user's call (and activating one is not documented to work).
      if (ws.visibility !== "Visible")
        throw new HeadstartExcelError(
          `The sheet "${sheet}" is hidden. Right-click any sheet tab, choose Unhide, pick "${sheet}", then try again.`,
        );
      action(ws);
      await context.sync();
    });
  } catch (e) {
    if (officeErrorCode(e) === "ItemNotFound")
      throw new HeadstartExcelError(`There is no sheet named "${sheet}" in this workbook any more.`, { cause: e });
    throw e;
  }
}

/** Shows a sheet (e.g. after a build). */
export function activateSheet(name: string): Promise<void> {
  return onSheet(name, (ws) => ws.activate());
}

/** Selects a cell, e.g. the input cell a diagnostic names (`Roadmap`, `D7`). */
export function selectCell(sheet: string, address: string): Promise<void> {
  return onSheet(sheet, (ws) => {
    ws.activate();
    ws.getRange(address).select();
  });
}
