import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { EXAMPLES_NEXT_DIR, examplesDir, SHARED_EXAMPLES_DIR, SHARED_EXAMPLES_NEXT_DIR } from "./support/fixtures";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe("the vendored examples", () => {
  it("hold both planning examples with their expected plans", () => {
    for (const name of ["sample-ai-roadmap", "messy-input"]) {
      expect(existsSync(join(examplesDir(), name, "roadmap.csv"))).toBe(true);
      expect(existsSync(join(examplesDir(), name, "expected.json"))).toBe(true);
    }
  });

  // Only where the steering repository's shared/ sits beside the clone (CI, a developer's machine);
  // a user's clone has the vendored copy alone.
  it.skipIf(!existsSync(SHARED_EXAMPLES_DIR)).each([
    ["../shared/examples", SHARED_EXAMPLES_DIR, () => examplesDir()],
    ["../shared/examples-next", SHARED_EXAMPLES_NEXT_DIR, () => EXAMPLES_NEXT_DIR],
  ])("are byte-for-byte the examples in %s", (_, sharedDir, vendoredDir) => {
    const shared = files(sharedDir)
      .map((f) => relative(sharedDir, f))
      .sort();
    const vendored = files(vendoredDir())
      .map((f) => relative(vendoredDir(), f))
      .sort();
    expect(vendored).toEqual(shared);
    for (const f of shared) {
      expect(readFileSync(join(vendoredDir(), f), "utf8"), f).toBe(readFileSync(join(sharedDir, f), "utf8"));
    }
  });
});
