import type { RunEvent } from "../app/run";

export interface ProgressView {
  /** 0..100, never going back within one run. */
  readonly percent: number;
  readonly label: string;
}

// Reading and planning are quick next to writing; the bar gives writing most of its length.
const WRITE_FROM = 20;

export function progressView(e: RunEvent): ProgressView {
  switch (e.step) {
    case "saving":
      return { percent: 2, label: "Saving the settings" };
    case "reading":
      return { percent: 5, label: "Reading the roadmap" };
    case "planning":
      return { percent: 12, label: "Planning hires" };
    case "writing": {
      const done = e.request !== undefined && e.requests ? (e.request - 1) / e.requests : 0;
      return { percent: Math.round(WRITE_FROM + (100 - WRITE_FROM) * Math.min(1, done)), label: writingLabel(e) };
    }
    case "done":
      return { percent: 100, label: "Done" };
  }
}

/** One request carries as many sheets as fit in it, so the label names where it starts. */
function writingLabel(e: Extract<RunEvent, { step: "writing" }>): string {
  if (e.request === undefined || e.requests === undefined) return e.detail;
  if (e.requests === 1) return `Writing all ${e.count} sheets to Excel`;
  const where = e.sheet !== undefined && e.index !== undefined ? `, sheet ${e.index} of ${e.count} (${e.sheet})` : "";
  return `Writing to Excel ${e.request} of ${e.requests}: ${e.detail.toLowerCase()}${where}`;
}
