// The system programs the test suite drives: Chromium (task pane in a real browser), LibreOffice
// (recalculates written workbooks, prints them to PDF; its Python bridge edits them as a user
// would), Gnumeric's ssconvert (a second engine that recalculates them) and poppler (reads and
// renders those PDFs),
// and the fonts LibreOffice lays pages out with, so a PDF's page count does not depend on which
// fonts a machine happens to have. A missing one must
// fail the run, never skip tests, so this installs what is missing when the machine allows it
// (Debian/Ubuntu with apt-get, as root or with password-less sudo) and otherwise stops with the
// exact command to run. Uses nothing from node_modules: .ci/run calls it before `npm ci`.
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";

const TOOLS = [
  { command: "chromium", alsoAt: "/usr/bin/chromium", aptPackage: "chromium" },
  { command: "soffice", aptPackage: "libreoffice-calc-nogui" },
  { file: "/usr/lib/python3/dist-packages/uno.py", aptPackage: "python3-uno" },
  { command: "ssconvert", aptPackage: "gnumeric" },
  { command: "pdftoppm", aptPackage: "poppler-utils" },
  { file: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", aptPackage: "fonts-dejavu-core" },
  { file: "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", aptPackage: "fonts-liberation" },
];

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(command) {
  return (process.env.PATH ?? "").split(delimiter).some((dir) => dir !== "" && isExecutable(join(dir, command)));
}

function run(command, args) {
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const result = spawnSync(command, args, { stdio: "inherit", env });
  return result.error ? 127 : (result.status ?? 1);
}

/** How to run apt-get here: directly as root, through sudo when it needs no password, or not at all. */
function aptRunner() {
  if (process.platform !== "linux" || !onPath("apt-get")) return undefined;
  if (process.getuid?.() === 0) return [];
  if (onPath("sudo") && spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0) {
    // sudo drops the environment, so the non-interactive frontend is passed through env.
    return ["sudo", "-n", "env", "DEBIAN_FRONTEND=noninteractive"];
  }
  return undefined;
}

/** Installs the missing tools or exits the process with the command that would. */
export function ensureSystemTools() {
  const missing = TOOLS.filter((tool) =>
    tool.file ? !existsSync(tool.file) : !(tool.alsoAt && isExecutable(tool.alsoAt)) && !onPath(tool.command),
  );
  if (missing.length === 0) return;
  const packages = missing.map((tool) => tool.aptPackage);
  const names = missing.map((tool) => tool.command ?? tool.aptPackage).join(", ");
  const installLine = `sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y ${packages.join(" ")}`;
  const runner = aptRunner();
  if (!runner) {
    console.error(`The tests need ${names}, which this machine lacks. Install them with:\n\n  ${installLine}\n`);
    process.exit(1);
  }
  const [command, ...prefix] = [...runner, "apt-get"];
  console.log(`Missing ${names}: running ${[...runner, "apt-get"].join(" ")} update, then install -y ${packages.join(" ")}`);
  const status = run(command, [...prefix, "update"]) || run(command, [...prefix, "install", "-y", ...packages]);
  if (status !== 0) {
    console.error(`apt-get failed (exit ${status}). Install the tools yourself:\n\n  ${installLine}\n`);
    process.exit(1);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureSystemTools();
