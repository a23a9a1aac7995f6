/** Text as an .xlsx cell can hold it: Excel's length limit and the OOXML escapes for characters XML cannot carry. */

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

// XML drops or rewrites these (control characters are invalid, CR becomes LF on parsing), so OOXML
// spells them `_xHHHH_`; a literal `_xHHHH_` in the text gets its underscore escaped likewise.
const NEEDS_ESCAPE = /_(?=x[0-9A-Fa-f]{4}_)|[\x00-\x08\x0B-\x1F\x7F\uFFFE\uFFFF]/g;

export function escapeOoxmlText(text: string): string {
  return text.replace(NEEDS_ESCAPE, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

/** A string exactly as the .xlsx writer stores it in a cell. */
export function cellText(text: string): string {
  return escapeOoxmlText(fitCellText(text));
}
