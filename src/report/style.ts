import type { CellStyle } from "./spec";

/**
 * One calm palette for every sheet: navy titles, pale slate headers, finance's convention of blue
 * text on a soft yellow fill for the assumptions a reader may edit, and muted status colours.
 */
export const palette = {
  ink: "#1F2937",
  title: "#1F3A5F",
  muted: "#6B7280",
  headerFill: "#DCE6F0",
  headerRule: "#8EA9C8",
  sectionFill: "#F2F5F9",
  inputFill: "#FFF8E1",
  inputInk: "#1F4FB5",
  onTrack: { fill: "#E3F1E6", ink: "#1E6B34" },
  startNow: { fill: "#FFF1D6", ink: "#8A5A00" },
  atRisk: { fill: "#FBE3E1", ink: "#A12622" },
  phase: {
    late: "#F4B6B2",
    capacityWait: "#C9B6E4",
    sourcing: "#A9C8E8",
    reqOpen: "#4F7FB8",
    notice: "#F2C374",
    rampUp: "#A8D08D",
    productive: "#E2EFDA",
  },
  asOfMarker: "#C0504D",
} as const;

export const styles = {
  title: { bold: true, fontSize: 14, fontColor: palette.title } satisfies CellStyle,
  section: { bold: true, fontColor: palette.title, fill: palette.sectionFill, borderBottom: palette.headerRule } satisfies CellStyle,
  // No wrapping: no writer sets row heights, so a wrapped header would spill over the row above;
  // each sheet sizes its columns to fit its headers instead.
  header: { bold: true, fontColor: palette.ink, fill: palette.headerFill, borderBottom: palette.headerRule } satisfies CellStyle,
  note: { italic: true, fontColor: palette.muted } satisfies CellStyle,
  label: { bold: true, fontColor: palette.ink } satisfies CellStyle,
  muted: { fontColor: palette.muted } satisfies CellStyle,
  input: { fill: palette.inputFill, fontColor: palette.inputInk } satisfies CellStyle,
  /** Finance's green: a figure linked from another sheet, edited there. */
  link: { fontColor: palette.onTrack.ink } satisfies CellStyle,
  total: { bold: true, borderBottom: palette.headerRule } satisfies CellStyle,
  onTrack: { fill: palette.onTrack.fill, fontColor: palette.onTrack.ink } satisfies CellStyle,
  startNow: { fill: palette.startNow.fill, fontColor: palette.startNow.ink, bold: true } satisfies CellStyle,
  atRisk: { fill: palette.atRisk.fill, fontColor: palette.atRisk.ink, bold: true } satisfies CellStyle,
};

export const formats = {
  date: "yyyy-mm-dd",
  month: "mmm yyyy",
  fte: "0.00",
  integer: "0",
  hours: "#,##0.0",
  percent: "0%",
  text: "@",
} as const;

const SYMBOLS: Readonly<Record<string, string>> = { USD: "$", EUR: "€", GBP: "£", JPY: "¥", INR: "₹" };

/**
 * Whole currency units: a monthly plan in cents is noise to finance. The code comes from the
 * Settings table (user text), so only letters reach the format string.
 */
export function currencyFormat(currency: string): string {
  const code =
    currency
      .toUpperCase()
      .replace(/[^A-Z]/g, "")
      .slice(0, 8) || "USD";
  const symbol = SYMBOLS[code];
  const positive = symbol ? `"${symbol}"#,##0` : `#,##0 "${code}"`;
  const negative = symbol ? `-"${symbol}"#,##0` : `-#,##0 "${code}"`;
  return `${positive};${negative}`;
}

/** Status colours as conditional-format rules for a status column whose first data cell is `cell` (`$L2`). */
export function statusRules(cell: string): { formula: string; style: CellStyle }[] {
  return [
    { formula: `=${cell}="at risk"`, style: styles.atRisk },
    { formula: `=${cell}="start now"`, style: styles.startNow },
    { formula: `=${cell}="on track"`, style: styles.onTrack },
  ];
}
