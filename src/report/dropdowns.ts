/**
 * Where each dropdown's values live, decided once for both writers: inline in the validation
 * (`"a,b,c"`) when Excel takes them so, else in a column of a hidden lists sheet that the validation
 * points at. Excel caps an inline list at 255 characters and reads a comma as a separator.
 */
import { absoluteRange, sheetPrefix } from "./a1";
import { finishSheet, newSheet, put } from "./draft";
import type { DataValidationSpec, SheetSpec } from "./spec";

/** The hidden sheet holding dropdown lists too long, or too comma-laden, for an inline list. */
export const LISTS_SHEET = "_lists";
/** Excel reads at most 255 characters of an inline list. */
const MAX_INLINE_LIST = 255;

/** An inline list as written into a file: quoted (`"a,b"`), the quotes counted; null when it cannot go inline. */
export function fileInlineList(list: readonly string[]): string | null {
  const inline = `"${list.map((v) => v.replace(/"/g, '""')).join(",")}"`;
  return inline.length <= MAX_INLINE_LIST && list.every((v) => !v.includes(",")) ? inline : null;
}

/** An inline list as Office.js takes it, as typed in the Source box (`a,b`); null when it cannot go inline. */
export function liveInlineList(list: readonly string[]): string | null {
  const inline = list.join(",");
  return inline.length <= MAX_INLINE_LIST && list.every((v) => !v.includes(",")) ? inline : null;
}

export interface DropdownLists {
  /** The lists sheet (one column per long list), or null when every list fits inline. */
  readonly sheet: SheetSpec | null;
  /** `'_lists'!$B$1:$B$40` for a list on the lists sheet; null for one that goes inline. */
  rangeOf(validation: DataValidationSpec): string | null;
}

/** `inline`: the writer's rule (fileInlineList or liveInlineList) for a list that can go inline. */
export function dropdownLists(sheets: readonly SheetSpec[], inline: (list: readonly string[]) => string | null): DropdownLists {
  const long = sheets.flatMap((s) => s.validations).filter((v) => inline(v.list) === null);
  const column = new Map(long.map((v, j) => [v, j + 1]));
  let sheet: SheetSpec | null = null;
  if (long.length > 0) {
    const draft = newSheet(LISTS_SHEET);
    long.forEach((v, j) => v.list.forEach((value, i) => put(draft, i + 1, j + 1, value)));
    sheet = finishSheet(draft);
  }
  return {
    sheet,
    rangeOf(v) {
      const j = column.get(v);
      return j === undefined ? null : `${sheetPrefix(LISTS_SHEET)}${absoluteRange(1, j, Math.max(1, v.list.length), j)}`;
    },
  };
}
