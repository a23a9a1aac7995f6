// Renders the sample plan's Summary, Hiring Plan and Sourcing Timeline to PNG pages, to look at
// them: `npx tsx scripts/render-sheets.mjs [OUT_DIR]` (default out/render). Needs soffice and pdftoppm.
import { resolve } from "node:path";
import { date } from "../src/plan/calendar";
import { sampleInput } from "../src/plan/defaults";
import { planAndReport } from "../src/app/pipeline";
import { SHEET } from "../src/report/sheets";
import { renderSheets } from "../test/helpers/render";

const outDir = resolve(process.argv[2] ?? "out/render");
const today = date(2026, 10, 1);
const planned = planAndReport(sampleInput, today);
if (!planned.ok) throw new Error(planned.error.reason);
const pages = await renderSheets(planned.value.spec, [SHEET.summary, SHEET.hiringPlan, SHEET.timeline], outDir);
console.log(pages.join("\n"));
