/**
 * Text as an Excel cell can hold it, the same in every writer: a string longer than Excel's cell
 * limit is cut visibly, never silently.
 */

/** Excel's limit on the characters one cell holds. */
export const MAX_CELL_CHARS = 32_767;

/**
 * `text` cut to Excel's cell limit, visibly: the kept part ends with a marker saying how long the
 * original was, so a reader of the workbook knows text is missing. Shorter text is returned as is.
 */
export function fitCellText(text: string): string {
  if (text.length <= MAX_CELL_CHARS) return text;
  const marker = ` …[truncated: ${text.length} characters, over Excel's ${MAX_CELL_CHARS}-character cell limit]`;
  let keep = MAX_CELL_CHARS - marker.length;
  // Never split a surrogate pair (an emoji or a rare CJK character).
  const last = text.charCodeAt(keep - 1);
  if (last >= 0xd800 && last <= 0xdbff) keep -= 1;
  return text.slice(0, keep) + marker;
}

/**
 * `text` in lines of at most `width` characters, broken at spaces (a longer word keeps a line of
 * its own): for sentences that must stay inside a sheet's printed columns, one row each, since a
 * wrapped cell would stretch its row to the height of one narrow column.
 */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  return line === "" ? lines : [...lines, line];
}
