import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { examplesDir, SHARED_EXAMPLES_DIR } from "./support/fixtures";

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
  it.skipIf(!existsSync(SHARED_EXAMPLES_DIR))("are byte-for-byte the examples in ../shared/examples", () => {
    const shared = files(SHARED_EXAMPLES_DIR).map((f) => relative(SHARED_EXAMPLES_DIR, f)).sort();
    const vendored = files(examplesDir()).map((f) => relative(examplesDir(), f)).sort();
    expect(vendored).toEqual(shared);
    for (const f of shared) {
      expect(readFileSync(join(examplesDir(), f), "utf8"), f).toBe(readFileSync(join(SHARED_EXAMPLES_DIR, f), "utf8"));
    }
  });
});
