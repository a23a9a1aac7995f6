import { describe, expect, it } from "vitest";
import type { Diagnostic, Initiative, Settings, Workstream } from "../../../src/plan/types";
import { initiativeCode } from "../../../src/plan/ids";
import { date, formatMonth, month } from "../../../src/plan/calendar";
import { readRoadmap } from "../../../src/plan/input/roadmap";
import { roadmap, grid, ROADMAP_HEADER } from "../support/fixtures";

const settings: Settings = {
  planStart: month(2027, 1),
  horizonMonths: 12,
  asOf: date(2026, 10, 1),
  availability: 1,
  confidenceMode: "full",
  reqsPerRecruiter: 12,
  recruiters: null,
  currency: "USD",
};
const workstreams: Workstream[] = [{ name: "Predictive ML model", kind: "production", mix: new Map([["ML Engineer", 2]]), sheetRow: 2 }];

function read(rows: (string | number | boolean | null)[][], s: Partial<Settings> = {}) {
  const out: Diagnostic[] = [];
  const r = readRoadmap(roadmap(...rows), workstreams, { ...settings, ...s }, out);
  if (!r.ok) throw new Error(r.error.message);
  return { ...r.value, keys: out.map((d) => `${d.severity} ${d.cell}`), out };
}

describe("readRoadmap", () => {
  it("reads a row with defaults for Confidence and Priority and trims every value", () => {
    const { initiatives, keys } = read([[" Churn ", " predictive ml model ", "Feb 2027", "Q3 2027", "l", "", "", " Growth ", "note\n"]]);
    expect(keys).toEqual([]);
    const i = initiatives[0];
    expect(i).toMatchObject({
      name: "Churn",
      workstream: "Predictive ML model",
      size: 2,
      confidence: 1,
      priority: "P1",
      owner: "Growth",
      notes: "note",
      sheetRow: 2,
      order: 0,
      weight: 1,
    });
    expect([formatMonth(i?.start as never), formatMonth(i?.end as never)]).toEqual(["2027-02", "2027-09"]);
  });
  it.each([
    [["", "Predictive ML model", "2027-01", "2027-02", "M"], "A2", /missing initiative/],
    [["A", "Speech", "2027-01", "2027-02", "M"], "B2", /unknown workstream "Speech"/],
    [["A", "", "2027-01", "2027-02", "M"], "B2", /Workstream is empty/],
    [["A", "Predictive ML model", "soon", "2027-02", "M"], "C2", /Start "soon" is not a month/],
    [["A", "Predictive ML model", "2027-01", "", "M"], "D2", /End is empty/],
    [
      ["A", "Predictive ML model", "2027-08", "2027-03", "M"],
      "D2",
      /End \(2027-03\) is before Start \(2027-08\): swap them or fix the dates/,
    ],
    [["A", "Predictive ML model", "2027-01", "2027-02", "huge"], "E2", /Size "huge"/],
    [["A", "Predictive ML model", "2027-01", "2027-02", "M", "120%"], "F2", /Confidence "120%"/],
    [["A", "Predictive ML model", "2027-01", "2027-02", "M", "1", "P5"], "G2", /Priority "P5"/],
  ])("leaves out a row with an error, at the cell: %j", (row, cell, message) => {
    const { initiatives, out, validRows } = read([row]);
    expect(initiatives).toEqual([]);
    expect(validRows).toBe(0);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ severity: "error", sheet: "Roadmap", cell });
    expect(out[0]?.message).toMatch(message);
  });
  it("reports every error of a row at once", () => {
    const { keys } = read([["A", "nope", "x", "y", "z", "2", "Q"]]);
    expect(keys).toEqual(["error B2", "error C2", "error D2", "error E2", "error F2", "error G2"]);
  });
  it("leaves out a later duplicate initiative (case ignored)", () => {
    const { initiatives, keys, out } = read([
      ["Churn", "Predictive ML model", "2027-01", "2027-02", "M"],
      ["CHURN", "Predictive ML model", "2027-03", "2027-04", "S"],
    ]);
    expect(initiatives.map((i) => i.name)).toEqual(["Churn"]);
    expect(keys).toEqual(["error A3"]);
    expect(out[0]?.message).toMatch(/already on row 2/);
  });
  it("warns and leaves out a row wholly outside the horizon; clips one partly outside", () => {
    const { initiatives, keys, validRows } = read([
      ["Old", "Predictive ML model", "2025-01", "2025-12", "M"],
      ["Early", "Predictive ML model", "2026-11", "2027-04", "M"],
      ["Late", "Predictive ML model", "2027-10", "2028-06", "M"],
    ]);
    expect(keys).toEqual(["warning A2", "warning A3", "warning A4"]);
    expect(validRows).toBe(3);
    expect(
      initiatives.map((i) => `${i.name} ${formatMonth(i.start)}..${formatMonth(i.end)} written ${formatMonth(i.writtenStart as never)}`),
    ).toEqual(["Early 2027-01..2027-04 written 2026-11", "Late 2027-10..2027-12 written 2027-10"]);
  });
  it("weights rows by the confidence mode", () => {
    const rows = [
      ["A", "Predictive ML model", "2027-01", "2027-02", "M", "60%"],
      ["B", "Predictive ML model", "2027-01", "2027-02", "M", "0.7"],
    ];
    expect(read(rows, { confidenceMode: "full" }).initiatives.map((i) => i.weight)).toEqual([1, 1]);
    expect(read(rows, { confidenceMode: "weighted" }).initiatives.map((i) => i.weight)).toEqual([0.6, 0.7]);
    expect(read(rows, { confidenceMode: "committed" }).initiatives.map((i) => i.weight)).toEqual([0, 1]);
  });
  it("names cells from the table's origin in its sheet", () => {
    const out: Diagnostic[] = [];
    readRoadmap(
      grid("Roadmap", [ROADMAP_HEADER, ["A", "Predictive ML model", "2027-01", "2027-02", "XXL"]], 3, 2),
      workstreams,
      settings,
      out,
    );
    expect(out[0]?.cell).toBe("F4");
  });
});

/** The initiative code its hires' ids get (docs/spec.md §6.1). */
const code = (i: Initiative | undefined): string => (i ? initiativeCode(i.key, i.name) : "");

describe("readRoadmap: keys and v2 checks", () => {
  const KEYED = ["Key", ...ROADMAP_HEADER];
  function readKeyed(rows: (string | number | null)[][], header: string[] = KEYED) {
    const out: Diagnostic[] = [];
    const r = readRoadmap(grid("Roadmap", [header, ...rows]), workstreams, settings, out);
    if (!r.ok) throw new Error(r.error.message);
    return { ...r.value, keys: out.map((d) => `${d.severity} ${d.cell}`) };
  }
  it("codes each initiative from its Key, else from its name's hash; reads ID when there is no Key column", () => {
    const { initiatives, keys } = readKeyed([
      ["ai-123", "A", "Predictive ML model", "2027-01", "2027-02", "M"],
      ["", "B", "Predictive ML model", "2027-01", "2027-02", "M"],
    ]);
    expect(keys).toEqual([]);
    expect(code(initiatives[0])).toBe("AI-123");
    expect(code(initiatives[1])).toMatch(/^[A-Z2-7]{6}$/);
    const byId = readKeyed([["J-9", "A", "Predictive ML model", "2027-01", "2027-02", "M"]], ["ID", ...ROADMAP_HEADER]);
    expect(code(byId.initiatives[0])).toBe("J-9");
  });
  it("refuses a duplicate Key (after normalising), whatever the earlier row's problems, and warns on BF", () => {
    const { initiatives, keys } = readKeyed([
      ["ai 1", "A", "Nope", "2027-01", "2027-02", "M"], // B2: unknown workstream; its Key still counts
      ["AI-1", "B", "Predictive ML model", "2027-01", "2027-02", "M"], // A3: duplicate Key
      ["bf", "C", "Predictive ML model", "2027-01", "2027-02", "M"], // A4: warning, hashed instead
      ["", "D", "Predictive ML model", "2027-01", "2027-02", "M"],
      ["", "E", "Predictive ML model", "2027-01", "2027-02", "M"], // empty Keys are never duplicates
    ]);
    expect(keys).toEqual(["error C2", "error A3", "warning A4"]);
    expect(initiatives.map((i) => i.name)).toEqual(["C", "D", "E"]);
    expect(code(initiatives[0])).toMatch(/^[A-Z2-7]{6}$/);
  });
  it("treats names that differ only in case or runs of white space as duplicates", () => {
    const { keys } = readKeyed([
      ["", "Fraud  model", "Predictive ML model", "2027-01", "2027-02", "M"],
      ["", "fraud\tMODEL", "Predictive ML model", "2027-01", "2027-02", "M"],
    ]);
    expect(keys).toEqual(["error B3"]);
  });
  it("warns at the Size cell above 5 on rows without errors, even outside the horizon", () => {
    const { keys } = readKeyed([
      ["", "A", "Predictive ML model", "2027-01", "2027-02", "8"],
      ["", "B", "Predictive ML model", "2029-01", "2029-02", "13"],
      ["", "C", "Predictive ML model", "2027-01", "2027-02", "5"],
      ["", "D", "Nope", "2027-01", "2027-02", "21"],
    ]);
    expect(keys).toEqual(["warning F2", "warning F3", "warning B3", "error C5"]);
  });
});
