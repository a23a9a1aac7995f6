/**
 * The task pane: wires the page's controls to the run (src/taskpane/run.ts) and the live workbook
 * (src/excel). Inside Excel it plans the open workbook; anywhere else it says so and offers a demo
 * on the bundled sample.
 */
import { localToday, type CalDate } from "../plan/calendar";
import { sampleInput } from "../plan/defaults";
import { diagnosticSheet, makePlan } from "../plan/index";
import type { InputGrids, InputSheets, Plan, SettingsOverrides } from "../plan/types";
import { planFileWorkbook } from "../report/workbook";
import type { WorkbookSpec } from "../report/spec";
import { templateWorkbook } from "../report/template";
import { checkHost } from "../excel/host";
import { activateSheet, insertTemplate, selectCell, writeWorkbook } from "../excel/write";
import { describeMapping, ROADMAP_FIELDS, type HeaderMapping, type SourceBlock } from "../excel/roadmap-mapping";
import { byId, h, show } from "./dom";
import { describeError, errorText, isCancel } from "./errors";
import { downloadsAllowed, exportFile, exportSheet, EXPORT_SHEETS, saveFile, type ExportKind } from "./export-files";
import { progressView, type RunEvent } from "./progress";
import { fillSettingsForm, hideResults, readSettingsForm, renderPreview, renderProblemsOnly, renderResults, showError, showFieldErrors } from "./render";
import { diagnosticRows, resultsView, type DiagnosticRow } from "./results";
import { takeRefreshOutcome } from "./last-refresh";
import { planAndReport, runPlan, type RunResult } from "./run";
import { readSelectedRoadmap, readWorkbookInput } from "../excel/session";
import { forgetRoadmapSource, loadRoadmapSource } from "../excel/roadmap-source";
import { formFromSettings, readForm } from "./settings-form";
import { themeFromBackground } from "./theme";

type Mode = "excel" | "demo";

interface State {
  mode: Mode;
  platform: string | null;
  plan: Plan | null;
  spec: WorkbookSpec | null;
  /** The input the shown plan was made from. */
  grids: InputGrids | null;
  running: AbortController | null;
  /** The user's own roadmap once its mapping is confirmed; null = the Roadmap table. */
  roadmap: { block: SourceBlock; mapping: HeaderMapping } | null;
  block: SourceBlock | null;
}

const state: State = { mode: "demo", platform: null, plan: null, spec: null, grids: null, running: null, roadmap: null, block: null };

const CONTROLS = "button, input, select";

function setBusy(busy: boolean): void {
  for (const el of document.querySelectorAll<HTMLButtonElement | HTMLInputElement | HTMLSelectElement>(CONTROLS)) {
    if (el.id === "cancel-btn") continue;
    el.disabled = busy;
  }
  document.body.setAttribute("aria-busy", busy ? "true" : "false");
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
  show(byId("progress"), true);
  byId("progress-steps").replaceChildren();
  showError(null);
}

function onProgress(e: RunEvent): void {
  const view = progressView(e);
  byId<HTMLProgressElement>("progress-bar").value = view.percent;
  byId("progress-label").textContent = view.label;
  byId("progress-steps").append(h("li", {}, view.label));
}

/* ---------- results ---------- */

/** Click-to-select: a diagnostic names its table; the cell is on the worksheet the table was read from. */
function selectDiagnostic(sheets: InputSheets): (d: DiagnosticRow) => void {
  return (d) => void selectCell(diagnosticSheet(d, sheets), d.cell).catch((e: unknown) => showError(describeError(e)));
}

function showPlan({ plan, spec, grids, sheets }: Extract<RunResult, { ok: true }>): void {
  state.plan = plan;
  state.spec = spec;
  state.grids = grids;
  const excel = state.mode === "excel";
  renderResults(resultsView(plan), sheets, excel ? {
    onDiagnostic: selectDiagnostic(plan.inputSheets),
    onSheet: (name) => activateSheet(name).catch((e: unknown) => showError(describeError(e))),
  } : {});
  if (!excel) renderPreview(spec.sheets);
  show(byId("export"), true);
}

/* ---------- build ---------- */

/** The demo's run: the sample, planned in the page; nothing to read or write. */
function demoRun(today: CalDate, overrides: SettingsOverrides, generatedAt: string): RunResult {
  onProgress({ step: "planning" });
  const planned = planAndReport(sampleInput, today, overrides, generatedAt);
  if (!planned.ok) return planned;
  onProgress({ step: "done" });
  return { ...planned, sheets: planned.spec.sheets.map((s) => s.name), notes: [] };
}

async function build(): Promise<void> {
  const form = readForm(readSettingsForm());
  showFieldErrors(form.ok ? [] : form.errors);
  if (!form.ok) return;
  const today = localToday();
  const generatedAt = new Date().toLocaleString();
  const controller = new AbortController();
  state.running = controller;
  setBusy(true);
  const cancel = byId<HTMLButtonElement>("cancel-btn");
  show(cancel, state.mode === "excel");
  cancel.disabled = false;
  startProgress();
  // Results of an earlier build must not stand beside a run that may end differently.
  hideResults();
  state.plan = null;
  state.spec = null;
  state.grids = null;
  try {
    const result =
      state.mode === "demo"
        ? demoRun(today, form.overrides, generatedAt)
        : await runPlan({
            today,
            overrides: form.overrides,
            ...(state.roadmap ? { roadmap: state.roadmap } : {}),
            onProgress,
            signal: controller.signal,
            generatedAt,
          });
    if (!result.ok) {
      byId("progress-label").textContent = "No plan was made.";
      showError({
        message: result.reason,
        action: result.diagnostics.length > 0 ? "Fix the cells listed below, then build again." : "Fix the input, then build again.",
      });
      renderProblemsOnly(diagnosticRows(result.diagnostics), state.mode === "excel" ? selectDiagnostic(result.inputSheets) : undefined);
      return;
    }
    showPlan(result);
    byId("progress-label").textContent = [state.mode === "excel" ? "Done: the plan is written." : "Done.", ...(result.undo ? [result.undo] : []), ...result.notes].join(" ");
    // The results sit below the fold of a 320 px pane: take keyboard and screen-reader users there.
    byId("results-h").focus();
  } catch (e) {
    byId("progress-label").textContent = isCancel(e) ? "Cancelled." : "Stopped by an error.";
    showError(describeError(e));
  } finally {
    state.running = null;
    show(cancel, false);
    setBusy(false);
  }
}

/* ---------- start ---------- */

/** Runs a Start action with the pane busy; what it did, or why it could not, goes to the status line. */
async function startAction(busyText: string, action: (status: HTMLElement) => Promise<void>): Promise<void> {
  const status = byId("start-status");
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
    const inserted = report.placements.map((p) => p.target);
    status.textContent = [
      inserted.length > 0 ? `Inserted ${inserted.join(", ")}.` : "Nothing inserted.",
      ...report.notes,
      withSample ? "Build the plan when ready." : "Fill in the Roadmap sheet, then build.",
    ].join(" ");
    await prefillSettings();
  });
}

function renderMapping(block: SourceBlock, mapping: HeaderMapping): void {
  const header = block.rows[0] ?? [];
  byId("mapping-source").textContent =
    `Found a roadmap on ${block.sheet} with ${Math.max(0, block.rows.length - 1)} rows. Check which of your columns holds each field.`;
  byId("mapping-fields").replaceChildren(
    ...mapping.columns.map((c) => {
      const id = `map-${c.field}`;
      const select = h(
        "select",
        { id, "data-field": c.field },
        h("option", { value: "" }, "(none)"),
        ...header.map((text, i) => h("option", { value: String(i), selected: c.column === i }, String(text ?? `Column ${i + 1}`))),
      );
      return h("div", { class: "field" }, h("label", { for: id }, c.field), select);
    }),
  );
  show(byId("mapping"), true);
}

function useMine(): Promise<void> {
  return startAction("Reading your selection…", async (status) => {
    const { block, mapping } = await readSelectedRoadmap();
    if (block.rows.length < 2) {
      status.textContent = "Select your roadmap's cells first, its header row included, then click Use my roadmap.";
      return;
    }
    state.block = block;
    renderMapping(block, mapping);
    status.textContent = mapping.missing.length > 0 ? `Choose a column for: ${mapping.missing.join(", ")}.` : "";
  });
}

function confirmMapping(): void {
  const block = state.block;
  const status = byId("start-status");
  if (!block) return;
  try {
    const choices = ROADMAP_FIELDS.map((field) => {
      const v = byId<HTMLSelectElement>(`map-${field}`).value;
      return { field, column: v === "" ? null : Number(v) };
    });
    const mapping = describeMapping(block.rows[0] ?? [], choices);
    if (mapping.missing.length > 0) {
      status.textContent = `Choose a column for: ${mapping.missing.join(", ")}.`;
      return;
    }
    state.roadmap = { block, mapping };
    status.textContent = `Using your roadmap on ${block.sheet}. Build the plan when ready.`;
  } catch (e) {
    status.textContent = describeError(e).message;
  }
}

/** Says when builds (and "Refresh plan") will use the roadmap remembered in the workbook: only when there is no Roadmap table. */
async function showSavedRoadmap(): Promise<void> {
  const saved = await loadRoadmapSource();
  const used = saved?.ok === true && !(await readWorkbookInput()).roadmap ? saved.source : null;
  byId("saved-roadmap-text").textContent = used ? `Using your roadmap on ${used.sheet} (saved mapping).` : "";
  show(byId("saved-roadmap"), used !== null);
  if (saved && !saved.ok) byId("start-status").textContent = saved.note;
}

function forgetSaved(): Promise<void> {
  return startAction("Forgetting the saved roadmap…", async (status) => {
    await forgetRoadmapSource();
    state.roadmap = null;
    show(byId("saved-roadmap"), false);
    status.textContent = "Builds use the Roadmap table again (insert a template if there is none).";
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
    // The .xlsx carries the input sheets too, so its Diagnostics links land and it plans again.
    const file = await exportFile(kind, plan, () => planFileWorkbook(spec, state.grids));
    const canDownload = downloadsAllowed(state.platform);
    if (canDownload) saveFile(file);
    if (state.mode === "excel" && kind !== "xlsx") {
      // Always also as a sheet: some hosts drop downloads without a word.
      // The plan's status cell is on Summary, not among these sheets, so the writer leaves it alone.
      await writeWorkbook({ sheets: [exportSheet(kind, String(file.data))], status: spec.status });
      await activateSheet(EXPORT_SHEETS[kind]);
    }
    status.textContent = [
      canDownload ? `Downloaded ${file.name}.` : "",
      state.mode === "excel" && kind !== "xlsx" ? `Written to the sheet "${EXPORT_SHEETS[kind]}" (File > Save a Copy to keep it).` : "",
      state.mode === "excel" && kind === "xlsx" ? "The plan's sheets are in this workbook: File > Save a Copy keeps them as .xlsx." : "",
    ].filter(Boolean).join(" ");
  } catch (e) {
    status.textContent = errorText(e);
  }
}

/* ---------- start-up ---------- */

/** Fills the form with the settings the workbook (or, in the demo, the sample) would plan with. */
async function prefillSettings(): Promise<void> {
  try {
    const outcome = makePlan(state.mode === "demo" ? sampleInput : await readWorkbookInput(), { today: localToday() });
    if (outcome.ok) fillSettingsForm(formFromSettings(outcome.plan.settings));
  } catch {
    // No template yet: the form stays empty and the Settings table's defaults apply.
  }
}

function wire(): void {
  byId("insert-sample").addEventListener("click", () => void insert(true));
  byId("insert-empty").addEventListener("click", () => void insert(false));
  byId("use-mine").addEventListener("click", () => void useMine());
  byId("mapping-confirm").addEventListener("click", confirmMapping);
  byId("forget-roadmap").addEventListener("click", () => void forgetSaved());
  byId("build-btn").addEventListener("click", () => void build());
  byId("cancel-btn").addEventListener("click", () => {
    state.running?.abort();
    byId<HTMLButtonElement>("cancel-btn").disabled = true;
    byId("progress-label").textContent = "Cancelling after the current step…";
  });
  byId("settings-form").addEventListener("submit", (e) => {
    e.preventDefault();
    void build();
  });
  byId("x-csv").addEventListener("click", () => void exportAs("csv"));
  byId("x-ics").addEventListener("click", () => void exportAs("ics"));
  byId("x-xlsx").addEventListener("click", () => void exportAs("xlsx"));
}

function enterDemo(reason: string): void {
  state.mode = "demo";
  const notice = byId("notice");
  notice.replaceChildren(
    h("p", {}, h("strong", {}, "Headstart works inside Excel. "), reason),
    h("p", {}, "Meanwhile, try it on the bundled sample AI roadmap: change the settings if you like, plan it, preview the sheets and download the workbook."),
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
    if (last && !last.ok) showError({ message: `The last "Refresh plan" (${new Date(last.at).toLocaleString()}) failed: ${last.message}`, action: "Fix it, then build again here." });
    try {
      await showSavedRoadmap();
    } catch {
      // No workbook to read yet: nothing saved can be in use.
    }
  }
  setBusy(false);
  document.body.dataset.ready = state.mode;
  performance.mark("headstart-ready");
  await prefillSettings();
}

void start();
