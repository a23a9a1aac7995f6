import { generatedInput } from "./engine";
import { makePlan } from "../src/plan/index";
import { date } from "../src/plan/calendar";
const input = generatedInput(Number(process.argv[2]));
for (let i = 0; i < 30; i++) makePlan(input, { today: date(2026,10,1) });
const t: number[] = [];
for (let i = 0; i < 30; i++) { const t0 = performance.now(); makePlan(input, { today: date(2026,10,1) }); t.push(performance.now()-t0); }
t.sort((a,b)=>a-b); console.log(process.argv[2], t[15]);
