/** Text as an .xlsx cell stores it: cut to Excel's limit, with the OOXML escapes for characters XML cannot carry. */
import { fitCellText } from "../report/cell-text";

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
