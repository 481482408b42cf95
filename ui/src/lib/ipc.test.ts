import { describe, expect, it } from "vitest";
import { IPC_UNAVAILABLE, UNKNOWN_ERROR, isCommandError, toCommandError } from "./ipc";

describe("toCommandError", () => {
  it("passes a CommandError from Rust through, keeping only code and message", () => {
    const fromRust = { code: "article-not-found", message: "no article user/x", extra: 1 };
    expect(toCommandError(fromRust)).toEqual({ code: "article-not-found", message: "no article user/x" });
  });

  it("wraps a plain string rejection", () => {
    expect(toCommandError("boom")).toEqual({ code: UNKNOWN_ERROR, message: "boom" });
  });

  it("reports a missing IPC bridge (no Tauri window) with its own code", () => {
    expect(toCommandError(new TypeError("x is undefined")).code).toBe(IPC_UNAVAILABLE);
  });

  it("recognises the shape", () => {
    expect(isCommandError({ code: "a", message: "b" })).toBe(true);
    expect(isCommandError({ code: 1, message: "b" })).toBe(false);
    expect(isCommandError(null)).toBe(false);
  });
});
