/**
 * Workbook specs for the writer's tests and bench: a small hand-built one, a generated one of any
 * number of hire rows (built from the spec types alone), and the real sample plan's.
 */
import { date } from "../../src/plan/calendar";
import { sampleInput } from "../../src/plan/defaults";
import { makePlan } from "../../src/plan/index";
import type { Cell, InputGrids } from "../../src/plan/types";
import type { SheetSpec, SpecCell, WorkbookSpec } from "../../src/report/spec";
import { planWorkbook } from "../../src/report/workbook";
import { sheetSpec } from "../fixtures/spec";

/** User text that a careless writer would turn into a formula or a number. */
export const INJECTION_CORPUS: readonly string[] = [
  '=HYPERLINK("http://x","y")',
  "+1",
  "-2",
  "@SUM(A1)",
  "=cmd|' /C calc'!A0",
  "=1+1",
  "+A1",
  "-A1*2",
  "@A1",
  "=",
  "'quoted",
  "00123",
  "12%",
  "TRUE",
  "2027-01-15",
  '=IMPORTXML("http://x","//a")',
  "\t=1+2",
  'DDE("cmd";"/C calc";"x")',
];

const STATUS = {
  sheet: "Summary",
  cell: "B2",
  incomplete: "Incomplete: writing the plan",
  complete: "Complete: every sheet written (2026-10-01T00:00:00Z)",
} as const;

function sheet(name: string, cells: SpecCell[][], extra: Partial<SheetSpec> = {}): SheetSpec {
  return sheetSpec({ name, cells, ...extra });
}

/** A small spec touching every feature of the spec, with user text from the injection corpus. */
export function handSpec(): WorkbookSpec {
  const summary = sheet(
    "Summary",
    [
      ["Headstart plan", null],
      ["Status", STATUS.complete],
      ["Total hires", { formula: "=COUNTA('Hiring Plan'!A2:A4)", result: 3 }],
      ["Total cost", { formula: "=SUM('Hiring Plan'!E2:E4)", result: 600000 }],
      ["Note", INJECTION_CORPUS[0] ?? ""],
    ],
    {
      columnWidths: [18, 40],
      numberFormats: [{ range: "B4", format: "#,##0" }],
      styles: [
        { range: "A1", style: { bold: true, fontSize: 14 } },
        { range: "A2:A5", style: { bold: true, borderBottom: "#D9D9D9" } },
      ],
      links: [{ cell: "A3", target: "'Hiring Plan'!A1" }],
      tabColor: "#1F4E79",
    },
  );
  const hires: SpecCell[][] = [
    ["Hire", "Role", "Initiative", "Need by", "Cost", "Status"],
    ["H-001", "ML Engineer", "+1", 46388, 200000, "on track"],
    ["H-002", "AI Engineer", "@SUM(A1)", 46419, 180000, "at risk"],
    ["H-003", "Data Scientist", "=cmd|' /C calc'!A0", 46447, 220000, "start now"],
  ];
  const plan = sheet("Hiring Plan", hires, {
    columnWidths: [10, 24, 30, 12, 12, 12],
    numberFormats: [
      { range: "D2:D4", format: "yyyy-mm-dd" },
      { range: "E2:E4", format: "#,##0" },
    ],
    styles: [{ range: "A1:F1", style: { bold: true, fill: "#DDEBF7", horizontalAlignment: "center", wrapText: true } }],
    tables: [{ name: "HiringPlan", range: "A1:F4", style: "TableStyleLight9" }],
    conditionalFormats: [
      {
        range: "F2:F4",
        rules: [
          { formula: '=$F2="at risk"', style: { fill: "#F8CBAD", bold: true } },
          { formula: '=$F2="start now"', style: { fill: "#FFE699", fontColor: "#7F6000" } },
        ],
      },
    ],
    validations: [{ range: "F2:F4", list: ["on track", "start now", "at risk"] }],
    charts: [
      { title: "Cost by hire", type: "columnClustered", dataRange: "A1:A4", seriesBy: "columns", anchor: "H2", width: 480, height: 288 },
    ],
    freeze: { rows: 1, columns: 1 },
  });
  return { sheets: [summary, plan], status: STATUS };
}

/** A plan-shaped spec of `hires` rows: ids, text (cycling the injection corpus), dates, formulas. */
export function generatedSpec(hires: number): WorkbookSpec {
  const roles = ["ML Engineer", "AI Engineer", "MLOps / ML Platform Engineer", "AI Infrastructure Engineer", "Data Scientist"];
  const header = [
    "Hire",
    "Role",
    "Initiative",
    "Owner",
    "Priority",
    "Need by",
    "Start",
    "Req opens",
    "Pipeline starts",
    "Slack (days)",
    "Status",
    "Cost",
    "Notes",
  ];
  const rows: SpecCell[][] = [header];
  for (let i = 0; i < hires; i++) {
    const r = i + 2;
    const need = 46388 + (i % 365);
    rows.push([
      `H-${String(i + 1).padStart(5, "0")}`,
      roles[i % roles.length] ?? "",
      `${INJECTION_CORPUS[i % INJECTION_CORPUS.length] ?? ""} #${i}`,
      INJECTION_CORPUS[(i + 3) % INJECTION_CORPUS.length] ?? "",
      `P${i % 4}`,
      need,
      need - 30,
      need - 120,
      need - 150,
      { formula: `=H${r}-TODAY()`, result: 30 },
      ["on track", "start now", "at risk"][i % 3] ?? "",
      { formula: `=ROUND(200000*(F${r}-G${r})/365,2)`, result: 16438.36 },
      i % 7 === 0 ? (INJECTION_CORPUS[i % INJECTION_CORPUS.length] ?? "") : "",
    ]);
  }
  const last = hires + 1;
  const plan = sheet("Hiring Plan", rows, {
    columnWidths: [10, 28, 36, 18, 9, 12, 12, 12, 14, 10, 11, 12, 30],
    numberFormats: [
      { range: `F2:I${last}`, format: "yyyy-mm-dd" },
      { range: `J2:J${last}`, format: "0" },
      { range: `L2:L${last}`, format: "#,##0.00" },
    ],
    styles: [{ range: "A1:M1", style: { bold: true, fill: "#DDEBF7" } }],
    tables: [{ name: "HiringPlan", range: `A1:M${last}` }],
    conditionalFormats: [{ range: `K2:K${last}`, rules: [{ formula: '=$K2="at risk"', style: { fill: "#F8CBAD" } }] }],
    validations: [{ range: `K2:K${last}`, list: ["on track", "start now", "at risk"] }],
    freeze: { rows: 1, columns: 1 },
  });
  const summary = sheet(
    "Summary",
    [
      ["Headstart plan", null],
      ["Status", STATUS.complete],
      ["Hires", { formula: `=ROWS('Hiring Plan'!A2:A${last})`, result: hires }],
      ["Cost", { formula: `=SUM('Hiring Plan'!L2:L${last})`, result: 0 }],
    ],
    { columnWidths: [14, 50], links: [{ cell: "A3", target: "'Hiring Plan'!A1" }] },
  );
  return { sheets: [summary, plan], status: STATUS };
}

export const TODAY = date(2026, 10, 1);
export const GENERATED_AT = "2026-10-01T00:00:00Z";

export function planSpec(input: InputGrids): WorkbookSpec {
  const outcome = makePlan(input, { today: TODAY });
  if (!outcome.ok) throw new Error(`the test input makes no plan: ${outcome.error.reason}`);
  return planWorkbook(outcome.value, { generatedAt: GENERATED_AT });
}

/** The bundled sample's workbook, as the add-in writes it. */
export function samplePlanSpec(): WorkbookSpec {
  return planSpec(sampleInput);
}

/**
 * A real plan of at least `minHires` hires: the sample with extra XL initiatives whose names and
 * notes come from the injection corpus.
 */
export function largePlanSpec(minHires: number): { spec: WorkbookSpec; hires: number } {
  const roadmap = sampleInput.roadmap;
  const workstreams = sampleInput.workstreams;
  if (!roadmap || !workstreams) throw new Error("the sample has no roadmap");
  const kinds = workstreams.rows.slice(1).map((r) => String(r[0]));
  // About 7.5 hires per XL initiative over a year with the default mixes; grow until enough.
  for (let n = Math.ceil(minHires / 7.5); ; n = Math.ceil(n * 1.1)) {
    const rows = [
      ...roadmap.rows,
      ...Array.from({ length: n }, (_, i) =>
        byHeader(roadmap.rows[0] ?? [], {
          initiative: `${INJECTION_CORPUS[i % INJECTION_CORPUS.length] ?? ""} ${i}`,
          workstream: kinds[i % kinds.length] ?? "",
          start: "2027-01",
          end: "2027-12",
          size: "XL",
          confidence: "100%",
          priority: "P1",
          owner: INJECTION_CORPUS[(i + 5) % INJECTION_CORPUS.length] ?? "",
          notes: INJECTION_CORPUS[(i + 9) % INJECTION_CORPUS.length] ?? "",
        }),
      ),
    ];
    const outcome = makePlan({ ...sampleInput, roadmap: { ...roadmap, rows } }, { today: TODAY });
    if (!outcome.ok) throw new Error(outcome.error.reason);
    if (outcome.value.hires.length >= minHires)
      return { spec: planWorkbook(outcome.value, { generatedAt: GENERATED_AT }), hires: outcome.value.hires.length };
  }
}

/** A row for `header` with each value in the column its (lower-case) header names; others empty. */
export function byHeader(header: readonly Cell[], values: Readonly<Record<string, Cell>>): Cell[] {
  return header.map((h) => values[String(h).trim().toLowerCase()] ?? "");
}
