/** The ATS import formats of `--csv-format` (src/export/ats.ts), apart so the CLI reads its flags without loading a CSV writer. */
export const ATS_FORMATS = ["greenhouse", "lever", "ashby", "workday", "charthop"] as const;
export type AtsFormat = (typeof ATS_FORMATS)[number];

/** A format's name in any case, or undefined (Headstart's own columns). */
export const parseAtsFormat = (text: string): AtsFormat | undefined => ATS_FORMATS.find((f) => f === text.trim().toLowerCase());

/** How each product names itself, for the pane's choice. */
export const ATS_LABELS: Readonly<Record<AtsFormat, string>> = {
  greenhouse: "Greenhouse",
  lever: "Lever",
  ashby: "Ashby",
  workday: "Workday",
  charthop: "ChartHop",
};
