// `npm test`: every test, on real engines. Installs the system tools the suites drive when it can
// (or stops with the exact install command), type-checks, then runs vitest with any extra
// arguments (`npm test -- test/manifest.test.ts`). Both tsc and vitest always run, so one
// failure does not hide the other; vitest's summary stays the last thing on screen.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureSystemTools } from "./system-tools.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const windows = process.platform === "win32";

function runBin(name, args) {
  const command = join(root, "node_modules", ".bin", windows ? `${name}.cmd` : name);
  const result = spawnSync(command, args, { stdio: "inherit", cwd: root, shell: windows });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

ensureSystemTools();

console.log("Type-checking: tsc --noEmit");
const typecheck = runBin("tsc", ["--noEmit"]);
if (typecheck !== 0) console.error("tsc --noEmit failed; running the tests anyway so you see both.");

const tests = runBin("vitest", ["run", ...process.argv.slice(2)]);
if (typecheck !== 0) console.error("npm test failed: tsc --noEmit reported type errors (above the test run).");
process.exit(tests !== 0 ? tests : typecheck);
