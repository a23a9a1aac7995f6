import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(__dirname, "../src");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.ts$/.test(e.name) ? [path] : [];
  });
}

/** The top folder of src/ each relative import of `file` lands in. */
function importedFolders(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*"(\.[^"]+)"/g)].map((m) => m[1] as string);
  return specifiers.map((s) => relative(SRC, resolve(file, "..", s)).split(/[\\/]/)[0] as string);
}

function importsOf(folder: string): Map<string, string[]> {
  return new Map(sources(join(SRC, folder)).map((f) => [relative(SRC, f), importedFolders(f)]));
}

describe("arrows point inward", () => {
  it.each([
    // The engine imports nothing of the project outside itself.
    ["plan", ["plan"]],
    // The one pipeline sits below every shell: it never imports one.
    ["app", ["app", "plan", "report", "excel", "io"]],
    // No shell imports another shell.
    ["commands", ["commands", "app", "plan", "excel"]],
    ["cli", ["cli", "app", "plan", "report", "xlsx", "export", "io"]],
  ])("src/%s imports only from %j", (folder, allowed) => {
    for (const [file, folders] of importsOf(folder)) {
      for (const f of folders) expect(allowed, `${file} imports from src/${f}`).toContain(f);
    }
  });
});
