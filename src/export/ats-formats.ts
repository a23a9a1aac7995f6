/** The ATS import formats of `--csv-format` (src/export/ats.ts), apart so the CLI reads its flags without loading a CSV writer. */
export const ATS_FORMATS = ["greenhouse", "lever", "ashby", "workday", "charthop"] as const;
export type AtsFormat = (typeof ATS_FORMATS)[number];
