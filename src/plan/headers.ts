import type { Cell } from "./types";

/**
 * Header matching (docs/spec.md §1): case-insensitive, ignoring spaces, punctuation and a trailing unit in
 * parentheses, so `Time to fill (days)` and `time-to-fill` both read as `timetofill`.
 */
export function normalizeHeader(header: Cell | undefined): string {
  return String(header ?? "")
    .trim()
    .replace(/\([^()]*\)\s*$/u, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * A header compared exactly as another tool writes it: case, spaces and punctuation ignored, but a
 * parenthesis kept, so Jira's `Custom field (Start date)` is not `Custom field (Team)`.
 */
export function exactHeaderKey(header: Cell | undefined): string {
  return String(header ?? "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Text matching of names (initiatives, workstreams, roles): trimmed, case ignored. */
export function nameKey(text: string): string {
  return text.trim().toLowerCase();
}
