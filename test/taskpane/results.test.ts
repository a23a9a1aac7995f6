import { describe, expect, it } from "vitest";
import { date } from "../../src/plan/calendar";
import { sampleInput } from "../../src/plan/defaults";
import { makePlan } from "../../src/plan/index";
import { summarizePlan } from "../../src/plan/summary";
import type { Diagnostic, Plan } from "../../src/plan/types";
import { diagnosticRows, formatMoney, resultsView } from "../../src/taskpane/results";

const today = date(2026, 11, 26);

function plan(grids: Parameters<typeof makePlan>[0]): Plan {
  const o = makePlan(grids, { today });
  if (!o.ok) throw new Error(o.reason);
  return o.plan;
}

describe("resultsView", () => {
  const sample = plan(sampleInput);
  const view = resultsView(sample, "en-US");

  it("counts every hire once, by role and by status", () => {
    expect(view.totalHires).toBe(sample.hires.length);
    expect(view.hiresByRole.reduce((n, r) => n + r.hires, 0)).toBe(sample.hires.length);
    expect(view.hiresByRole.every((r) => r.hires > 0)).toBe(true);
    expect(view.statusCounts.map((s) => s.status)).toEqual(["on track", "start now", "at risk"]);
    expect(view.statusCounts.reduce((n, s) => n + s.count, 0)).toBe(sample.hires.length);
  });

  it("lists the first pipelines the engine's summary picks, in its order", () => {
    const s = summarizePlan(sample);
    expect(view.firstPipelines.map((p) => p.role)).toEqual(s.firstPipelines.map((h) => h.role));
    const starts = view.firstPipelines.map((p) => p.pipelineStart);
    expect([...starts].sort()).toEqual(starts);
    expect(starts.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
  });

  it("shows the total cost in the plan's currency", () => {
    expect(view.totalCost).toBe(formatMoney(sample.totals.cost, "USD", "en-US"));
    expect(view.totalCost).toMatch(/^\$[\d,]+$/);
  });

  it("points every diagnostic of a faulty roadmap at its cell, errors first", () => {
    const rows = sampleInput.roadmap?.rows ?? [];
    const broken = rows.map((r, i) => r.map((c, j) => (i === 2 && j === 2 ? "Quantum widgets" : i === 4 && j === 5 ? "XXL" : c)));
    const faulty = plan({ ...sampleInput, roadmap: { sheet: "Roadmap", originRow: 3, originCol: 2, rows: broken } });
    const view = resultsView(faulty).diagnostics;
    expect(view.length).toBe(faulty.diagnostics.length);
    const errors = view.filter((r) => r.severity === "error");
    // Row 3 of the grid (index 2) is sheet row 5; Workstream is its 3rd column (after Key and Initiative), D; Size the 6th, G.
    expect(errors.map((r) => r.where)).toEqual(["Roadmap!D5", "Roadmap!G7"]);
    expect(view.slice(0, errors.length)).toEqual(errors);
  });
});

describe("diagnosticRows", () => {
  it("keeps the input's order within a severity", () => {
    const d = (severity: Diagnostic["severity"], cell: string): Diagnostic => ({ severity, sheet: "Roadmap", cell, message: cell });
    expect(diagnosticRows([d("warning", "A2"), d("error", "B3"), d("warning", "C4"), d("error", "D5")]).map((r) => r.cell)).toEqual(["B3", "D5", "A2", "C4"]);
  });
});

describe("formatMoney", () => {
  it("falls back to the code when Intl does not know the currency", () => {
    expect(formatMoney(1234.4, "EUR", "en-US")).toBe("€1,234");
    expect(formatMoney(1234.4, "ZZZ1", "en-US")).toBe("1,234 ZZZ1");
  });
});
