/**
 * The sample's plan.xlsx, as `npm run plan` writes it, printed to PDF by LibreOffice: its page
 * count. Needs LibreOffice and poppler's pdfinfo (`npm test` installs both).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { main } from "../src/cli/main";
import { date } from "../src/plan/calendar";
import { toPdf } from "../test/helpers/libreoffice";
import type { BenchSection } from "./run";

export const section: BenchSection = {
  name: "print",
  async run() {
    const dir = mkdtempSync(join(tmpdir(), "headstart-bench-print-"));
    try {
      const file = join(dir, "plan.xlsx");
      const code = await main(["--xlsx", file], {
        stdout: () => undefined,
        stderr: (t) => void process.stderr.write(t),
        today: date(2026, 10, 1),
      });
      if (code !== 0) throw new Error(`the CLI exited ${code}`);
      const t0 = performance.now();
      const pdf = await toPdf(file, dir, { recalc: false });
      const ms = performance.now() - t0;
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1]);
      if (!Number.isInteger(pages)) throw new Error("pdfinfo gave no page count");
      return {
        rows: [{ name: "sample plan.xlsx -> PDF (LibreOffice)", ms, note: `${pages} pages (target <= 25)` }],
        keys: { samplePdfPages: pages },
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
