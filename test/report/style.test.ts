import { describe, expect, it } from "vitest";
import { currencyFormat, statusRules } from "../../src/report/style";

describe("styles and formats", () => {
  it("formats money in whole units of the Settings currency", () => {
    expect(currencyFormat("USD")).toBe('"$"#,##0;-"$"#,##0');
    expect(currencyFormat("eur")).toBe('"€"#,##0;-"€"#,##0');
    expect(currencyFormat("CHF")).toBe('#,##0 "CHF";-#,##0 "CHF"');
  });

  it("lets no user text break out of the format string", () => {
    expect(currencyFormat('X"Y;@')).toBe('#,##0 "XY";-#,##0 "XY"');
    expect(currencyFormat("")).toBe('"$"#,##0;-"$"#,##0');
  });

  it("colours the three statuses", () => {
    expect(statusRules("$D6").map((r) => r.formula)).toEqual(['=$D6="at risk"', '=$D6="start now"', '=$D6="on track"']);
  });
});
