import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCli, newestChange, staleReason } from "../../scripts/cli-bundle.cjs";

const ROOT = resolve(__dirname, "../..");
const tmp = (): string => mkdtempSync(join(tmpdir(), "headstart-bundle-"));
const touch = (path: string, secondsFromNow: number): void => {
  const t = Date.now() / 1000 + secondsFromNow;
  utimesSync(path, t, t);
};

describe("the CLI bundle's freshness", () => {
  it("is stale before the first build, fresh after it, and stale again after an edit, a new file or a deletion", () => {
    const dir = tmp();
    const src = join(dir, "src");
    mkdirSync(join(src, "lib"), { recursive: true });
    const entry = join(src, "main.ts");
    writeFileSync(entry, `import { word } from "./lib/word";\nconsole.log(word);\n`);
    writeFileSync(join(src, "lib", "word.ts"), `export const word: string = "first";\n`);
    const bundle = join(dir, "build", "cli.js");

    expect(staleReason(bundle, [src])).toBe("not built yet");
    buildCli(bundle, [src], entry);
    expect(staleReason(bundle, [src])).toBeNull();
    expect(statSync(bundle).mtimeMs).toBeGreaterThanOrEqual(newestChange([src]));
    expect(spawnSync(process.execPath, [bundle], { encoding: "utf8" }).stdout).toBe("first\n");

    writeFileSync(join(src, "lib", "word.ts"), `export const word: string = "second";\n`);
    touch(join(src, "lib", "word.ts"), 2);
    expect(staleReason(bundle, [src])).toBe("a source changed since it was built");
    buildCli(bundle, [src], entry);
    expect(staleReason(bundle, [src])).toBeNull();
    expect(spawnSync(process.execPath, [bundle], { encoding: "utf8" }).stdout).toBe("second\n");

    // A file added with an old time (copied with its timestamps) still changes its folder.
    const added = join(src, "lib", "added.ts");
    writeFileSync(added, "export {};\n");
    touch(added, -3600);
    touch(join(src, "lib"), 4);
    expect(staleReason(bundle, [src])).not.toBeNull();
    buildCli(bundle, [src], entry);
    rmSync(added);
    touch(join(src, "lib"), 6);
    expect(staleReason(bundle, [src])).not.toBeNull();
  });

  it("counts a missing source as no change, so a copy without src/ runs the bundle it has", () => {
    const dir = tmp();
    const bundle = join(dir, "cli.js");
    writeFileSync(bundle, "");
    expect(staleReason(bundle, [join(dir, "no-such-src")])).toBeNull();
  });
});

describe("bin/headstart.js", () => {
  it("runs the code in src: an edited source shows at the next run, and an unchanged one is not rebuilt", { timeout: 120_000 }, () => {
    // A copy of the project (its node_modules linked), so editing a source leaves the real one alone.
    const dir = tmp();
    for (const part of ["bin", "scripts", "src", "tsconfig.json", "package.json"])
      cpSync(join(ROOT, part), join(dir, part), { recursive: true });
    symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
    const run = () =>
      spawnSync(process.execPath, [join(dir, "bin", "headstart.js"), "--help"], { cwd: dir, encoding: "utf8", timeout: 60_000 });
    const bundle = join(dir, "build", "headstart.js");

    const first = run();
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^usage: /);

    const args = join(dir, "src", "cli", "args.ts");
    const source = readFileSync(args, "utf8");
    expect(source).toContain("usage: ");
    writeFileSync(args, source.replace("usage: ", "USAGE (edited): "));
    touch(args, 2);
    const edited = run();
    expect(edited.status).toBe(0);
    expect(edited.stdout).toMatch(/^USAGE \(edited\): /);

    const built = statSync(bundle).mtimeMs;
    expect(run().stdout).toMatch(/^USAGE \(edited\): /);
    expect(statSync(bundle).mtimeMs).toBe(built);
  });

  it("says in one line when src/ does not build, and runs nothing", { timeout: 120_000 }, () => {
    const dir = tmp();
    for (const part of ["bin", "scripts", "src", "tsconfig.json"]) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
    symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
    writeFileSync(join(dir, "src", "cli", "main.ts"), "export const = ;\n");
    const r = spawnSync(process.execPath, [join(dir, "bin", "headstart.js"), "--help"], { cwd: dir, encoding: "utf8", timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      /^headstart: the command line could not be built from src\/ \(not built yet\): .*src\/cli\/main.ts:1:13: ERROR: Expected identifier\b.*\n$/,
    );
    expect(r.stderr.split("\n")).toHaveLength(2);
  });
});
