import { describe, expect, it } from "vitest";
import { CancelledError, describeError, errorText, isCancel } from "../../src/app/errors";

describe("describeError", () => {
  it("a cancel keeps the words of where it stopped, and says how to go on", () => {
    const where = "Build cancelled before anything was written. Your sheets are as they were.";
    expect(isCancel(new CancelledError(where))).toBe(true);
    expect(describeError(new CancelledError(where))).toEqual({ message: where, action: "Build again when you are ready." });
    const writer = new DOMException("Build cancelled. The Summary says the plan is incomplete.", "AbortError");
    expect(describeError(writer).message).toMatch(/incomplete/);
  });

  it("recognises a DOM AbortError as a cancel too", () => {
    expect(isCancel(new DOMException("stop", "AbortError"))).toBe(true);
    expect(isCancel(new Error("stop"))).toBe(false);
  });

  it("Office errors are explained by their code, whatever their localised message", () => {
    const e = Object.assign(new Error("Die Zelle wird bearbeitet."), { code: "InvalidOperationInCellEditMode" });
    expect(describeError(e).action).toMatch(/Enter or Esc/);
    expect(describeError(Object.assign(new Error("x"), { code: "AccessDenied" })).message).toMatch(/protected/);
  });

  it("keeps our own messages, which already say what to do", () => {
    const msg = 'Sheets named "Cost" and "Cost (Headstart)" both exist and were not made by Headstart.';
    expect(describeError(new Error(msg)).message).toBe(msg);
    expect(describeError("plain text").message).toBe("plain text");
  });

  it("gives an unknown error no advice it cannot stand behind", () => {
    const action = describeError(new Error("Writing the plan stopped (GeneralException: boom).")).action;
    expect(action).toMatch(/Try again/);
    expect(action).not.toMatch(/reopen/i);
  });

  it("puts message and advice on one line for a status line", () => {
    const e = Object.assign(new Error("x"), { code: "AccessDenied" });
    expect(errorText(e)).toBe(`${describeError(e).message} ${describeError(e).action}`);
  });
});
