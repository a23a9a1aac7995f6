import Papa from "papaparse";
import { formatMonth } from "../plan/calendar";
import type { Plan } from "../plan/types";
import { finishSheet, newSheet, putRow } from "../report/draft";
import type { SheetSpec, WorkbookSpec } from "../report/spec";
import type { AtsFormat } from "../export/ats-formats";

export type ExportKind = "csv" | "ics" | "xlsx";

export interface ExportFile {
  readonly name: string;
  readonly type: string;
  readonly data: string | Uint8Array;
}

/**
 * The file of one export. Each library is loaded only when its export is asked for, so ExcelJS (and
 * the CSV and calendar writers) never weigh on the pane's first load.
 */
export async function exportFile(kind: ExportKind, plan: Plan, workbook: () => WorkbookSpec, csvFormat?: AtsFormat): Promise<ExportFile> {
  const stem = `headstart-${formatMonth(plan.settings.planStart)}`;
  switch (kind) {
    case "csv": {
      const { recruiterCsvAs } = await import(/* webpackChunkName: "export-csv" */ "../export/ats");
      return { name: `${stem}-${csvFormat ?? "recruiters"}.csv`, type: "text/csv;charset=utf-8", data: recruiterCsvAs(plan, csvFormat) };
    }
    case "ics": {
      const { planCalendar } = await import(/* webpackChunkName: "export-ics" */ "../export/ics");
      return { name: `${stem}-pipelines.ics`, type: "text/calendar;charset=utf-8", data: planCalendar(plan) };
    }
    case "xlsx": {
      const { writeXlsx } = await import(/* webpackChunkName: "xlsx" */ "../xlsx/write");
      return {
        name: `${stem}-plan.xlsx`,
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        data: await writeXlsx(workbook()),
      };
    }
  }
}

/** Sheets the text exports go to when the host cannot download: the user saves them from Excel. */
export const EXPORT_SHEETS: Readonly<Record<"csv" | "ics", string>> = { csv: "Recruiter CSV", ics: "Calendar ICS" };

/**
 * A text export as a sheet: the CSV's rows as cells, the calendar one line per row. Every value is
 * a literal string cell, so nothing from the plan can turn into a formula.
 */
export function exportSheet(kind: "csv" | "ics", text: string): SheetSpec {
  const draft = newSheet(EXPORT_SHEETS[kind]);
  const rows =
    kind === "csv"
      ? Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data
      : text
          .split(/\r?\n/)
          .filter((l) => l !== "")
          .map((l) => [l]);
  rows.forEach((r, i) => putRow(draft, i + 1, 1, r));
  return finishSheet(draft);
}

/**
 * Whether the host lets the pane save a file: Excel on the web and on Windows (WebView2) do; the
 * Mac and mobile web views drop blob downloads silently. Outside Office (platform null) a browser does.
 */
export function downloadsAllowed(platform: string | null | undefined): boolean {
  return platform === null || platform === undefined || platform === "OfficeOnline" || platform === "PC";
}

/** Saves a file through the browser's download. */
export function saveFile(file: ExportFile): void {
  const blob = new Blob([file.data as BlobPart], { type: file.type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = file.name;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own reference to the blob by now; revoke on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
