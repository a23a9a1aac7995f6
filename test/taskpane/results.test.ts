import { describe, expect, it } from "vitest";
import { date, formatDate } from "../../src/plan/calendar";
import { sampleInput } from "../../src/plan/defaults";
import { makePlan } from "../../src/plan/index";
import { summarizePlan } from "../../src/plan/summary";
import type { Diagnostic, Plan } from "../../src/plan/types";
import {
  diagnosticRows,
  formatMoney,
  groupDiagnostics,
  headline,
  inSheets,
  resultsView,
  roadmapCounts,
  spanText,
} from "../../src/taskpane/results";

const today = date(2026, 11, 26);

function plan(grids: Parameters<typeof makePlan>[0]): Plan {
  const o = makePlan(grids, { today });
  if (!o.ok) throw new Error(o.error.reason);
  return o.value;
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

  it("lists the first pipelines the engine's summary picks, in its order, alike hires as one line", () => {
    const s = summarizePlan(sample);
    expect(view.firstPipelines.flatMap((p) => Array<string>(p.count).fill(p.role))).toEqual(s.firstPipelines.map((h) => h.role));
    expect(view.firstPipelines.some((p) => p.count > 1)).toBe(true);
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
    // Read from no sheet of a workbook (a CSV, say): there is no cell to go to.
    expect(errors.every((r) => !r.inWorkbook)).toBe(true);
    expect(view.slice(0, errors.length)).toEqual(errors);
  });
});

describe("where the user's sheets are", () => {
  it("names the sheet the table was read from, quoted as Excel quotes it, in the address and the message", () => {
    const d: Diagnostic = { severity: "error", sheet: "Roadmap", cell: "B6", message: "like Roadmap!B2 above" };
    const [row] = diagnosticRows([d], { Roadmap: "2027 roadmap" });
    expect(row?.where).toBe("'2027 roadmap'!B6");
    expect(row?.message).toBe("like '2027 roadmap'!B2 above");
    expect(row?.inWorkbook).toBe(true);
    expect(inSheets("Roadmap!A1: no valid roadmap row", { Roadmap: "Plan" })).toBe("Plan!A1: no valid roadmap row");
    // A word that only looks like a table name stays.
    expect(inSheets("the Roadmap! table", { Roadmap: "Plan" })).toBe("the Roadmap! table");
  });
});

describe("the results in few lines", () => {
  it("groups diagnostics that differ only in their values and cells", () => {
    const d = (cell: string, message: string): Diagnostic => ({ severity: "warning", sheet: "Roadmap", cell, message });
    const groups = groupDiagnostics(
      diagnosticRows([
        d("C2", '"Search" ends 2028-03, after the plan: clipped to 12 months'),
        d("C3", '"Fraud" ends 2028-05, after the plan: clipped to 12 months'),
        d("F4", "size 7 is more than five"),
      ]),
    );
    expect(groups.map((g) => [g.first.cell, g.more.map((m) => m.cell)])).toEqual([
      ["C2", ["C3"]],
      ["F4", []],
    ]);
  });

  it("says how late in the unit a planner would use", () => {
    expect(spanText(1)).toBe("1 day");
    expect(spanText(10)).toBe("10 days");
    expect(spanText(21)).toBe("3 weeks");
    expect(spanText(109)).toBe("3½ months");
    expect(spanText(91)).toBe("3 months");
  });

  it("marks a pipeline that should have started by the plan's As of as overdue, and no other", () => {
    const sample = plan(sampleInput);
    const view = resultsView(sample, "en-US");
    const asOf = formatDate(sample.settings.asOf);
    for (const p of view.firstPipelines) expect(p.overdue !== "").toBe(p.pipelineStart < asOf);
    expect(view.firstPipelines.some((p) => p.overdue !== "")).toBe(true);
  });

  it("counts the roadmap's rows, the initiatives planned and the rows to fix", () => {
    const rows = sampleInput.roadmap?.rows ?? [];
    const broken = rows.map((r, i) => r.map((c, j) => ((i === 2 || i === 5) && j === 2 ? "Quantum widgets" : c)));
    const roadmap = { sheet: "Roadmap" as const, originRow: 1, originCol: 1, rows: [...broken, broken.map(() => "")] };
    const counts = roadmapCounts(plan({ ...sampleInput, roadmap }), roadmap);
    expect(counts).toEqual({ rows: rows.length - 1, planned: rows.length - 3, toFix: 2 });
    expect(headline(counts)).toBe(`Planned ${rows.length - 3} of ${rows.length - 1} initiatives — 2 rows need fixing.`);
    expect(headline({ rows: 4, planned: 4, toFix: 0 })).toBe("Planned all 4 initiatives.");
    expect(headline({ rows: 5, planned: 3, toFix: 1 })).toBe(
      "Planned 3 of 5 initiatives — 1 row needs fixing, 1 row outside the plan's months.",
    );
  });
});

describe("diagnosticRows", () => {
  it("keeps the input's order within a severity", () => {
    const d = (severity: Diagnostic["severity"], cell: string): Diagnostic => ({ severity, sheet: "Roadmap", cell, message: cell });
    expect(diagnosticRows([d("warning", "A2"), d("error", "B3"), d("warning", "C4"), d("error", "D5")]).map((r) => r.cell)).toEqual([
      "B3",
      "D5",
      "A2",
      "C4",
    ]);
  });
});

describe("formatMoney", () => {
  it("falls back to the code when Intl does not know the currency", () => {
    expect(formatMoney(1234.4, "EUR", "en-US")).toBe("€1,234");
    expect(formatMoney(1234.4, "ZZZ1", "en-US")).toBe("1,234 ZZZ1");
  });
});

describe("resultsView with recruiting capacity", () => {
  it("says what slipped and the what-if, with the recruiters to rebuild with; nothing without capacity", async () => {
    const { capacityPlan } = await import("../plan/support/example-grids");
    const view = resultsView(capacityPlan(), "en-US");
    expect(view.capacity?.text).toMatch(
      /^8 hires slip for recruiting capacity .*\. 4 recruiters \(the plan has 2\), .* keep every pipeline on time\.$/,
    );
    expect(view.capacity?.suggestedRecruiters).toBe(4);
    expect(resultsView(plan(sampleInput), "en-US").capacity).toBeNull();
  });
});
