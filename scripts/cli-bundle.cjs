// The command line as one JavaScript file (esbuild), so `npm run plan` and the `headstart` bin start
// with plain `node` instead of compiling TypeScript at every run. Built by `npm ci` (`prepare`) and
// rebuilt by the launcher (bin/headstart.js) whenever a source is newer, so it never runs stale
// code. Dependencies stay outside the bundle (`packages: "external"`): the CLI loads ExcelJS and
// papaparse from node_modules only when an input or output needs them.
//
// CommonJS, so the launcher checks freshness synchronously and without loading esbuild.
const { mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } = require("node:fs");
const { dirname, join } = require("node:path");

const ROOT = join(__dirname, "..");
const ENTRY = join(ROOT, "src", "cli", "main.ts");
/** Outside dist/, which webpack empties on every add-in build. */
const BUNDLE = join(ROOT, "build", "headstart.js");
/** What the bundle is made from: a change to any of these makes it stale. */
const SOURCES = [join(ROOT, "src"), __filename, join(ROOT, "tsconfig.json")];

/**
 * The newest modification time (ms) under `paths`. Folders count too, so a file deleted or
 * renamed (which touches its folder, not any file) is a change. A missing path counts as nothing:
 * an installed copy without `src/` runs its bundle as it is.
 */
function newestChange(paths) {
  let newest = 0;
  const visit = (path) => {
    let info;
    try {
      info = statSync(path);
    } catch {
      return;
    }
    newest = Math.max(newest, info.mtimeMs);
    if (info.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  };
  for (const path of paths) visit(path);
  return newest;
}

/** Why the bundle must be (re)built, or null when it is up to date with every source. */
function staleReason(bundle = BUNDLE, sources = SOURCES) {
  let built;
  try {
    built = statSync(bundle).mtimeMs;
  } catch {
    return "not built yet";
  }
  return newestChange(sources) > built ? "a source changed since it was built" : null;
}

/**
 * Bundles the CLI. The file is written beside its target and renamed into place, so two runs
 * building at once never leave half a file; its time is set to the newest source's as read before
 * bundling, so a source saved while esbuild runs still counts as newer next time.
 */
function buildCli(bundle = BUNDLE, sources = SOURCES, entry = ENTRY) {
  const newest = newestChange(sources);
  const esbuild = require("esbuild");
  const result = esbuild.buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    write: false,
    outfile: bundle,
    // Failures are thrown with every error's file, line and message; the caller reports them.
    logLevel: "silent",
  });
  const [output] = result.outputFiles;
  mkdirSync(dirname(bundle), { recursive: true });
  const temp = `${bundle}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, output.contents);
    // Rounded up to the millisecond: read back, the time must not fall below the newest source.
    const seconds = Math.ceil(newest) / 1000;
    utimesSync(temp, seconds, seconds);
    renameSync(temp, bundle);
  } finally {
    rmSync(temp, { force: true });
  }
  return bundle;
}

module.exports = { BUNDLE, SOURCES, buildCli, newestChange, staleReason };

if (require.main === module) {
  try {
    buildCli();
    console.log(`Built the command line: ${BUNDLE}`);
  } catch (e) {
    console.error(`Could not build the command line: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
