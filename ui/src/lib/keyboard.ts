/**
 * Keyboard behaviour of the library and the reader as pure functions, so it can be tested
 * without a DOM. Components describe a key press as a `KeyPress` and carry out the action.
 *
 * Library: `/` focuses the search box, Esc in the search box clears it, ArrowUp/ArrowDown
 * move the selection through the visible cards (ArrowDown from the search box enters the
 * list, ArrowUp from the first card returns to it), Home/End jump, Enter opens.
 * Reader: Esc goes back to the library.
 */

/** Where the key was pressed, as far as the shortcuts care. */
export type KeyTarget =
  | "search" // the library's search box
  | "form-field" // any other input, select or textarea: keys belong to it
  | "control" // a button or link, such as a card's open button: Enter activates it natively
  | "other";

/** A key press, reduced to what decides the shortcut. */
export interface KeyPress {
  key: string;
  target: KeyTarget;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** True while an input method is composing text: keys then belong to the composition. */
  isComposing?: boolean;
}

/** What a key press asks the library to do. */
export type LibraryAction =
  | "focus-search"
  | "clear-search"
  | "enter-list"
  | "next"
  | "previous"
  | "first"
  | "last"
  | "open";

/** The library's shortcut for a key press, or null to leave the key alone. */
export function libraryKeyAction(press: KeyPress): LibraryAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey || press.isComposing) return null;
  switch (press.target) {
    case "search":
      if (press.key === "Escape") return "clear-search";
      if (press.key === "ArrowDown") return "enter-list";
      return null;
    case "form-field":
      return null;
    case "control":
    case "other":
      switch (press.key) {
        case "/":
          return "focus-search";
        case "ArrowDown":
          return "next";
        case "ArrowUp":
          return "previous";
        case "Home":
          return "first";
        case "End":
          return "last";
        case "Enter":
          // A focused button or link turns Enter into its own click (a card's button opens
          // the article); opening here too would act twice.
          return press.target === "control" ? null : "open";
        default:
          return null;
      }
  }
}

/** The outcome of moving: select a card, or hand focus back to the search box. */
export type Move = { select: string } | { focusSearch: true } | null;

/**
 * Where the selection goes among the visible cards `ids` (in screen order) from `current`.
 * With nothing selected yet, "next" starts at the first card and "previous" at the last;
 * "enter-list" (ArrowDown in the search box) returns to the selected card, else the first.
 * "previous" from the first card returns to the search box; "next" on the last card stays.
 */
export function moveSelection(
  ids: readonly string[],
  current: string | null,
  action: "enter-list" | "next" | "previous" | "first" | "last",
): Move {
  if (ids.length === 0) return action === "previous" ? { focusSearch: true } : null;
  const first = ids[0] as string;
  const last = ids[ids.length - 1] as string;
  const index = current === null ? -1 : ids.indexOf(current);
  switch (action) {
    case "enter-list":
      return { select: index === -1 ? first : (current as string) };
    case "first":
      return { select: first };
    case "last":
      return { select: last };
    case "next":
      if (index === -1) return { select: first };
      return { select: ids[Math.min(index + 1, ids.length - 1)] as string };
    case "previous":
      if (index === -1) return { select: last };
      if (index === 0) return { focusSearch: true };
      return { select: ids[index - 1] as string };
  }
}

/**
 * The selection after the visible cards changed (a search, a filter, a library refresh):
 * kept while that card is still visible, otherwise cleared.
 */
export function keepSelection(ids: readonly string[], current: string | null): string | null {
  return current !== null && ids.includes(current) ? current : null;
}

/** What a key press asks the reader to do. */
export type ReaderAction = "back";

/** The reader's shortcut for a key press, or null to leave the key alone. */
export function readerKeyAction(press: KeyPress): ReaderAction | null {
  if (press.ctrlKey || press.metaKey || press.isComposing) return null;
  if (press.target === "form-field" || press.target === "search") return null;
  if (press.key === "Escape" && !press.altKey) return "back";
  // Alt+Left is "back" in every browser; people carry the habit into reading apps.
  if (press.key === "ArrowLeft" && press.altKey) return "back";
  return null;
}

/** Classifies a DOM event target for `KeyPress.target`. */
export function keyTargetOf(target: EventTarget | null): KeyTarget {
  if (typeof Element === "undefined" || !(target instanceof Element)) return "other";
  if (target.closest("[data-testid='search-input']")) return "search";
  if (target.closest("input, select, textarea, [contenteditable='true']")) return "form-field";
  if (target.closest("button, a[href], summary, [role='button']")) return "control";
  return "other";
}
