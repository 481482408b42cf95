/**
 * Esc (and Alt+Left) on the journal's inner views goes back, like in the reader: the same
 * rules (lib/keyboard.ts), except while a confirmation dialog is open, where Esc closes it.
 */
import { keyTargetOf, readerKeyAction } from "../../lib/keyboard";
import { nav } from "../../lib/nav.svelte";

/** A window `keydown` handler for views with a back button. */
export function backOnEscape(event: KeyboardEvent): void {
  if (event.defaultPrevented || document.querySelector("dialog[open]")) return;
  const action = readerKeyAction({
    key: event.key,
    target: keyTargetOf(event.target),
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    altKey: event.altKey,
    isComposing: event.isComposing,
  });
  if (action === "back") {
    event.preventDefault();
    nav.back();
  }
}
