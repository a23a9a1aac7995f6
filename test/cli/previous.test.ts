import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { date } from "../../src/plan/calendar";
import { examplesDir } from "../plan/support/fixtures";

const tmp = (): string => mkdtempSync(join(tmpdir(), "headstart-previous-"));

async function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), today: date(2026, 10, 1) });
  return { code, stdout, stderr };
}

/** The sample in a folder of its own, with `extra` roadmap lines added after the header. */
function sampleWith(dir: string, name: string, extra: readonly string[] = []): string {
  const folder = join(dir, name);
  cpSync(join(examplesDir(), "sample-ai-roadmap"), folder, { recursive: true });
  const [header = "", ...rows] = readFileSync(join(folder, "roadmap.csv"), "utf8").split("\n");
  writeFileSync(join(folder, "roadmap.csv"), [header, ...extra, ...rows].join("\n"));
  return folder;
}

type Json = { hires: { id: string; needBy: string; initiative: string }[]; changes?: Record<string, unknown> };
const readJson = (file: string): Json => JSON.parse(readFileSync(file, "utf8")) as Json;

describe("--previous (docs/spec.md §6.4)", () => {
  it(
    "after adding one initiative: changes names exactly the added ids, and every earlier hire keeps its id and need-by",
    { timeout: 120_000 },
    async () => {
      const dir = tmp();
      const a = join(dir, "a.json");
      const b = join(dir, "b.json");
      expect((await run([sampleWith(dir, "a"), "--json", a, "--csv", join(dir, "a.csv"), "--ics", join(dir, "a.ics")])).code).toBe(0);
      // Data Scientists only, whom no other initiative of the sample needs beyond the team it has.
      const added = "PRICE2,Pricing elasticity study,Analytics & experimentation,2027-04,2027-09,5,80%,P2,Finance Analytics,";
      const r = await run([
        sampleWith(dir, "b", [added]),
        "--json",
        b,
        "--csv",
        join(dir, "b.csv"),
        "--ics",
        join(dir, "b.ics"),
        "--previous",
        a,
      ]);
      expect(r.code).toBe(0);
      const before = readJson(a);
      const after = readJson(b);
      const known = new Set(before.hires.map((h) => h.id));
      const newIds = after.hires.filter((h) => !known.has(h.id)).map((h) => h.id);
      // Its growth hires, and the backfills of the Data Scientists who now leave a gap.
      expect(newIds.filter((id) => id.startsWith("DS-PRICE2-"))).toEqual(["DS-PRICE2-1", "DS-PRICE2-2", "DS-PRICE2-3"]);
      expect(newIds.every((id) => id.startsWith("DS-"))).toBe(true);
      expect(after.changes).toEqual({
        previousAsOf: "2026-10-01",
        added: newIds,
        removed: [],
        moved: [],
        statusChanged: [],
        costByQuarter: expect.any(Object) as unknown,
      });
      // Before and after are each plan's own quarters; the new Data Scientists cost more in every one.
      const quarters = after.changes?.costByQuarter as Record<string, { before: number; after: number }>;
      const totals = (j: Json): Record<string, number> =>
        (j as unknown as { totals: { costByQuarter: Record<string, number> } }).totals.costByQuarter;
      for (const [q, { before: was, after: now }] of Object.entries(quarters)) {
        expect(was).toBe(totals(before)[q]);
        expect(now).toBe(totals(after)[q]);
        expect(now).toBeGreaterThan(was);
      }
      const afterById = new Map(after.hires.map((h) => [h.id, h.needBy]));
      for (const h of before.hires) expect(afterById.get(h.id), h.id).toBe(h.needBy);
      expect(r.stdout).toContain(
        `Changes since the plan as of 2026-10-01: ${newIds.length} added, 0 no longer needed, 0 moved, 0 with a new status`,
      );
      // The exports carry the ids: the requisition id of the CSV and each calendar event's UID.
      for (const h of after.hires) {
        expect(readFileSync(join(dir, "b.csv"), "utf8")).toContain(`\r\n${h.id},`);
        expect(readFileSync(join(dir, "b.ics"), "utf8")).toContain(`UID:${h.id}-`);
      }
    },
  );

  it("takes an earlier plan workbook, reading the plan it stores on its hidden sheet", { timeout: 120_000 }, async () => {
    const dir = tmp();
    const book = join(dir, "a.xlsx");
    expect((await run([sampleWith(dir, "a"), "--xlsx", book])).code).toBe(0);
    const moved = sampleWith(dir, "b");
    // Fraud model v2 now starts in March: its hires move a month.
    writeFileSync(
      join(moved, "roadmap.csv"),
      readFileSync(join(moved, "roadmap.csv"), "utf8").replace(
        "Fraud model v2,Predictive ML model,2027-02",
        "Fraud model v2,Predictive ML model,2027-03",
      ),
    );
    const r = await run([moved, "--json", join(dir, "b.json"), "--previous", book]);
    expect(r.code).toBe(0);
    const changes = readJson(join(dir, "b.json")).changes;
    expect(changes).toMatchObject({
      added: [],
      removed: [],
      moved: [
        { id: "MLOPS-FRAUD2-1", from: "2027-02-01", to: "2027-03-01" },
        { id: "AIE-FRAUD2-1", from: "2027-02-01", to: "2027-03-01" },
      ],
      statusChanged: [
        { id: "MLOPS-FRAUD2-1", from: "at risk", to: "start now" },
        { id: "AIE-FRAUD2-1", from: "start now", to: "on track" },
      ],
    });
  });

  it("is a usage error for a missing file or one that is no Headstart plan; an old plan is a warning", async () => {
    const dir = tmp();
    const missing = await run(["--json", join(dir, "x.json"), "--previous", join(dir, "nope.json")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--previous .*nope\.json: cannot read that file/);
    writeFileSync(join(dir, "other.json"), JSON.stringify({ hello: "world" }));
    const foreign = await run(["--json", join(dir, "x.json"), "--previous", join(dir, "other.json")]);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toMatch(/not a Headstart plan result/);
    writeFileSync(join(dir, "v1.json"), JSON.stringify({ schemaVersion: 1, settings: { asOf: "2026-09-01" }, hires: [{ id: "H-001" }] }));
    const old = await run(["--json", join(dir, "x.json"), "--previous", join(dir, "v1.json")]);
    expect(old.code).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, "x.json"), "utf8")) as {
      changes?: unknown;
      diagnostics: { severity: string; sheet: string; cell: string }[];
    };
    expect(json.changes).toBeUndefined();
    expect(json.diagnostics.map((d) => `${d.severity} ${d.sheet}!${d.cell}`)).toContain("warning Settings!A1");
  });
});
