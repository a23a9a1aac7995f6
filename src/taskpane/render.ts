import type { SheetSpec } from "../report/spec";
import { byId, h, show } from "./dom";
import type { ErrorView } from "../app/errors";
import type { FieldError, SettingsField, SettingsForm } from "./settings-form";
import { columnPixels, previewRows } from "./preview";
import { groupDiagnostics, type DiagnosticRow, type PipelineRow, type ResultsView } from "./results";

export const SETTINGS_FIELDS: readonly SettingsField[] = [
  "planStart",
  "horizonMonths",
  "asOf",
  "confidenceMode",
  "availability",
  "reqsPerRecruiter",
  "recruiters",
  "currency",
];

const fieldControl = (f: SettingsField): HTMLInputElement | HTMLSelectElement => byId(`s-${f}`);

export function readSettingsForm(): SettingsForm {
  return Object.fromEntries(SETTINGS_FIELDS.map((f) => [f, fieldControl(f).value])) as unknown as SettingsForm;
}

export function fillSettingsForm(form: SettingsForm): void {
  for (const f of SETTINGS_FIELDS) fieldControl(f).value = form[f];
}

export function showFieldErrors(errors: readonly FieldError[]): void {
  for (const f of SETTINGS_FIELDS) {
    const err = errors.find((e) => e.field === f);
    fieldControl(f).setAttribute("aria-invalid", err ? "true" : "false");
    byId(`s-${f}-err`).textContent = err?.message ?? "";
  }
  // The first in the form's order, whatever order the errors came in.
  const first = SETTINGS_FIELDS.find((f) => errors.some((e) => e.field === f));
  if (first) fieldControl(first).focus();
}

export function showError(view: ErrorView | null): void {
  show(byId("build-error"), view !== null);
  byId("build-error-message").textContent = view?.message ?? "";
  byId("build-error-action").textContent = view?.action ?? "";
}

const statusClass = (status: string): string => `s-${status.replace(/\s+/g, "-")}`;

export interface ResultsHandlers {
  /** Select the diagnostic's cell in the workbook (absent outside Office). */
  readonly onDiagnostic?: (row: DiagnosticRow) => void;
  /** Activate a generated sheet (absent outside Office). */
  readonly onSheet?: (name: string) => void;
  /** Build again with this many recruiters (the capacity what-if). */
  readonly onRecruiters?: (recruiters: number) => void;
}

/** Puts one value in the Settings form, where the user sees it and the next build reads it. */
export function setSettingsField(field: SettingsField, value: string): void {
  fieldControl(field).value = value;
}

/** The Results section for a plan: figures, diagnostics and links to the written sheets. */
export function renderResults(view: ResultsView, sheets: readonly string[], handlers: ResultsHandlers): void {
  byId("r-hires").textContent = String(view.totalHires);
  byId("r-cost").textContent = view.totalCost;
  byId("r-changes").textContent = view.changes;
  show(byId("r-changes"), view.changes !== "");
  byId("r-tracked").textContent = view.tracked === "" ? "" : `Under way (Tracking table): ${view.tracked}.`;
  show(byId("r-tracked"), view.tracked !== "");
  byId("r-status").replaceChildren(...view.statusCounts.map((s) => h("li", { class: statusClass(s.status) }, `${s.count} ${s.status}`)));
  byId("r-roles").replaceChildren(
    ...view.hiresByRole.map((r) => h("tr", {}, h("td", {}, r.role), h("td", { class: "num" }, String(r.hires)))),
  );
  byId("r-pipelines").replaceChildren(...view.firstPipelines.map(pipelineItem));
  renderCapacity(view.capacity, handlers.onRecruiters);
  const onSheet = handlers.onSheet;
  show(byId("r-sheets-h"), sheets.length > 0 && onSheet !== undefined);
  byId("r-sheets").replaceChildren(
    ...(onSheet
      ? sheets.map((name) => {
          const b = h("button", { type: "button", class: "link", "data-sheet": name }, name);
          b.addEventListener("click", () => onSheet(name));
          return h("li", {}, b);
        })
      : []),
  );
  show(byId("r-plan"), true);
  renderDiagnostics(view.diagnostics, handlers.onDiagnostic);
  show(byId("results"), true);
}

function renderCapacity(capacity: ResultsView["capacity"], onRecruiters: ResultsHandlers["onRecruiters"]): void {
  show(byId("r-capacity"), capacity !== null);
  byId("r-capacity-text").textContent = capacity?.text ?? "";
  const rebuild = byId<HTMLButtonElement>("r-capacity-rebuild");
  const n = capacity?.suggestedRecruiters ?? null;
  show(rebuild, n !== null && onRecruiters !== undefined);
  rebuild.textContent = n === null ? "" : `Rebuild with ${n} recruiters`;
  rebuild.onclick = n === null || !onRecruiters ? null : () => onRecruiters(n);
}

/** Only the input's problems, when they stopped the plan. */
export function renderProblemsOnly(rows: readonly DiagnosticRow[], onDiagnostic: ResultsHandlers["onDiagnostic"]): void {
  show(byId("r-plan"), false);
  show(byId("r-sheets-h"), false);
  byId("r-sheets").replaceChildren();
  show(byId("preview"), false);
  renderDiagnostics(rows, onDiagnostic);
  show(byId("results"), rows.length > 0);
}

export function hideResults(): void {
  show(byId("results"), false);
  show(byId("export"), false);
}

/** "2 × LLM / GenAI Specialist — start sourcing now, overdue by 3½ months", the date and why after. */
function pipelineItem(p: PipelineRow): HTMLLIElement {
  const who = `${p.count > 1 ? `${p.count} × ` : ""}${p.role}`;
  const when = p.overdue
    ? [" — start sourcing now, ", h("strong", { class: "overdue" }, p.overdue)]
    : [" — start sourcing ", h("span", { class: "date" }, p.pipelineStart)];
  return h(
    "li",
    {},
    who,
    ...when,
    h("span", { class: "meta" }, `${p.initiative}; ${p.overdue ? `was due ${p.pipelineStart}; ` : ""}req opens ${p.reqOpen}; ${p.status}`),
  );
}

/** A diagnostic's cell: a button that selects it in Excel, or plain text where there is none to go to. */
function cellLink(d: DiagnosticRow, onDiagnostic: ResultsHandlers["onDiagnostic"], cls: string, ...body: HTMLElement[]): HTMLElement {
  if (!onDiagnostic || !d.inWorkbook) return h("div", { class: cls }, ...body);
  const b = h("button", { type: "button", class: cls, "data-cell": d.where, title: `Go to ${d.where}` }, ...body);
  b.addEventListener("click", () => onDiagnostic(d));
  return b;
}

function renderDiagnostics(rows: readonly DiagnosticRow[], onDiagnostic: ResultsHandlers["onDiagnostic"]): void {
  show(byId("r-diagnostics-block"), rows.length > 0);
  byId("r-diagnostics").replaceChildren(
    ...groupDiagnostics(rows).map(({ first: d, more }) => {
      const card = cellLink(
        d,
        onDiagnostic,
        `diag ${d.severity}`,
        h("span", { class: "sev" }, d.severity === "error" ? "Error" : "Warning"),
        h("span", { class: "where" }, d.where),
        h("span", { class: "msg" }, d.message),
      );
      if (more.length === 0) return h("li", {}, card);
      // The same problem on other rows: one line of their cells, each still a way to the cell.
      const others = h(
        "details",
        { class: "more" },
        h("summary", {}, `The same on ${more.length} more row${more.length === 1 ? "" : "s"}`),
        h(
          "ul",
          { class: "links" },
          ...more.map((m) => h("li", {}, cellLink(m, onDiagnostic, "link cell", h("span", { title: m.message }, m.where)))),
        ),
      );
      return h("li", { class: "group" }, card, others);
    }),
  );
}

/** The demo's preview: one tab per sheet, each an HTML table of the cells as Excel shows them. */
export function renderPreview(sheets: readonly SheetSpec[]): void {
  const panel = h("div", { role: "tabpanel", class: "sheet-scroll", tabindex: "0" });
  const tabs = sheets.map((s, i) =>
    h(
      "button",
      {
        type: "button",
        role: "tab",
        class: "tab",
        id: `tab-${i}`,
        "aria-selected": i === 0 ? "true" : "false",
        tabindex: i === 0 ? "0" : "-1",
      },
      s.name,
    ),
  );
  const select = (i: number): void => {
    const sheet = sheets[i];
    if (!sheet) return;
    tabs.forEach((t, j) => {
      t.setAttribute("aria-selected", j === i ? "true" : "false");
      t.tabIndex = j === i ? 0 : -1;
    });
    panel.setAttribute("aria-labelledby", `tab-${i}`);
    const rows = previewRows(sheet);
    const columns = Math.max(0, ...sheet.cells.map((r) => r.length));
    const cols = Array.from({ length: columns }, (_, i) => {
      const col = h("col");
      col.style.width = `${columnPixels(sheet.columnWidths[i])}px`;
      return col;
    });
    const table = h(
      "table",
      { class: "sheet" },
      h("colgroup", {}, ...cols),
      h(
        "tbody",
        {},
        ...rows.map((row) =>
          h(
            "tr",
            {},
            ...row.map((c) => h("td", { class: c.numeric ? "n" : undefined, colspan: c.span > 1 ? String(c.span) : undefined }, c.text)),
          ),
        ),
      ),
    );
    table.style.width = `${cols.reduce((w, _, i) => w + columnPixels(sheet.columnWidths[i]), 0)}px`;
    panel.replaceChildren(table);
  };
  tabs.forEach((t, i) => {
    t.addEventListener("click", () => select(i));
    // Arrow keys move between tabs, as the ARIA tabs pattern expects.
    t.addEventListener("keydown", (e) => {
      const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
      if (!step) return;
      const next = (i + step + tabs.length) % tabs.length;
      select(next);
      tabs[next]?.focus();
    });
  });
  const root = byId("preview");
  root.replaceChildren(
    h("h3", {}, "Preview of the sheets"),
    h("div", { role: "tablist", class: "tabs", "aria-label": "Sheets" }, ...tabs),
    panel,
  );
  select(0);
  show(root, true);
}
