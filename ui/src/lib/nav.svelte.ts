/**
 * Where the window is: one view at a time, with a back stack so Esc and the back buttons
 * return to where the person came from (the library with its scroll place, the journal with
 * its filters, the article that prompted an entry).
 *
 * Views are plain data: any component can ask to go somewhere with `nav.go(...)`.
 */
import type { EntryKind } from "./bindings/EntryKind";
import type { FeedbackSetting } from "./bindings/FeedbackSetting";
import type { GiverRole } from "./bindings/GiverRole";
import type { RequestWritten } from "./bindings/RequestWritten";

/** What a new-entry form starts with (from the reader, the journal or an entry). */
export type EntryPrefill = {
  /** Skills to tick from the start (catalogue or custom ids). */
  skillIds?: string[];
  /** The article the entry is about. */
  articleId?: string | null;
  /** For an action: the feedback or reflection it comes from. */
  sourceEntryId?: number | null;
};

/** What a new feedback request starts with (from the journal, an article's skill or an entry). */
export type RequestPrefill = {
  skillIds?: string[];
  giverRole?: GiverRole | null;
  giverName?: string | null;
  setting?: FeedbackSetting | null;
  /** The day it is about (YYYY-MM-DD). */
  aboutDate?: string | null;
};

export type View =
  | { kind: "library"; restorePlace: boolean }
  | { kind: "reader"; id: string }
  | { kind: "journal" }
  | { kind: "progress" }
  | { kind: "entry"; id: number }
  | { kind: "history"; id: number }
  | { kind: "trash" }
  | { kind: "backups" }
  | { kind: "skills" }
  /** `written`: the request whose form was just saved, to say where it is and how to send it. */
  | { kind: "requests"; written?: RequestWritten }
  | { kind: "new-request"; prefill: RequestPrefill }
  | { kind: "new-entry"; entryKind: EntryKind; prefill: EntryPrefill }
  | { kind: "edit-entry"; id: number };

/** The top-level sections the top bar switches between. */
export type Section = "library" | "journal" | "progress";

/** The section a view belongs to, for the top bar's current tab. */
export function sectionOf(view: View): Section {
  if (view.kind === "library" || view.kind === "reader") return "library";
  return view.kind === "progress" ? "progress" : "journal";
}

class Navigation {
  view = $state<View>({ kind: "library", restorePlace: false });
  /** Earlier views, most recent last. */
  private stack: View[] = [];

  readonly section = $derived(sectionOf(this.view));

  /** Shows `view`; `back()` returns to the current one. */
  go(view: View): void {
    this.stack.push(this.view);
    if (this.stack.length > 50) this.stack.shift();
    this.view = view;
  }

  /** Shows `view` in place of the current one (after saving a form, say). */
  replace(view: View): void {
    this.view = view;
  }

  /** The kind of view `back()` returns to (the library when the stack is empty). */
  get previousKind(): View["kind"] {
    return this.stack.at(-1)?.kind ?? "library";
  }

  /** Whether there is somewhere to go back to. */
  get canGoBack(): boolean {
    return this.stack.length > 0;
  }

  /** Returns to the previous view (the library when there is none). */
  back(): void {
    const previous = this.stack.pop();
    if (previous?.kind === "library") {
      this.view = { kind: "library", restorePlace: true };
    } else {
      this.view = previous ?? { kind: "library", restorePlace: true };
    }
  }

  /** Switches section from the top bar: starts a fresh stack at the section's home. */
  home(section: Section): void {
    this.stack = [];
    this.view =
      section === "library"
        ? { kind: "library", restorePlace: true }
        : section === "progress"
          ? { kind: "progress" }
          : { kind: "journal" };
  }
}

export const nav = new Navigation();
