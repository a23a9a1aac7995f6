/** An error as the pane shows it: what happened, in plain words, and what the user can do. */
export interface ErrorView {
  readonly message: string;
  readonly action: string;
}

/** Thrown when the user cancelled a run before its write began; the writer throws its own. */
export class CancelledError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AbortError";
  }
}

export function isCancel(e: unknown): boolean {
  return e instanceof Error && e.name === "AbortError";
}

// Office.js errors carry a stable `code` whatever the UI language; their messages are localised
// and often generic ("The argument is invalid"), so the advice is keyed on the code.
const BY_CODE: Readonly<Record<string, ErrorView>> = {
  InvalidOperationInCellEditMode: {
    message: "Excel is busy: a cell is being edited.",
    action: "Press Enter or Esc to finish editing the cell, then build again.",
  },
  RequestPayloadSizeLimitExceeded: {
    message: "The plan was too large to send to Excel in one go.",
    action: "Shorten the horizon or split the roadmap, then build again.",
  },
  AccessDenied: {
    message: "Excel refused the change: the workbook or a sheet is protected or read-only.",
    action: "Unprotect the workbook (Review > Unprotect), or save an editable copy, then build again.",
  },
  ItemNotFound: {
    message: "A table or sheet Headstart needs was not found.",
    action: "Insert the template from the Start section, or check that the Roadmap table still exists.",
  },
  ApiNotFound: {
    message: "This version of Excel lacks a feature Headstart needs.",
    action: "Update Excel, or use Excel on the web.",
  },
};

/**
 * Plain words for any failure. Errors raised by Headstart's own code already say what to do
 * (their message is kept); Office.js errors are recognised by code.
 */
export function describeError(e: unknown): ErrorView {
  // A cancel's message is written where the run stopped, so it can say what state it left.
  if (isCancel(e)) return { message: (e as Error).message || "Build cancelled.", action: "Build again when you are ready." };
  const code = typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";
  const known = BY_CODE[code];
  if (known) return known;
  const message = e instanceof Error ? e.message : String(e);
  return {
    message: message || "Something went wrong.",
    // Nothing is known to cure an unknown error: say what is true, not a ritual that may not help.
    action: "Try again. If it fails the same way, the message above is what to report.",
  };
}

/** The error in one line, for a status line rather than the error panel. */
export function errorText(e: unknown): string {
  const v = describeError(e);
  return `${v.message} ${v.action}`;
}
