import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/io/csv";
import { defaultRoles, defaultWorkstreams, sampleInput } from "../../src/plan/defaults";
import { examplesDir } from "./support/fixtures";

/** A CSV's rows without the trailing blank line, every row padded to the header's width. */
function csvRows(path: string): string[][] {
  const rows = parseCsv(readFileSync(path, "utf8"), "Roles").rows.filter((r) => r.some((c) => c !== ""));
  return rows.map((r) => r.map(String));
}

describe("bundled defaults are the shared examples' figures", () => {
  it.each([
    ["defaults/roles.csv", defaultRoles],
    ["defaults/workstreams.csv", defaultWorkstreams],
    ["sample-ai-roadmap/roadmap.csv", sampleInput.roadmap],
    ["sample-ai-roadmap/team.csv", sampleInput.team],
    ["sample-ai-roadmap/settings.csv", sampleInput.settings],
  ])("%s", (file, g) => {
    expect(g?.rows).toEqual(csvRows(join(examplesDir(), file)));
  });
});
