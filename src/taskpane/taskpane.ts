/**
 * The task pane: wires the page's controls to the run (src/app/run.ts) and the live workbook
 * (src/excel). Inside Excel it plans the open workbook; anywhere else it says so and offers a demo
 * on the bundled sample.
 */
import { localToday, type CalDate } from "../plan/calendar";
import { sampleInput } from "../plan/defaults";
import { nameKey } from "../plan/headers";
import { diagnosticSheet } from "../plan/index";
import { readSettings } from "../plan/input/settings";
import type { InputGrids, InputSheets, Plan, SettingsOverrides } from "../plan/types";
import { planFileWorkbook } from "../report/workbook";
import type { WorkbookSpec } from "../report/spec";
import { templateWorkbook } from "../report/template";
import { checkHost } from "../excel/host";
import { activateSheet, insertTemplate, selectCell, writeWorkbook } from "../excel/write";
import {
  applyMapping,
  columnValues,
  describeMapping,
  proposeWorkstreamMap,
  REQUIRED_FIELDS,
  ROADMAP_FIELDS,
  workstreamNames,
  type HeaderMapping,
  type RoadmapField,
  type SourceBlock,
  type WorkstreamMap,
} from "../plan/roadmap-mapping";
import { byId, h, show } from "./dom";
import { describeError, errorText, isCancel } from "../app/errors";
import { downloadsAllowed, exportFile, exportSheet, EXPORT_SHEETS, saveFile, type ExportKind } from "./export-files";
import { progressView } from "./progress";
import {
  fillSettingsForm,
  hideResults,
  readSettingsForm,
  renderPreview,
  renderProblemsOnly,
  renderResults,
  setSettingsField,
  showError,
  showFieldErrors,
} from "./render";
import { diagnosticRows, headline, inSheets, resultsView, roadmapCounts, type DiagnosticRow } from "./results";
import { takeRefreshOutcome } from "../app/last-refresh";
import { planAndReport, type SheetOptions } from "../app/pipeline";
import { runPlan, visibleSheets, type RunEvent, type RunResult } from "../app/run";
import { appendTrackingRows, readSelectedRoadmap, readWorkbookInput } from "../excel/session";
import { hiresDueForTracking } from "../plan/due";
import { success } from "../plan/result";
import { forgetRoadmapSource, loadRoadmapSource } from "../excel/roadmap-source";
import { clearedFields, formFromSettings, readForm, type SettingsForm } from "./settings-form";
import { convertMapped, proposeToolMapping, recogniseTool, type ImportOptions } from "../io/imports/roadmap";
import { GENERIC, TOOLS } from "../io/imports/tools";
import { parseDateOrder } from "../io/imports/dates";
import { MONTH_NAMES } from "../plan/values";
import { ATS_FORMATS, ATS_LABELS, parseAtsFormat } from "../export/ats-formats";
import { themeFromBackground } from "./theme";

type Mode = "excel" | "demo";

interface State {
  mode: Mode;
  platform: string | null;
  plan: Plan | null;
  spec: WorkbookSpec | null;
  /** The input the shown plan was made from, and what else its sheets were built with. */
  grids: InputGrids | null;
  sheetOptions: SheetOptions;
  running: AbortController | null;
  /** The user's own roadmap once its mapping is confirmed; null = the Roadmap table. */
  roadmap: { block: SourceBlock; mapping: HeaderMapping; import: ImportOptions } | null;
  /**
   * The user's block while its columns are being mapped, the workstreams its rows may name, and
   * how its tool writes dates as first proposed (the workbook's date order, if Excel said it).
   */
  mapping: {
    block: SourceBlock;
    streams: readonly string[];
    ownStreams: boolean;
    picked: Record<string, string>;
    proposed: ImportOptions;
  } | null;
  /** There is a roadmap to plan (a Roadmap table, a confirmed or remembered one): Build can run. */
  ready: boolean;
  /** The run reached its last write request, which no cancel can stop any more. */
  tooLate: boolean;
  /** The settings form as last shown or built with: a field emptied since clears its setting. */
  shownForm: SettingsForm | null;
}

const state: State = {
  mode: "demo",
  platform: null,
  plan: null,
  spec: null,
  grids: null,
  sheetOptions: {},
  running: null,
  roadmap: null,
  mapping: null,
  ready: false,
  tooLate: false,
  shownForm: null,
};

const CONTROLS = "button, input, select";

/**
 * Disables every control while something runs. No `aria-busy` on the page: screen readers would
 * hold back the progress the run announces meanwhile.
 */
function setBusy(busy: boolean): void {
  for (const el of document.querySelectorAll<HTMLButtonElement | HTMLInputElement | HTMLSelectElement>(CONTROLS)) {
    if (el.id === "cancel-btn") continue;
    el.disabled = busy;
  }
  if (!busy) applyReadiness();
}

/**
 * The first-run pattern: until there is a roadmap, inserting the sample is the one primary action
 * and Build waits; once there is one, the settings it will use appear and Build leads.
 */
function applyReadiness(): void {
  const ready = state.mode === "demo" || state.ready;
  show(byId("settings"), ready);
  show(byId("build-hint"), !ready);
  const buildBtn = byId<HTMLButtonElement>("build-btn");
  buildBtn.disabled = !ready || state.running !== null;
  buildBtn.classList.toggle("primary", ready);
  byId("insert-sample").classList.toggle("primary", !ready);
  byId("start-hint").textContent = ready
    ? "A roadmap is ready to plan. Insert the template again, or use another roadmap of yours."
    : "Start with the sample AI roadmap to see a plan, or use a roadmap you already have.";
}

/** What an earlier action left on screen (results, problems, an error) goes when the next one starts. */
function clearOutcome(): void {
  showError(null);
  hideResults();
  show(byId("progress"), false);
  byId("build-status").textContent = "";
  byId("x-status").textContent = "";
}

function applyTheme(): void {
  const office = typeof Office !== "undefined" ? Office.context?.officeTheme : undefined;
  const media = window.matchMedia("(prefers-color-scheme: dark)");
  const pick = (): void => {
    document.documentElement.dataset.theme = themeFromBackground(office?.bodyBackgroundColor) ?? (media.matches ? "dark" : "light");
  };
  pick();
  media.addEventListener("change", pick);
}

/* ---------- progress ---------- */

function startProgress(): void {
  clearOutcome();
  show(byId("progress"), true);
  byId<HTMLDetailsElement>("progress-log").open = true;
  byId("progress-steps").replaceChildren();
}

function logStep(text: string): void {
  byId("progress-label").textContent = text;
  byId("progress-steps").append(h("li", {}, text));
}

/** Moves focus somewhere that stays before the focused control disappears or is disabled. */
function keepFocusFrom(el: HTMLElement, to: HTMLElement): void {
  if (document.activeElement === el) to.focus();
}

function onProgress(e: RunEvent): void {
  const view = progressView(e);
  byId<HTMLProgressElement>("progress-bar").value = view.percent;
  logStep(view.label);
  // The writer checks for a cancel before each request: once the last one is sent, none can stop it.
  if (e.step === "writing" && e.request !== undefined && e.request === e.requests && state.running && !state.tooLate) {
    state.tooLate = true;
    const cancel = byId<HTMLButtonElement>("cancel-btn");
    keepFocusFrom(cancel, byId("progress-label"));
    show(cancel, false);
    logStep("Too late to cancel — writing the last sheets");
  }
}

/* ---------- results ---------- */

/** Click-to-select: a diagnostic names its table; the cell is on the worksheet the table was read from. */
function selectDiagnostic(sheets: InputSheets): (d: DiagnosticRow) => void {
  return (d) => void selectCell(diagnosticSheet(d, sheets), d.cell).catch((e: unknown) => showError(describeError(e)));
}

function showPlan({ plan, spec, grids, sheetOptions, sheets }: Extract<RunResult, { ok: true }>["value"]): void {
  state.plan = plan;
  state.spec = spec;
  state.grids = grids;
  state.sheetOptions = sheetOptions;
  const excel = state.mode === "excel";
  const openSheet = (name: string): void => void activateSheet(name).catch((e: unknown) => showError(describeError(e)));
  // The what-if's one click: the suggested recruiters go into the form, visibly, and the plan is rebuilt.
  const onRecruiters = (n: number): void => {
    setSettingsField("recruiters", String(n));
    void build();
  };
  renderResults(
    resultsView(plan),
    sheets,
    excel ? { onDiagnostic: selectDiagnostic(plan.inputSheets), onSheet: openSheet, onRecruiters } : { onRecruiters },
  );
  if (!excel) renderPreview(spec.sheets.filter((s) => !s.hidden));
  // Summary is the first sheet written: the next thing to look at, so its button leads the section.
  const summary = sheets[0];
  const open = byId<HTMLButtonElement>("open-summary");
  show(open, excel && summary !== undefined);
  open.onclick = summary === undefined ? null : () => openSheet(summary);
  show(byId("track-due"), excel);
  show(byId("export"), true);
}

/**
 * Appends the hires whose pipelines are due within four weeks (or overdue) and not tracked yet to
 * the Tracking table, with an empty Stage, so recruiters have their rows to fill in.
 */
async function trackDue(): Promise<void> {
  const plan = state.plan;
  if (!plan) return;
  const status = byId("x-status");
  try {
    const result = await appendTrackingRows((existing) => hiresDueForTracking(plan, existing).map((h) => h.id));
    if (!result.ok) status.textContent = result.error;
    else if (result.value.length === 0) status.textContent = "Every hire due within four weeks is already in the Tracking table.";
    else {
      const n = result.value.length;
      status.textContent = `Added ${n} ${n === 1 ? "hire" : "hires"} to the Tracking table (${result.value.join(", ")}), Stage empty: fill in the Stage and dates as recruiting happens, then build again.`;
    }
  } catch (e) {
    showError(describeError(e));
  }
}

/* ---------- build ---------- */

/** The demo's run: the sample, planned in the page; nothing to read or write. */
function demoRun(today: CalDate, overrides: SettingsOverrides, generatedAt: string): RunResult {
  onProgress({ step: "planning" });
  const planned = planAndReport(sampleInput, today, overrides, generatedAt);
  if (!planned.ok) return planned;
  onProgress({ step: "done" });
  return success({
    ...planned.value,
    sheets: visibleSheets(
      planned.value.spec,
      planned.value.spec.sheets.map((s) => ({ spec: s.name, target: s.name })),
    ),
    notes: [],
  });
}

async function build(): Promise<void> {
  const typed = readSettingsForm();
  const form = readForm(typed);
  showFieldErrors(form.ok ? [] : form.error);
  if (!form.ok) return;
  const cleared = clearedFields(state.shownForm, typed);
  state.shownForm = typed;
  const today = localToday();
  const generatedAt = new Date().toLocaleString();
  const controller = new AbortController();
  state.running = controller;
  state.tooLate = false;
  setBusy(true);
  const cancel = byId<HTMLButtonElement>("cancel-btn");
  show(cancel, state.mode === "excel");
  cancel.disabled = false;
  // Results of an earlier build must not stand beside a run that may end differently.
  startProgress();
  state.plan = null;
  state.spec = null;
  state.grids = null;
  const status = byId("build-status");
  try {
    const result =
      state.mode === "demo"
        ? demoRun(today, form.value, generatedAt)
        : await runPlan({
            today,
            overrides: form.value,
            cleared,
            ...(state.roadmap ? { roadmap: state.roadmap } : {}),
            onProgress,
            signal: controller.signal,
            generatedAt,
          });
    if (!result.ok) {
      const failed = result.error;
      byId("progress-label").textContent = "No plan was made.";
      showError({
        message: inSheets(failed.reason, failed.inputSheets),
        action: failed.diagnostics.length > 0 ? "Fix the cells listed below, then build again." : "Fix the input, then build again.",
      });
      renderProblemsOnly(
        diagnosticRows(failed.diagnostics, failed.inputSheets),
        state.mode === "excel" ? selectDiagnostic(failed.inputSheets) : undefined,
      );
      return;
    }
    const built = result.value;
    showPlan(built);
    byId("progress-label").textContent = "Done";
    // The counts come first: a plan that left rows out must never read as a plain "Done".
    status.textContent = [
      controller.signal.aborted ? "Too late to cancel:" : "",
      headline(roadmapCounts(built.plan, built.grids.roadmap)),
      state.mode === "excel" ? "The sheets are written." : "",
      ...(built.undo ? [built.undo] : []),
      ...built.notes,
    ]
      .filter(Boolean)
      .join(" ");
    byId("export-h").focus();
  } catch (e) {
    byId("progress-label").textContent = isCancel(e) ? "Cancelled." : "Stopped by an error.";
    // The user's own cancel is news, not an alarm: it goes to the status line, not the alert.
    if (isCancel(e)) status.textContent = describeError(e).message;
    else showError(describeError(e));
  } finally {
    state.running = null;
    byId<HTMLDetailsElement>("progress-log").open = false;
    show(cancel, false);
    setBusy(false);
    // A control that vanished or was disabled mid-run took the focus with it: Build is where it was.
    const at = document.activeElement;
    if (at === null || at === document.body || at === cancel || at === byId("progress-label")) byId("build-btn").focus();
  }
}

/* ---------- start ---------- */

/** Runs a Start action with the pane busy; what it did, or why it could not, goes to the status line. */
async function startAction(busyText: string, action: (status: HTMLElement) => Promise<void>): Promise<void> {
  const status = byId("start-status");
  clearOutcome();
  setBusy(true);
  status.textContent = busyText;
  try {
    await action(status);
  } catch (e) {
    status.textContent = errorText(e);
  } finally {
    setBusy(false);
  }
}

function insert(withSample: boolean): Promise<void> {
  return startAction("Inserting the template…", async (status) => {
    const report = await insertTemplate(templateWorkbook(withSample ? sampleInput : null));
    state.roadmap = null;
    show(byId("mapping"), false);
    const inserted = report.placements.map((p) => (p.beside ? `${p.target} (beside your own "${p.spec}")` : p.target));
    const kept = report.skipped.map((s) => s.sheet);
    status.textContent = [
      inserted.length > 0 ? `Inserted ${inserted.join(", ")}.` : "",
      // One sentence for every table already there: inserting twice is no reason to repeat it five times.
      kept.length > 0 ? `Already in the workbook, left as they are: ${kept.join(", ")}.` : "",
      withSample ? "Build the plan when ready." : "Fill in the Roadmap sheet, then build.",
    ]
      .filter(Boolean)
      .join(" ");
    await inspectWorkbook();
  });
}

const fieldLabel = (field: RoadmapField): string => `map-${field}`;

/** The tool, date order and fiscal year the roadmap was proposed with, as choices the user can change. */
function renderImport(proposed: ImportOptions): void {
  const tool = proposed.from ?? GENERIC.id;
  byId("mapping-tool").replaceChildren(
    ...[...TOOLS, GENERIC].map((t) =>
      h("option", { value: t.id, selected: t.id === tool }, t === GENERIC ? "Another tool: match the column names" : t.label),
    ),
  );
  byId<HTMLSelectElement>("mapping-date-order").value = proposed.dateOrder ?? "";
  byId("mapping-date-order-hint").textContent = proposed.dateOrderSource
    ? `Proposed from ${proposed.dateOrderSource}.`
    : "Excel did not say how this workbook writes dates: choose if your roadmap writes dates with numbers only.";
  byId("mapping-fiscal-start").replaceChildren(
    ...MONTH_NAMES.map((m, i) => h("option", { value: String(i + 1), selected: i + 1 === (proposed.fiscalStart ?? 1) }, m)),
  );
}

/** The choices of "How your tool writes it" as the adapter's options. */
function chosenImport(proposed: ImportOptions): ImportOptions {
  const dateOrder = parseDateOrder(byId<HTMLSelectElement>("mapping-date-order").value);
  const fiscalStart = Number(byId<HTMLSelectElement>("mapping-fiscal-start").value);
  return {
    from: byId<HTMLSelectElement>("mapping-tool").value,
    ...(dateOrder && { dateOrder }),
    // Where the order came from is said only while it is still the one proposed.
    ...(dateOrder && dateOrder === proposed.dateOrder && proposed.dateOrderSource && { dateOrderSource: proposed.dateOrderSource }),
    ...(fiscalStart > 1 && { fiscalStart }),
  };
}

function renderMapping(block: SourceBlock, mapping: HeaderMapping): void {
  const header = block.rows[0] ?? [];
  byId("mapping-source").textContent =
    `Found a roadmap on ${block.sheet} with ${Math.max(0, block.rows.length - 1)} rows. Check which of your columns holds each field.`;
  byId("mapping-fields").replaceChildren(
    ...mapping.columns.map((c) => {
      const id = fieldLabel(c.field);
      const required = REQUIRED_FIELDS.includes(c.field);
      const select = h(
        "select",
        { id, "data-field": c.field, "aria-required": required ? "true" : undefined },
        h("option", { value: "" }, c.field === "Workstream" ? "(none: one type for every row)" : "(none)"),
        ...header.map((text, i) => h("option", { value: String(i), selected: c.column === i }, String(text ?? `Column ${i + 1}`))),
      );
      select.addEventListener("change", () => {
        // A column holds one field: choosing it here takes it from the field that had it.
        const others = [...byId("mapping-fields").querySelectorAll<HTMLSelectElement>("select")].filter((o) => o !== select);
        const moved = select.value === "" ? [] : others.filter((o) => o.value === select.value);
        for (const o of moved) o.value = "";
        if (c.field === "Workstream" || moved.some((o) => o.dataset.field === "Workstream")) renderWorkstreams();
        if (select.value !== "") select.setAttribute("aria-invalid", "false");
      });
      // The star is drawn by CSS with empty alt text: the select's aria-required says it to screen readers.
      const label = h("label", { for: id, class: required ? "required" : undefined }, c.field);
      return h("div", { class: "field" }, label, select);
    }),
  );
  renderWorkstreams();
  show(byId("mapping"), true);
}

/** Another tool chosen: its own column names are proposed afresh. */
function changeTool(): void {
  const m = state.mapping;
  if (!m) return;
  const tool = recogniseTool([], byId<HTMLSelectElement>("mapping-tool").value) ?? GENERIC;
  const mapping = proposeToolMapping(m.block.rows[0] ?? [], tool);
  renderMapping(m.block, mapping);
  byId("start-status").textContent = missingText(mapping.missing);
}

/** The user's values of the chosen Workstream column, each with the workstream type it means. */
function renderWorkstreams(): void {
  const m = state.mapping;
  if (!m) return;
  const chosen = byId<HTMLSelectElement>(fieldLabel("Workstream")).value;
  const column = chosen === "" ? null : Number(chosen);
  const typeSelect = (id: string, key: string, picked: string | undefined): HTMLSelectElement => {
    const select = h(
      "select",
      { id, "data-key": key, "aria-required": "true" },
      h("option", { value: "" }, "(choose a type)"),
      ...m.streams.map((name) => h("option", { value: name, selected: picked === name }, name)),
    );
    select.addEventListener("change", () => {
      m.picked[key] = select.value;
    });
    return select;
  };
  const values = column === null ? [] : columnValues(m.block, column);
  // Values that already name a workstream start out mapped to it; the user's own picks stay.
  m.picked = { ...proposeWorkstreamMap(values, m.streams), ...m.picked };
  const rows =
    column === null
      ? [
          h(
            "div",
            { class: "field" },
            h("label", { for: "ws-all" }, "Workstream type for every row"),
            typeSelect("ws-all", "", m.picked[""]),
          ),
        ]
      : values.map((v, i) =>
          h("div", { class: "field" }, h("label", { for: `ws-${i}` }, v), typeSelect(`ws-${i}`, nameKey(v), m.picked[nameKey(v)])),
        );
  byId("mapping-workstreams-hint").textContent =
    `Headstart plans each row by one of the ${m.streams.length} workstream types of ${m.ownStreams ? "this workbook's Workstreams table" : "Headstart's defaults (this workbook has no Workstreams table)"}. ` +
    (column === null
      ? "Pick the one that fits all your rows."
      : "Pick the type each of your values means; Headstart remembers it with the columns.");
  byId("mapping-workstream-values").replaceChildren(...rows);
  show(byId("mapping-workstreams"), true);
}

function useMine(): Promise<void> {
  return startAction("Reading your roadmap…", async (status) => {
    const { block, mapping, import: proposed } = await readSelectedRoadmap();
    if (block.rows.length < 2) {
      status.textContent =
        "There is no roadmap around the selected cell: click a cell inside your roadmap (or select it with its header row), then Use my roadmap.";
      return;
    }
    const input = await readWorkbookInput();
    const streams = workstreamNames(input);
    state.mapping = { block, streams, ownStreams: input.workstreams !== undefined, picked: {}, proposed };
    renderImport(proposed);
    renderMapping(block, mapping);
    status.textContent = missingText(mapping.missing);
    if (!focusGap(mapping.missing)) byId("mapping-h").focus();
  });
}

/** What is still missing, Workstream's other way out included; "" when nothing is. */
function missingText(missing: readonly RoadmapField[]): string {
  const named = missing.map((f) => (f === "Workstream" ? "Workstream (or one workstream type for every row)" : f));
  return missing.length === 0 ? "" : `Choose a column for: ${named.join(", ")}.`;
}

/** Marks the required fields still without a column and takes focus to the first; false when none. */
function focusGap(missing: readonly RoadmapField[]): boolean {
  for (const field of ROADMAP_FIELDS) byId(fieldLabel(field)).setAttribute("aria-invalid", missing.includes(field) ? "true" : "false");
  const first = missing[0];
  if (first !== undefined) byId(fieldLabel(first)).focus();
  return first !== undefined;
}

function chosenWorkstreams(m: NonNullable<State["mapping"]>): { map?: WorkstreamMap; unmapped: HTMLSelectElement[] } {
  const selects = [...byId("mapping-workstream-values").querySelectorAll("select")];
  const unmapped = selects.filter((s) => s.value === "");
  for (const s of selects) s.setAttribute("aria-invalid", s.value === "" ? "true" : "false");
  if (byId<HTMLSelectElement>(fieldLabel("Workstream")).value === "") {
    const all = m.picked[""];
    return all ? { map: { kind: "all", workstream: all }, unmapped } : { unmapped };
  }
  return {
    map: { kind: "values", values: Object.fromEntries(selects.filter((s) => s.value !== "").map((s) => [s.dataset.key ?? "", s.value])) },
    unmapped,
  };
}

function confirmMapping(): void {
  const m = state.mapping;
  const status = byId("start-status");
  if (!m) return;
  try {
    const choices = ROADMAP_FIELDS.map((field) => {
      const v = byId<HTMLSelectElement>(fieldLabel(field)).value;
      return { field, column: v === "" ? null : Number(v) };
    });
    const { map, unmapped } = chosenWorkstreams(m);
    const mapping = describeMapping(m.block.rows[0] ?? [], choices, map);
    if (mapping.missing.length > 0) {
      status.textContent = missingText(mapping.missing);
      focusGap(mapping.missing);
      return;
    }
    focusGap([]);
    const gap = unmapped[0];
    if (gap) {
      status.textContent = `Choose a workstream type for: ${unmapped.map((s) => s.labels?.[0]?.textContent ?? "").join(", ")}.`;
      gap.focus();
      return;
    }
    // A numeric date with no order is asked for now, not at the build.
    const options = chosenImport(m.proposed);
    const converted = convertMapped(applyMapping(m.block, mapping), options);
    const order = byId("mapping-date-order");
    order.setAttribute("aria-invalid", converted.ok ? "false" : "true");
    if (!converted.ok) {
      status.textContent = `${converted.error}.`;
      order.focus();
      return;
    }
    // Results of the roadmap used before must not stand beside the one now chosen.
    clearOutcome();
    state.roadmap = { block: m.block, mapping, import: options };
    state.mapping = null;
    state.ready = true;
    show(byId("mapping"), false);
    status.textContent = [
      `Using your roadmap on ${m.block.sheet} (${m.block.rows.length - 1} rows).`,
      converted.value.mapped === null ? "" : `${converted.value.mapped}.`,
      "Build the plan when ready.",
    ]
      .filter(Boolean)
      .join(" ");
    applyReadiness();
    byId("build-btn").focus();
    void prefillSettings();
  } catch (e) {
    status.textContent = describeError(e).message;
  }
}

/**
 * What the workbook offers to plan: a Roadmap table, else a roadmap remembered in it (said so, with
 * a way to forget it). Sets whether Build can run, and fills the settings a build would use.
 */
async function inspectWorkbook(): Promise<void> {
  const saved = await loadRoadmapSource();
  const grids = await readWorkbookInput();
  const used = saved?.ok === true && !grids.roadmap ? saved.value : null;
  byId("saved-roadmap-text").textContent = used ? `Using your roadmap on ${used.sheet} (saved mapping).` : "";
  show(byId("saved-roadmap"), used !== null);
  if (saved && !saved.ok) byId("start-status").textContent = saved.error;
  state.ready = state.roadmap !== null || grids.roadmap !== undefined || used !== null;
  applyReadiness();
  if (state.ready) await prefillSettings(grids);
}

function forgetSaved(): Promise<void> {
  return startAction("Forgetting the saved roadmap…", async (status) => {
    await forgetRoadmapSource();
    state.roadmap = null;
    show(byId("saved-roadmap"), false);
    status.textContent = "Builds use the Roadmap table again (insert a template if there is none).";
    await inspectWorkbook();
  });
}

/* ---------- export ---------- */

async function exportAs(kind: ExportKind): Promise<void> {
  const plan = state.plan;
  const spec = state.spec;
  const status = byId("x-status");
  if (!plan || !spec) return;
  status.textContent = "Preparing the file…";
  try {
    // The .xlsx carries the input sheets too, so its Diagnostics links land, its Cost sheet reads
    // its own Roles and Team tables and it plans again.
    const format = parseAtsFormat(byId<HTMLSelectElement>("x-csv-format").value);
    const file = await exportFile(kind, plan, () => planFileWorkbook(plan, state.grids, state.sheetOptions), format);
    const canDownload = downloadsAllowed(state.platform);
    const asSheet = !canDownload && state.mode === "excel" && kind !== "xlsx";
    if (canDownload) saveFile(file);
    // Only where the host cannot download: the workbook is the user's, and a sheet is a way out.
    if (asSheet) {
      // The plan's status cell is on Summary, not among these sheets, so the writer leaves it alone.
      await writeWorkbook({ sheets: [exportSheet(kind, String(file.data))], status: spec.status });
      await activateSheet(EXPORT_SHEETS[kind]);
    }
    status.textContent = [
      canDownload ? `Downloaded ${file.name}.` : "",
      asSheet ? `This Excel cannot download files, so it is in the sheet "${EXPORT_SHEETS[kind]}" (File > Save a Copy to keep it).` : "",
      !canDownload && kind === "xlsx"
        ? "This Excel cannot download files; the plan's sheets are in this workbook: File > Save a Copy keeps them as .xlsx."
        : "",
    ]
      .filter(Boolean)
      .join(" ");
  } catch (e) {
    status.textContent = errorText(e);
  }
}

/* ---------- start-up ---------- */

/** Fills the form with the settings a build would use now: the Settings table's, else the defaults. */
async function prefillSettings(grids?: InputGrids): Promise<void> {
  try {
    const input = state.mode === "demo" ? sampleInput : (grids ?? (await readWorkbookInput()));
    const read = readSettings(input.settings, {}, localToday(), []);
    if (read.ok) {
      state.shownForm = formFromSettings(read.value);
      fillSettingsForm(state.shownForm);
    }
  } catch {
    // The workbook could not be read: the form stays empty and the build reads the table itself.
  }
}

function wire(): void {
  byId("insert-sample").addEventListener("click", () => void insert(true));
  byId("insert-empty").addEventListener("click", () => void insert(false));
  byId("use-mine").addEventListener("click", () => void useMine());
  byId("mapping-confirm").addEventListener("click", confirmMapping);
  byId("mapping-tool").addEventListener("change", changeTool);
  byId("forget-roadmap").addEventListener("click", () => void forgetSaved());
  byId("build-btn").addEventListener("click", () => void build());
  byId("cancel-btn").addEventListener("click", () => {
    state.running?.abort();
    const cancel = byId<HTMLButtonElement>("cancel-btn");
    keepFocusFrom(cancel, byId("progress-label"));
    cancel.disabled = true;
    logStep("Cancelling after the current step…");
  });
  byId("settings-form").addEventListener("submit", (e) => {
    e.preventDefault();
    if (!byId<HTMLButtonElement>("build-btn").disabled) void build();
  });
  // Codes are upper case; show it as typed so what is seen is what is saved.
  const currency = byId<HTMLInputElement>("s-currency");
  currency.addEventListener("input", () => {
    currency.value = currency.value.toUpperCase();
  });
  byId("x-csv-format").append(...ATS_FORMATS.map((f) => h("option", { value: f }, `${ATS_LABELS[f]} (its import file)`)));
  byId("x-csv").addEventListener("click", () => void exportAs("csv"));
  byId("track-due").addEventListener("click", () => void trackDue());
  byId("x-ics").addEventListener("click", () => void exportAs("ics"));
  byId("x-xlsx").addEventListener("click", () => void exportAs("xlsx"));
  // A roadmap typed or pasted in Excel while the pane waited: check again when the user comes back.
  window.addEventListener("focus", () => {
    if (state.mode === "excel" && !state.ready && state.running === null) void inspectWorkbook().catch(() => undefined);
  });
}

function enterDemo(reason: string): void {
  state.mode = "demo";
  const notice = byId("notice");
  notice.replaceChildren(
    h("p", {}, h("strong", {}, "Headstart works inside Excel. "), reason),
    h(
      "p",
      {},
      "Meanwhile, try it on the bundled sample AI roadmap: change the settings if you like, plan it, preview the sheets and download the workbook.",
    ),
  );
  show(notice, true);
  show(byId("start"), false);
  byId("build-btn").textContent = "Plan the sample roadmap";
  byId("settings").querySelector(".hint")!.textContent = "Applied to the sample roadmap.";
}

async function start(): Promise<void> {
  applyTheme();
  wire();
  const info = typeof Office === "undefined" ? null : await Office.onReady();
  if (info !== null && info.host === Office.HostType.Excel) {
    state.mode = "excel";
    state.platform = info.platform ? String(info.platform) : null;
  } else {
    enterDemo(
      info === null
        ? "Office could not be loaded here (offline, or blocked), so this page cannot reach a workbook."
        : "This page is open outside Excel, so it cannot reach a workbook. Open Headstart from Excel's Home tab to plan your own roadmap.",
    );
  }
  if (state.mode === "excel") {
    try {
      checkHost();
    } catch (e) {
      const notice = byId("notice");
      notice.replaceChildren(h("p", {}, describeError(e).message));
      show(notice, true);
    }
    const last = takeRefreshOutcome(localStorage);
    if (last && !last.ok)
      showError({
        message: `The last "Refresh plan" (${new Date(last.at).toLocaleString()}) failed: ${last.message}`,
        action: "Fix it, then build again here.",
      });
  }
  setBusy(false);
  document.body.dataset.ready = state.mode;
  performance.mark("headstart-ready");
  if (state.mode === "demo") await prefillSettings();
  else {
    try {
      await inspectWorkbook();
    } catch {
      // No workbook to read yet: nothing to plan, and the first-run actions say what to do.
    }
  }
}

void start();
