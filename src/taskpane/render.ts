import type { SheetSpec } from "../report/spec";
import { byId, h, show } from "./dom";
import type { ErrorView } from "./errors";
import type { FieldError, SettingsField, SettingsForm } from "./settings-form";
import { sheetText } from "./preview";
import type { DiagnosticRow, ResultsView } from "./results";

export const SETTINGS_FIELDS: readonly SettingsField[] = [
  "planStart",
  "horizonMonths",
  "asOf",
  "confidenceMode",
  "availability",
  "reqsPerRecruiter",
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
  const first = errors[0];
  if (first) fieldControl(first.field).focus();
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
}

export function renderResults(view: ResultsView, sheets: readonly string[], handlers: ResultsHandlers): void {
  byId("r-hires").textContent = String(view.totalHires);
  byId("r-cost").textContent = view.totalCost;
  byId("r-status").replaceChildren(
    ...view.statusCounts.map((s) => h("li", { class: statusClass(s.status) }, `${s.count} ${s.status}`)),
  );
  byId("r-roles").replaceChildren(
    ...view.hiresByRole.map((r) => h("tr", {}, h("td", {}, r.role), h("td", { class: "num" }, String(r.hires)))),
  );
  byId("r-pipelines").replaceChildren(
    ...view.firstPipelines.map((p) =>
      h(
        "li",
        {},
        `${p.role} — start sourcing ${p.pipelineStart}`,
        h("span", { class: "meta" }, `${p.initiative}; req opens ${p.reqOpen}; ${p.status}`),
      ),
    ),
  );
  show(byId("r-diagnostics-block"), view.diagnostics.length > 0);
  const onDiagnostic = handlers.onDiagnostic;
  byId("r-diagnostics").replaceChildren(
    ...view.diagnostics.map((d) => {
      const body = [
        h("span", { class: "sev" }, d.severity === "error" ? "Error" : "Warning"),
        h("span", { class: "where" }, d.where),
        h("span", { class: "msg" }, d.message),
      ];
      // Outside Office there is no cell to go to: the row is plain text, not a dead button.
      const row = onDiagnostic
        ? h("button", { type: "button", class: `diag ${d.severity}`, "data-cell": d.where, title: `Go to ${d.where}` }, ...body)
        : h("div", { class: `diag ${d.severity}` }, ...body);
      if (onDiagnostic) row.addEventListener("click", () => onDiagnostic(d));
      return h("li", {}, row);
    }),
  );
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
  show(byId("results"), true);
}

/** The demo's preview: one tab per sheet, each an HTML table of the cells as Excel shows them. */
export function renderPreview(sheets: readonly SheetSpec[]): void {
  const panel = h("div", { role: "tabpanel", class: "sheet-scroll", tabindex: "0" });
  const tabs = sheets.map((s, i) =>
    h("button", { type: "button", role: "tab", class: "tab", id: `tab-${i}`, "aria-selected": i === 0 ? "true" : "false", tabindex: i === 0 ? "0" : "-1" }, s.name),
  );
  const select = (i: number): void => {
    const sheet = sheets[i];
    if (!sheet) return;
    tabs.forEach((t, j) => {
      t.setAttribute("aria-selected", j === i ? "true" : "false");
      t.tabIndex = j === i ? 0 : -1;
    });
    panel.setAttribute("aria-labelledby", `tab-${i}`);
    const text = sheetText(sheet);
    panel.replaceChildren(
      h(
        "table",
        { class: "sheet" },
        h(
          "tbody",
          {},
          ...text.map((row, ri) =>
            h("tr", {}, ...row.map((t, ci) => h("td", { class: typeof sheet.cells[ri]?.[ci] === "number" ? "n" : undefined }, t))),
          ),
        ),
      ),
    );
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
  root.replaceChildren(h("h3", {}, "Preview of the sheets"), h("div", { role: "tablist", class: "tabs", "aria-label": "Sheets" }, ...tabs), panel);
  select(0);
  show(root, true);
}
