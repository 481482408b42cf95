import { describe, expect, it } from "vitest";
import { keepSelection, libraryKeyAction, moveSelection, readerKeyAction } from "./keyboard";

const ids = ["a", "b", "c"];

describe("libraryKeyAction", () => {
  it("focuses the search box on / unless typing in a field", () => {
    expect(libraryKeyAction({ key: "/", target: "other" })).toBe("focus-search");
    expect(libraryKeyAction({ key: "/", target: "control" })).toBe("focus-search");
    expect(libraryKeyAction({ key: "/", target: "search" }), "a / typed in the search box is text").toBeNull();
    expect(libraryKeyAction({ key: "/", target: "form-field" })).toBeNull();
  });

  it("clears the search on Esc and enters the list on ArrowDown from the search box", () => {
    expect(libraryKeyAction({ key: "Escape", target: "search" })).toBe("clear-search");
    expect(libraryKeyAction({ key: "ArrowDown", target: "search" })).toBe("enter-list");
    expect(libraryKeyAction({ key: "ArrowUp", target: "search" })).toBeNull();
  });

  it("moves through the cards with the arrows, Home and End", () => {
    expect(libraryKeyAction({ key: "ArrowDown", target: "control" })).toBe("next");
    expect(libraryKeyAction({ key: "ArrowUp", target: "control" })).toBe("previous");
    expect(libraryKeyAction({ key: "Home", target: "other" })).toBe("first");
    expect(libraryKeyAction({ key: "End", target: "other" })).toBe("last");
  });

  it("opens on Enter, but leaves Enter to a focused button so it does not act twice", () => {
    expect(libraryKeyAction({ key: "Enter", target: "other" })).toBe("open");
    expect(libraryKeyAction({ key: "Enter", target: "control" })).toBeNull();
  });

  it("leaves keys alone with modifiers, in form fields and while composing", () => {
    expect(libraryKeyAction({ key: "ArrowDown", target: "other", ctrlKey: true })).toBeNull();
    expect(libraryKeyAction({ key: "/", target: "other", metaKey: true })).toBeNull();
    expect(libraryKeyAction({ key: "ArrowDown", target: "other", altKey: true })).toBeNull();
    expect(libraryKeyAction({ key: "ArrowDown", target: "form-field" }), "arrows belong to a select").toBeNull();
    expect(libraryKeyAction({ key: "Escape", target: "search", isComposing: true })).toBeNull();
  });
});

describe("moveSelection", () => {
  it("starts at the first card going down and the last going up", () => {
    expect(moveSelection(ids, null, "next")).toEqual({ select: "a" });
    expect(moveSelection(ids, null, "previous")).toEqual({ select: "c" });
  });

  it("steps one card and stops at the end of the list", () => {
    expect(moveSelection(ids, "a", "next")).toEqual({ select: "b" });
    expect(moveSelection(ids, "c", "next")).toEqual({ select: "c" });
    expect(moveSelection(ids, "c", "previous")).toEqual({ select: "b" });
  });

  it("returns to the search box going up from the first card", () => {
    expect(moveSelection(ids, "a", "previous")).toEqual({ focusSearch: true });
  });

  it("jumps to the ends", () => {
    expect(moveSelection(ids, "b", "first")).toEqual({ select: "a" });
    expect(moveSelection(ids, "b", "last")).toEqual({ select: "c" });
  });

  it("enters the list at the selected card, else the first", () => {
    expect(moveSelection(ids, "b", "enter-list")).toEqual({ select: "b" });
    expect(moveSelection(ids, null, "enter-list")).toEqual({ select: "a" });
    expect(moveSelection(ids, "gone", "enter-list")).toEqual({ select: "a" });
  });

  it("treats a selection that is no longer visible as none", () => {
    expect(moveSelection(ids, "gone", "next")).toEqual({ select: "a" });
  });

  it("does nothing in an empty list except going back to the search box", () => {
    expect(moveSelection([], null, "next")).toBeNull();
    expect(moveSelection([], null, "enter-list")).toBeNull();
    expect(moveSelection([], null, "previous")).toEqual({ focusSearch: true });
  });
});

describe("keepSelection", () => {
  it("keeps a selection that is still visible and drops one that is not", () => {
    expect(keepSelection(ids, "b")).toBe("b");
    expect(keepSelection(["a"], "b")).toBeNull();
    expect(keepSelection(ids, null)).toBeNull();
  });
});

describe("readerKeyAction", () => {
  it("goes back on Esc and Alt+ArrowLeft", () => {
    expect(readerKeyAction({ key: "Escape", target: "other" })).toBe("back");
    expect(readerKeyAction({ key: "Escape", target: "control" })).toBe("back");
    expect(readerKeyAction({ key: "ArrowLeft", target: "other", altKey: true })).toBe("back");
  });

  it("leaves other keys, modified Esc and form fields alone", () => {
    expect(readerKeyAction({ key: "ArrowLeft", target: "other" })).toBeNull();
    expect(readerKeyAction({ key: "Escape", target: "other", ctrlKey: true })).toBeNull();
    expect(readerKeyAction({ key: "Escape", target: "form-field" })).toBeNull();
  });
});
