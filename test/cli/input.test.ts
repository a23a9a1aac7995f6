import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeText, loadInput } from "../../src/cli/input";
import { sampleInput } from "../../src/plan/defaults";

const noXlsx = (): Promise<never> => Promise.reject(new Error("not used"));

describe("loadInput", () => {
  const dir = mkdtempSync(join(tmpdir(), "headstart-input-"));
  mkdirSync(join(dir, "folder"));
  writeFileSync(join(dir, "folder", "Roadmap.CSV"), "Initiative,Workstream\nA,B\n");
  writeFileSync(join(dir, "folder", "team.csv"), "Role;Current headcount\nAI Engineer;2\n");
  writeFileSync(join(dir, "folder", "notes.txt"), "ignored");
  mkdirSync(join(dir, "empty"));
  writeFileSync(join(dir, "one.csv"), "Initiative\nA\n");
  writeFileSync(join(dir, "plan.txt"), "x");
  writeFileSync(join(dir, "bad.xlsx"), "not a zip");

  it("gives the bundled sample without INPUT", async () => {
    expect(await loadInput(undefined, noXlsx)).toMatchObject({ ok: true, value: { grids: sampleInput, fromUser: false } });
  });
  it("reads a folder's CSVs, names matched case-insensitively; absent tables stay absent", async () => {
    const r = await loadInput(join(dir, "folder"), noXlsx);
    if (!r.ok) throw new Error(r.error.reason);
    expect(Object.keys(r.value.grids).sort()).toEqual(["roadmap", "team"]);
    expect(r.value.grids.roadmap?.sheet).toBe("Roadmap");
    expect(r.value.grids.team?.rows[1]).toEqual(["AI Engineer", "2"]);
  });
  it("needs roadmap.csv in a folder", async () => {
    expect(await loadInput(join(dir, "empty"), noXlsx)).toMatchObject({
      ok: false,
      error: { reason: expect.stringMatching(/has no roadmap\.csv/) },
    });
  });
  it("reads one CSV as the roadmap", async () => {
    const r = await loadInput(join(dir, "one.csv"), noXlsx);
    expect(r.ok && Object.keys(r.value.grids)).toEqual(["roadmap"]);
  });
  it("says what is wrong with a missing path, another file type and an unreadable workbook", async () => {
    expect(await loadInput(join(dir, "nope"), noXlsx)).toMatchObject({
      ok: false,
      error: { reason: expect.stringMatching(/no such file or folder/) },
    });
    expect(await loadInput(join(dir, "plan.txt"), noXlsx)).toMatchObject({ ok: false, error: { usage: true } });
    const r = await loadInput(join(dir, "bad.xlsx"), () => Promise.reject(new Error("End of data reached")));
    expect(r).toMatchObject({ ok: false, error: { reason: "cannot read bad.xlsx as an .xlsx workbook: End of data reached" } });
  });
  it("decodes UTF-8 and UTF-16 with a byte-order mark", () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x2c, 0x00]))).toBe("A,");
    expect(decodeText(new TextEncoder().encode("é"))).toBe("é");
  });
});
