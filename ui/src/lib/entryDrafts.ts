/**
 * Drafts: what the trainee types, kept so nothing is lost. `serializeDraft` / `parseDraft` store
 * the form's state as versioned JSON and read back whatever still makes sense from an older or
 * damaged draft; `DraftSaver` saves while the person types (debounced, one save at a time, the
 * latest text always wins). Free of Svelte and the DOM so it can be tested directly.
 */
import type { EntryKind } from "./bindings/EntryKind";
import type { FeedbackSetting } from "./bindings/FeedbackSetting";
import type { GiverRole } from "./bindings/GiverRole";
import { ISO_DATE, TEXT_FIELDS, addTags, isRecord, stringOr, type FormState, type SkillRow } from "./entryForm";
import { ENTRY_KINDS, FEEDBACK_SETTINGS, GIVER_ROLES } from "./enums";

/** How long typing must pause before the draft is saved. */
export const DRAFT_DEBOUNCE_MS = 400;
/** The draft format written by this version of the form. */
export const DRAFT_VERSION = 1;

/** The draft key of a form: `new-<kind>` for a new entry, `entry-<id>` for an edit. */
export function draftKey(kind: EntryKind, editId: number | null): string {
  return editId === null ? `new-${kind}` : `entry-${editId}`;
}

/** The draft text for a form (versioned JSON). */
export function serializeDraft(state: FormState): string {
  return JSON.stringify({ version: DRAFT_VERSION, state });
}


function ratingOf(value: unknown): number | null {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5
    ? value
    : null;
}

function skillRows(value: unknown, fallback: SkillRow[]): SkillRow[] {
  if (!Array.isArray(value)) return fallback;
  const seen = new Set<string>();
  const rows: SkillRow[] = [];
  for (const item of value) {
    // Version 0 drafts (and hand-edited ones) may list bare skill ids.
    const row = typeof item === "string" ? { skillId: item } : item;
    if (!isRecord(row) || typeof row.skillId !== "string" || row.skillId.trim() === "") continue;
    if (seen.has(row.skillId)) continue;
    seen.add(row.skillId);
    rows.push({
      skillId: row.skillId,
      rating: ratingOf(row.rating),
      justification: stringOr(row.justification, ""),
    });
  }
  return rows;
}

/**
 * The form state in a draft, or null when the draft is not JSON, is for another kind of
 * entry, or holds nothing usable. Older or damaged drafts give back every field that still
 * has the right type; the rest comes from `base` (the fresh form).
 */
export function parseDraft(text: string, base: FormState): FormState | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(parsed)) return null;
  // Version 1 wraps the state; anything without a version is taken as a bare state.
  const raw = isRecord(parsed.state) ? parsed.state : parsed;
  if (typeof raw.kind === "string" && ENTRY_KINDS.includes(raw.kind as EntryKind) && raw.kind !== base.kind) {
    return null;
  }
  const state: FormState = { ...base };
  state.date = typeof raw.date === "string" && ISO_DATE.test(raw.date) ? raw.date : base.date;
  state.skills = skillRows(raw.skills, base.skills);
  if (raw.articleId === null || typeof raw.articleId === "string") state.articleId = raw.articleId;
  if (Array.isArray(raw.tags)) {
    state.tags = addTags([], raw.tags.filter((tag): tag is string => typeof tag === "string").join(","));
  }
  state.tagText = stringOr(raw.tagText, base.tagText);
  if (typeof raw.private === "boolean") state.private = raw.private;
  if (FEEDBACK_SETTINGS.includes(raw.setting as FeedbackSetting)) state.setting = raw.setting as FeedbackSetting;
  if (GIVER_ROLES.includes(raw.giverRole as GiverRole)) state.giverRole = raw.giverRole as GiverRole;
  for (const field of Object.values(TEXT_FIELDS).flat()) {
    state[field] = stringOr(raw[field], base[field]);
  }
  state.due = stringOr(raw.due, base.due);
  if (typeof raw.done === "boolean") state.done = raw.done;
  if (raw.sourceEntryId === null || (typeof raw.sourceEntryId === "number" && Number.isInteger(raw.sourceEntryId))) {
    state.sourceEntryId = base.kind === "action" ? raw.sourceEntryId : null;
  }
  return state;
}

/** What the draft saver is doing, for the quiet status line. */
export type DraftStatus = "idle" | "pending" | "saving" | "saved" | "error";

/** How the draft saver reaches the backend and reports back. */
export type DraftSaverOptions = {
  save: (text: string) => Promise<unknown>;
  onstatus?: (status: DraftStatus, error: unknown) => void;
  delay?: number;
  /** Injected in tests. */
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
};

/**
 * Saves a draft while the person types: `update` with the form's draft text on every change,
 * `flush` on blur or when the window hides. One save runs at a time and the latest text always
 * wins. `baseline` says which text is already stored (nothing to save until it changes);
 * `stop` ends saving for good (the entry itself was saved and Rust discarded the draft).
 */
export class DraftSaver {
  private readonly options: DraftSaverOptions;
  private stored: string | null = null;
  private pending: string | null = null;
  private timer: unknown = null;
  private running: Promise<void> | null = null;
  private paused = false;
  private stopped = false;
  status: DraftStatus = "idle";

  constructor(options: DraftSaverOptions) {
    this.options = options;
  }

  /** Marks `text` as what is stored (or null: nothing is). */
  baseline(text: string | null): void {
    this.stored = text;
    this.pending = null;
    this.cancelTimer();
    this.setStatus("idle", null);
  }

  /** The form changed: save `text` after a short pause in typing. */
  update(text: string): void {
    if (this.stopped) return;
    if (text === this.stored && this.running === null) {
      this.pending = null;
      this.cancelTimer();
      return;
    }
    this.pending = text;
    this.setStatus("pending", null);
    if (this.paused) return;
    this.cancelTimer();
    const set = this.options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
    this.timer = set(() => {
      this.timer = null;
      void this.flush();
    }, this.options.delay ?? DRAFT_DEBOUNCE_MS);
  }

  /** Saves what is pending now; resolves once nothing is pending or running. */
  async flush(): Promise<void> {
    this.cancelTimer();
    while (!this.stopped && !this.paused) {
      if (this.running) {
        await this.running;
        continue;
      }
      const text = this.pending;
      if (text === null || text === this.stored) {
        this.pending = null;
        return;
      }
      this.pending = null;
      this.running = this.saveOnce(text);
      await this.running;
      this.running = null;
      if (this.status === "error") return;
    }
  }

  private async saveOnce(text: string): Promise<void> {
    this.setStatus("saving", null);
    try {
      await this.options.save(text);
      this.stored = text;
      this.setStatus(this.pending === null ? "saved" : "pending", null);
    } catch (error) {
      // Keep the text: the next change or flush tries again.
      if (this.pending === null) this.pending = text;
      this.setStatus("error", error);
    }
  }

  /** Holds saving (while the entry itself is being saved); waits for a running save. */
  async pause(): Promise<void> {
    this.paused = true;
    this.cancelTimer();
    if (this.running) await this.running;
  }

  /** Saving resumes (the entry was not saved); anything pending is saved at once. */
  resume(): void {
    this.paused = false;
    if (this.pending !== null) void this.flush();
  }

  /** No more saves, ever. */
  stop(): void {
    this.stopped = true;
    this.pending = null;
    this.cancelTimer();
  }

  /** Whether typed text is waiting to be saved (or failed to save). */
  get hasUnsaved(): boolean {
    return this.pending !== null;
  }

  private cancelTimer(): void {
    if (this.timer !== null) {
      (this.options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)))(
        this.timer,
      );
      this.timer = null;
    }
  }

  private setStatus(status: DraftStatus, error: unknown): void {
    this.status = status;
    this.options.onstatus?.(status, error);
  }
}
