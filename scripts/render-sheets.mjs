// Renders the sample plan's Summary, Hiring Plan and Sourcing Timeline to PNG pages, to look at
// them: `npx tsx scripts/render-sheets.mjs [OUT_DIR]` (default out/render). Needs soffice and pdftoppm.
import { resolve } from "node:path";
import { date } from "../src/plan/calendar";
import { sampleInput } from "../src/plan/defaults";
import { makePlan } from "../src/plan/index";
import { scenarioPlans } from "../src/plan/scenarios";
import { SHEET } from "../src/report/sheets";
import { planWorkbook } from "../src/report/workbook";
import { renderSheets } from "../test/helpers/render";

const outDir = resolve(process.argv[2] ?? "out/render");
const today = date(2026, 10, 1);
const outcome = makePlan(sampleInput, { today });
if (!outcome.ok) throw new Error(outcome.reason);
const spec = planWorkbook(outcome.plan, { scenarios: scenarioPlans(sampleInput, { today }) });
const pages = await renderSheets(spec, [SHEET.summary, SHEET.hiringPlan, SHEET.timeline], outDir);
console.log(pages.join("\n"));
