import { describe, expect, it } from "vitest";
import { IPC_UNAVAILABLE, UNKNOWN_ERROR, isCommandError, toCommandError } from "./ipc";

describe("toCommandError", () => {
  it("passes a CommandError from Rust through, keeping code, args, message and fields only", () => {
    const fromRust = { code: "article_not_found", args: { id: "user/x" }, message: "no article user/x", extra: 1 };
    expect(toCommandError(fromRust)).toEqual({
      code: "article_not_found",
      args: { id: "user/x" },
      message: "no article user/x",
      fields: [],
    });
  });

  it("keeps the field errors of a rejected write, for the form to show next to each field", () => {
    const fields = [
      { field: "content.situation", code: "text_required", message: "describe something" },
      { field: "skills[0].rating", code: "rating_out_of_range", message: "1 to 5" },
    ];
    const error = toCommandError({ code: "validation", message: "2 problems", fields });
    expect(error.fields).toEqual(fields);
  });

  it("wraps a plain string rejection", () => {
    expect(toCommandError("boom")).toEqual({ code: UNKNOWN_ERROR, args: {}, message: "boom", fields: [] });
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
