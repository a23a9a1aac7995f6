import { describe, expect, it } from "vitest";
import type { Diagnostic, Role } from "../../../src/plan/types";
import { readRoles } from "../../../src/plan/input/roles";
import { readWorkstreams } from "../../../src/plan/input/workstreams";
import { defaultRoles, defaultWorkstreams } from "../../../src/plan/defaults";
import { grid } from "../support/fixtures";

const rolesResult = readRoles(defaultRoles, []);
const roles: readonly Role[] = rolesResult.ok ? rolesResult.value.roles : [];

function read(rows: (string | number | null)[][], leftOut: string[] = []) {
  const out: Diagnostic[] = [];
  const valid = roles.filter((r) => !leftOut.includes(r.name.toLowerCase()));
  const r = readWorkstreams(grid("Workstreams", rows), valid, new Set(leftOut), out);
  if (!r.ok) throw new Error(r.error.message);
  return { ws: r.value, keys: out.map((d) => `${d.severity} ${d.cell}`), out };
}

describe("readWorkstreams", () => {
  it("reads the default mixes without a diagnostic", () => {
    const { ws, keys } = read(defaultWorkstreams.rows as string[][]);
    expect(keys).toEqual([]);
    expect(ws).toHaveLength(9);
    expect(Object.fromEntries(ws[0]?.mix ?? [])).toEqual({
      "MLOps / ML Platform Engineer": 0.5,
      "LLM / GenAI Specialist": 1,
      "AI Engineer": 2,
      "AI Infrastructure Engineer": 0.25,
    });
    expect(ws[8]?.kind).toBe("analytics");
  });
  it("matches role columns by name, case and punctuation ignored", () => {
    const { ws } = read([
      ["workstream", "ml-engineer", "AI ENGINEER"],
      ["W", "1", "2"],
    ]);
    expect(Object.fromEntries(ws[0]?.mix ?? [])).toEqual({ "ML Engineer": 1, "AI Engineer": 2 });
  });
  it("reports a column that names no role, or a left-out role, at its header and ignores it", () => {
    const { ws, keys, out } = read(
      [
        ["Workstream", "Prompt Wizard", "AI Engineer", "Data Scientist"],
        ["W", "1", "2", ""],
      ],
      ["data scientist"],
    );
    expect(keys).toEqual(["error B1", "error D1"]);
    expect(out[1]?.message).toMatch(/Roles row has errors/);
    expect(Object.fromEntries(ws[0]?.mix ?? [])).toEqual({ "AI Engineer": 2 });
  });
  it("reports a duplicate workstream and keeps the first", () => {
    const { ws, keys } = read([
      ["Workstream", "AI Engineer"],
      ["W", "1"],
      ["w", "2"],
    ]);
    expect(keys).toEqual(["error A3"]);
    expect(ws.map((w) => w.mix.get("AI Engineer"))).toEqual([1]);
  });
  it("counts a non-numeric or negative FTE as 0, with an error at the cell", () => {
    const { ws, keys } = read([
      ["Workstream", "AI Engineer", "ML Engineer"],
      ["W", "lots", "-1"],
      ["V", "1", "x"],
    ]);
    expect(keys).toEqual(["error B2", "error C2", "warning A2", "error C3"]);
    expect(ws.map((w) => w.mix.size)).toEqual([0, 1]);
  });
  it("warns about an all-zero mix and a Data Scientist in production work, at the cell", () => {
    const { keys, out } = read([
      ["Workstream", "Kind", "ML Engineer", "Data Scientist"],
      ["Empty", "production", "0", ""],
      ["Churn", "", "1", "0.5"],
      ["Analysis", "analytics", "", "1"],
      ["Odd", "magic", "1", ""],
    ]);
    expect(keys).toEqual(["warning A2", "warning D3", "warning B5"]);
    expect(out[1]?.message).toMatch(/Data Scientist on production work.*ML Engineer/);
  });
  it("reports a nameless row and an unnamed column with figures", () => {
    const { keys } = read([
      ["Workstream", "AI Engineer", ""],
      ["", "1", ""],
      ["W", "1", "3"],
    ]);
    expect(keys).toEqual(["error C1", "error A2"]);
  });
});
