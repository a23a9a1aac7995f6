import type { Plan } from "../plan/types";
import { rangeAddress } from "./a1";
import data from "./data/scorecards.json";
import { finishSheet, newSheet, numberFormat, put, putRow, section, style } from "./draft";
import { SHEET } from "./sheets";
import type { SheetSpec, SpecCell } from "./spec";
import { formats, styles } from "./style";

type Weights = Readonly<Record<string, number>>;

const WIDTH = 5;

/** A role's weights from the data file (matched ignoring case); roles it does not know weigh evenly. */
export function scorecardWeights(role: string): Weights {
  const known = Object.entries(data.weights as Record<string, Weights>).find(([name]) => name.toLowerCase() === role.toLowerCase());
  return known ? known[1] : (data.defaultWeights as Weights);
}

/**
 * The speed target against each role's time to fill, then one blank scorecard per role: the
 * interviewer fills the yellow Score cells and the weighted score computes itself.
 */
export function scorecardsSheet(plan: Plan): SheetSpec {
  const s = newSheet(SHEET.scorecards);
  const target = data.speedTargetDays;
  put(s, 1, 1, "Interview scorecards");
  style(s, "A1", styles.title);
  put(
    s,
    2,
    1,
    `Speed is the edge: aim for ${target} days or less from the first conversation with a candidate to the offer. ${data.scale}.`,
  );
  style(s, "A2", styles.note);

  let row = section(s, "Speed target against time to fill", WIDTH, [
    "Role",
    "Time to fill (days)",
    "First talk to offer (days)",
    "Days left for sourcing",
    "Loop share of time to fill",
  ]);
  const firstSpeed = row;
  for (const role of plan.roles) {
    const ttf = role.timeToFillDays;
    putRow(s, row, 1, [
      role.name,
      ttf,
      target,
      { formula: `=B${row}-C${row}`, result: ttf - target },
      { formula: `=IF(B${row}>0,C${row}/B${row},0)`, result: ttf > 0 ? target / ttf : 0 },
    ]);
    row++;
  }
  if (row > firstSpeed) {
    numberFormat(s, rangeAddress(firstSpeed, 2, row - 1, 4), formats.integer);
    numberFormat(s, rangeAddress(firstSpeed, 5, row - 1, 5), formats.percent);
    style(s, rangeAddress(firstSpeed, 3, row - 1, 3), styles.input);
  }

  for (const role of plan.roles) {
    const weights = scorecardWeights(role.name);
    const first = section(s, `Scorecard: ${role.name}`, WIDTH, ["Competency", "What to probe", "Weight", "Score (1-4)", "Weighted"]);
    data.competencies.forEach((c, i) => {
      const r = first + i;
      const weighted: SpecCell = { formula: `=C${r}*D${r}`, result: 0 };
      putRow(s, r, 1, [c.name, c.probe, weights[c.key] ?? 0, null, weighted]);
    });
    const last = first + data.competencies.length - 1;
    const total = last + 1;
    putRow(s, total, 1, [
      "Weighted score",
      null,
      { formula: `=SUM(C${first}:C${last})`, result: data.competencies.reduce((a, c) => a + (weights[c.key] ?? 0), 0) },
      null,
      { formula: `=IF(SUM(C${first}:C${last})>0,SUMPRODUCT(C${first}:C${last},D${first}:D${last})/SUM(C${first}:C${last}),0)`, result: 0 },
    ]);
    style(s, rangeAddress(total, 1, total, WIDTH), styles.total);
    style(s, rangeAddress(first, 3, last, 4), styles.input);
    numberFormat(s, rangeAddress(first, 3, total, 3), formats.percent);
    numberFormat(s, rangeAddress(first, 5, total, 5), "0.00");
  }

  s.columnWidths = [34, 52, 28, 24, 28];
  return finishSheet(s);
}
