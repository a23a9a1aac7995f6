import { describe, expect, it } from "vitest";
import { themeFromBackground } from "../../src/taskpane/theme";

describe("themeFromBackground", () => {
  it("reads Office's themes by their pane background", () => {
    expect(themeFromBackground("#FFFFFF")).toBe("light"); // White, Colorful
    expect(themeFromBackground("#E6E6E6")).toBe("light"); // Light gray
    expect(themeFromBackground("#262626")).toBe("dark"); // Black
    expect(themeFromBackground("#666666")).toBe("dark"); // Dark gray
  });
  it("leaves the choice to the system when the host gives no colour", () => {
    expect(themeFromBackground(undefined)).toBeNull();
    expect(themeFromBackground("")).toBeNull();
    expect(themeFromBackground("red")).toBeNull();
  });
});
