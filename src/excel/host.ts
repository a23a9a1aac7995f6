/**
 * What the running Excel can do, checked before anything is read or written, and the errors the
 * task pane shows.
 */

/** Conditional formats with stopIfTrue, data validation, freeze panes, hyperlinks: Excel 2019 and later. */
export const REQUIRED_API = "1.8";
/** Worksheet custom properties, Headstart's ownership tag; older hosts get a hidden sheet-level name. */
export const CUSTOM_PROPERTIES_API = "1.12";
/** `Excel.run({ mergeUndoGroup: true })`: a whole build is one undo step. */
export const UNDO_GROUP_API = "1.20";
/** Page layout (print setup); Excel 2019 lacks it and prints its own defaults. */
export const PAGE_LAYOUT_API = "1.9";
/** The workbook's short date pattern, the default order of a roadmap's numeric dates. */
export const DATETIME_FORMAT_API = "1.12";

export interface HostCapabilities {
  readonly customProperties: boolean;
  readonly undoGroup: boolean;
  readonly pageLayout: boolean;
  /** The workbook's regional date format (`Application.cultureInfo.datetimeFormat`). */
  readonly datetimeFormat: boolean;
}

/** `Excel.run`'s options: wait in Excel for a cell edit to end, or fail with InvalidOperationInCellEditMode. */
export function runOptions(waitForCellEdit = true): Excel.RunOptions {
  return { delayForCellEdit: waitForCellEdit };
}

/** An error whose message tells the user what happened and what to do. */
export class HeadstartExcelError extends Error {
  override readonly name = "HeadstartExcelError";
}

export function checkHost(): HostCapabilities {
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  if (!requirements || !requirements.isSetSupported("ExcelApi", REQUIRED_API)) {
    throw new HeadstartExcelError(
      `This version of Excel cannot run Headstart (it needs the Excel JavaScript API ${REQUIRED_API}). Use Excel for Microsoft 365, Excel on the web, or Excel 2019 or later.`,
    );
  }
  return {
    customProperties: requirements.isSetSupported("ExcelApi", CUSTOM_PROPERTIES_API),
    undoGroup: requirements.isSetSupported("ExcelApi", UNDO_GROUP_API),
    pageLayout: requirements.isSetSupported("ExcelApi", PAGE_LAYOUT_API),
    datetimeFormat: requirements.isSetSupported("ExcelApi", DATETIME_FORMAT_API),
  };
}

/** The code of an Office.js error (`InvalidArgument`, `ItemNotFound`, ...), or "". */
export function officeErrorCode(e: unknown): string {
  return typeof e === "object" && e !== null && "code" in e && typeof e.code === "string" ? e.code : "";
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function cancelled(message: string): DOMException {
  return new DOMException(message, "AbortError");
}
