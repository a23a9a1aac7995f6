import { makePlan } from "../src/plan/index";
import { sampleInput, defaultWorkstreams } from "../src/plan/defaults";
import { date } from "../src/plan/calendar";
const ws = defaultWorkstreams.rows.slice(1).map((r) => String(r[0]));
for (const size of ["0.2", "0.25", "0.3", "0.35"]) {
  const rows = [["Initiative","Workstream","Start","End","Size","Confidence","Priority","Owner","Notes"]];
  for (let i = 0; i < 5000; i++) rows.push([`I${i}`, ws[i % ws.length]!, i % 2 ? "2026-12" : `2027-${String((i % 12) + 1).padStart(2, "0")}`, "2027-12", size, "100%", "P1", "o", "n"]);
  const o = makePlan({ ...sampleInput, roadmap: { sheet: "Roadmap", originRow: 1, originCol: 1, rows } }, { today: date(2026, 10, 1) });
  if (o.ok) console.log(size, o.plan.initiatives.length, o.plan.hires.length, o.plan.diagnostics.length);
}
