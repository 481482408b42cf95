/**
 * An answer's file dropped anywhere on the window (the giver's download, dragged from the file
 * manager or a mail program): the window's drop handler keeps the file here and shows the
 * requests view, whose answer box reads and imports it. A drag that carries no files (text
 * moved between fields) is left to the page.
 */
import { nav } from "../../lib/nav.svelte";

class AnswerInbox {
  /** A dropped file the answer box has not taken yet. */
  file = $state<File | null>(null);

  /** The dropped file, once. */
  take(): File | null {
    const file = this.file;
    this.file = null;
    return file;
  }
}

export const answerInbox = new AnswerInbox();

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes("Files") ?? false;
}

/** The window's `dragover`: lets a file be dropped anywhere. */
export function onWindowDragOver(event: DragEvent): void {
  if (carriesFiles(event)) event.preventDefault();
}

/** The window's `drop`: a file not dropped on the answer box itself goes to it. */
export function onWindowDrop(event: DragEvent): void {
  if (event.defaultPrevented || !carriesFiles(event)) return;
  // A file dropped on a page would otherwise be opened in its place.
  event.preventDefault();
  const file = event.dataTransfer?.files[0];
  if (!file) return;
  answerInbox.file = file;
  if (nav.view.kind !== "requests") nav.go({ kind: "requests" });
}
