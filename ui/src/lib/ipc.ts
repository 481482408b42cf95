/**
 * The UI's whole connection to Rust: the only module that calls `invoke` or `listen`.
 *
 * Each function mirrors one Tauri command (`src-tauri/src/*_commands.rs` and `commands.rs`; the
 * list is checked against the handler list by `tests/command_lists.rs`) and returns the types
 * generated from the Rust structs. Every rejection is normalised to a `CommandError`, so
 * callers can branch on `code` whatever went wrong (a command error, a missing backend, a
 * serialisation problem).
 */
import { Channel, invoke } from "@tauri-apps/api/core";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import type { SalvageDone } from "./bindings/SalvageDone";
import type { AnswerImport } from "./bindings/AnswerImport";
import type { AppSettings } from "./bindings/AppSettings";
import type { ArticleLinks } from "./bindings/ArticleLinks";
import type { CommandError } from "./bindings/CommandError";
import type { Lang } from "./bindings/Lang";
import type { LibrarySnapshot } from "./bindings/LibrarySnapshot";
import type { RenderedArticle } from "./bindings/RenderedArticle";
import type { SearchQuery } from "./bindings/SearchQuery";
import type { AssessmentContext } from "./bindings/AssessmentContext";
import type { BackupInfo } from "./bindings/BackupInfo";
import type { CustomSkill } from "./bindings/CustomSkill";
import type { DayCount } from "./bindings/DayCount";
import type { ExportDone } from "./bindings/ExportDone";
import type { ExportProgress } from "./bindings/ExportProgress";
import type { ExportRequest } from "./bindings/ExportRequest";
import type { ImportDone } from "./bindings/ImportDone";
import type { Draft } from "./bindings/Draft";
import type { Entry } from "./bindings/Entry";
import type { EntryInput } from "./bindings/EntryInput";
import type { ErrorCode } from "./bindings/ErrorCode";
import type { EntryPage } from "./bindings/EntryPage";
import type { EntryQuery } from "./bindings/EntryQuery";
import type { EntryVersion } from "./bindings/EntryVersion";
import type { JournalStatus } from "./bindings/JournalStatus";
import type { ProgressRequest } from "./bindings/ProgressRequest";
import type { ProgressView } from "./bindings/ProgressView";
import type { FeedbackRequest } from "./bindings/FeedbackRequest";
import type { RequestInput } from "./bindings/RequestInput";
import type { RequestWritten } from "./bindings/RequestWritten";
import type { SkillStats } from "./bindings/SkillStats";
import type { TagCount } from "./bindings/TagCount";

/** Code used when the rejection did not come from a Rust command (for example no backend). */
export const IPC_UNAVAILABLE: ErrorCode = "ipc_unavailable";
/** Code used when a command rejected with something that is not a `CommandError`. */
export const UNKNOWN_ERROR: ErrorCode = "unknown";

/** Whether a value has the `{ code, message }` shape the shell sends for every error. */
export function isCommandError(value: unknown): value is CommandError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Record<string, unknown>).code === "string" &&
    typeof (value as Record<string, unknown>).message === "string"
  );
}

/** Turns whatever a failed call rejected with into a `CommandError`. */
export function toCommandError(reason: unknown): CommandError {
  if (isCommandError(reason)) {
    const fields = Array.isArray((reason as { fields?: unknown }).fields) ? reason.fields : [];
    const args = (reason as { args?: unknown }).args;
    const named = typeof args === "object" && args !== null ? (args as CommandError["args"]) : {};
    return { code: reason.code, args: named, message: reason.message, fields };
  }
  if (typeof reason === "string") return { code: UNKNOWN_ERROR, args: {}, message: reason, fields: [] };
  if (reason instanceof Error) {
    // Outside the Tauri window (`vite dev` in a browser) the IPC bridge does not exist.
    const missingBridge = !("__TAURI_INTERNALS__" in globalThis);
    return {
      code: missingBridge ? IPC_UNAVAILABLE : UNKNOWN_ERROR,
      args: {},
      message: reason.message,
      fields: [],
    };
  }
  return { code: UNKNOWN_ERROR, args: {}, message: String(reason), fields: [] };
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (reason) {
    throw toCommandError(reason);
  }
}

/** All articles (newest first, then title), the skill catalogue and every tag in use. */
export function librarySnapshot(): Promise<LibrarySnapshot> {
  return call<LibrarySnapshot>("library_snapshot");
}

/** Ids of the articles matching the query, best match first. */
export function searchArticles(query: SearchQuery): Promise<string[]> {
  return call<string[]>("search_articles", { query });
}

/** One article rendered to sanitised HTML, with its table of contents. */
export function openArticle(id: string): Promise<RenderedArticle> {
  return call<RenderedArticle>("open_article", { id });
}

/** The trainee's links from the article's unrecognised list items to skills (journal open). */
export function articleLinks(articleId: string): Promise<ArticleLinks> {
  return call<ArticleLinks>("article_links", { articleId });
}

/** Links an unrecognised list item (by its key) of the article to a skill; Rust checks both. */
export function linkArticleItem(articleId: string, item: string, skillId: string): Promise<ArticleLinks> {
  return call<ArticleLinks>("link_article_item", { articleId, item, skillId });
}

/** Removes the link of an unrecognised list item of the article. */
export function unlinkArticleItem(articleId: string, item: string): Promise<ArticleLinks> {
  return call<ArticleLinks>("unlink_article_item", { articleId, item });
}

/** The saved UI language (if any), the operating system's language and the app version. */
export function appSettings(): Promise<AppSettings> {
  return call<AppSettings>("app_settings");
}

/** Remembers the UI language; `null` means: follow the operating system. */
export function setLocale(locale: Lang | null): Promise<AppSettings> {
  return call<AppSettings>("set_locale", { locale });
}

/** Opens an http(s) or mailto link in the system browser or mail client (Rust checks it). */
export function openExternal(url: string): Promise<void> {
  return call<void>("open_external", { url });
}

// ---- The journal -------------------------------------------------------------------------
// Every journal command rejects with code "journal_unavailable" while the journal could not be
// opened (see `journalStatus`), and with code "validation" plus `fields` when a write breaks a
// rule: each field error names the field's path in the input (`content.situation`,
// `skills[1].rating`), so the form can show it next to that field.

/** Whether the journal is open, and if not why (damaged, too new) and which backup to offer. */
export function journalStatus(): Promise<JournalStatus> {
  return call<JournalStatus>("journal_status");
}

/** Entries matching the query, newest first, one page at a time (`page.next` continues). */
export function findEntries(query: EntryQuery): Promise<EntryPage> {
  return call<EntryPage>("find_entries", { query });
}

/** One entry, also when it is in the trash. */
export function getEntry(id: number): Promise<Entry> {
  return call<Entry>("get_entry", { id });
}

/** Saves a new entry; when `draftKey` is given, that draft is discarded once the entry is saved. */
export function createEntry(input: EntryInput, draftKey: string | null = null): Promise<Entry> {
  return call<Entry>("create_entry", { input, draftKey });
}

/** Saves a new version of an entry (the previous one stays in its history). */
export function updateEntry(
  id: number,
  input: EntryInput,
  draftKey: string | null = null,
): Promise<Entry> {
  return call<Entry>("update_entry", { id, input, draftKey });
}

/** Marks an action done or not done. */
export function setActionDone(id: number, done: boolean): Promise<Entry> {
  return call<Entry>("set_action_done", { id, done });
}

/** Every version of an entry, the current one first. */
export function entryHistory(id: number): Promise<EntryVersion[]> {
  return call<EntryVersion[]>("entry_history", { id });
}

/** Makes an earlier version the current one (as a new version: nothing is lost). */
export function restoreEntryVersion(id: number, version: number): Promise<Entry> {
  return call<Entry>("restore_entry_version", { id, version });
}

/** Moves an entry to the trash. */
export function deleteEntry(id: number): Promise<Entry> {
  return call<Entry>("delete_entry", { id });
}

/** Takes an entry out of the trash. */
export function restoreFromTrash(id: number): Promise<Entry> {
  return call<Entry>("restore_from_trash", { id });
}

/** The entries in the trash, most recently deleted first. */
export function trashEntries(): Promise<Entry[]> {
  return call<Entry[]>("trash_entries");
}

/** Deletes everything in the trash for good; resolves to how many entries went. */
export function emptyTrash(): Promise<number> {
  return call<number>("empty_trash");
}

/** Saves what is being typed under `key` (JSON text); on disk when this resolves. */
export function saveDraft(key: string, text: string): Promise<Draft> {
  return call<Draft>("save_draft", { key, text });
}

/** The draft under `key`, or null. */
export function getDraft(key: string): Promise<Draft | null> {
  return call<Draft | null>("get_draft", { key });
}

/** Every draft, most recently saved first. */
export function listDrafts(): Promise<Draft[]> {
  return call<Draft[]>("list_drafts");
}

/** Throws the draft under `key` away. */
export function discardDraft(key: string): Promise<boolean> {
  return call<boolean>("discard_draft", { key });
}

/**
 * Days from `from` to `to` (YYYY-MM-DD, inclusive) that have entries, with counts; private
 * entries count only with `includePrivate` (as in the list).
 */
export function daysWithEntries(
  from: string,
  to: string,
  includePrivate: boolean,
): Promise<DayCount[]> {
  return call<DayCount[]>("days_with_entries", { from, to, includePrivate });
}

/** Tags in use in the journal, most used first. */
export function journalTags(): Promise<TagCount[]> {
  return call<TagCount[]>("journal_tags");
}

/** Per skill: entries, latest self-assessed level, average feedback rating. */
export function skillStats(): Promise<SkillStats[]> {
  return call<SkillStats[]>("skill_stats");
}

/** The previous self-assessed level of a skill as of `date` and the entries since (evidence). */
export function assessmentContext(
  skillId: string,
  date: string,
  editing: number | null = null,
): Promise<AssessmentContext> {
  return call<AssessmentContext>("assessment_context", { skillId, date, editing });
}

/** The trainee's own skills (archived ones too). */
export function customSkills(): Promise<CustomSkill[]> {
  return call<CustomSkill[]>("custom_skills");
}

/** Adds a skill of the trainee's own. */
export function addCustomSkill(name: string): Promise<CustomSkill> {
  return call<CustomSkill>("add_custom_skill", { name });
}

/** Renames one of the trainee's own skills. */
export function renameCustomSkill(id: string, name: string): Promise<CustomSkill> {
  return call<CustomSkill>("rename_custom_skill", { id, name });
}

/** Archives (hides from pickers) or unarchives one of the trainee's own skills. */
export function setCustomSkillArchived(id: string, archived: boolean): Promise<CustomSkill> {
  return call<CustomSkill>("set_custom_skill_archived", { id, archived });
}

/** Deletes an own skill no entry uses (else rejects with code "skill_in_use"). */
export function deleteCustomSkill(id: string): Promise<void> {
  return call<void>("delete_custom_skill", { id });
}

/** The journal's backups, newest first. */
export function listBackups(): Promise<BackupInfo[]> {
  return call<BackupInfo[]>("list_backups");
}

/** Makes a backup now. */
export function backupNow(): Promise<BackupInfo> {
  return call<BackupInfo>("backup_now");
}

/**
 * Replaces the journal with a backup (the current file is kept aside) and reopens it; also
 * the way out when the journal was found damaged. Resolves to the new status.
 */
export function restoreBackup(path: string): Promise<JournalStatus> {
  return call<JournalStatus>("restore_backup", { path });
}

/** Recovers what can be read from the damaged file the journal status reports. */
export function salvageJournal(): Promise<SalvageDone> {
  return call<SalvageDone>("salvage_journal");
}

/** After damage: begins a new, empty journal on purpose (the damaged file and backups stay). */
export function startEmptyJournal(): Promise<JournalStatus> {
  return call<JournalStatus>("start_empty_journal");
}

/**
 * The progress report for a period: self versus others per skill with flags, the radar and
 * trend charts as SVG made in Rust (the same as in exported reports) with table equivalents,
 * actions and activity.
 */
export function progressReport(request: ProgressRequest): Promise<ProgressView> {
  return call<ProgressView>("progress_report", { request });
}

/**
 * Writes a report (or, for `json`, the whole journal) to a file the trainee picks in the native
 * save dialog, which Rust shows. `onprogress` hears what it is doing (gathering, choosing,
 * typesetting, writing). Resolves to null when the dialog was cancelled; nothing is written
 * when it rejects.
 */
export function exportReport(
  request: ExportRequest,
  onprogress: (stage: ExportProgress) => void,
): Promise<ExportDone | null> {
  const progress = new Channel<ExportProgress>();
  progress.onmessage = onprogress;
  return call<ExportDone | null>("export_report", { request, progress });
}

/** Shows the file the last export wrote in the system's file manager. */
export function revealLastExport(): Promise<void> {
  return call<void>("reveal_last_export");
}

/**
 * Reads a JSON export the trainee picks in the native open dialog into the journal (restored
 * when the journal is empty, merged without duplicates otherwise; a backup is made first).
 * Resolves to null when the dialog was cancelled.
 */
export function importJournal(): Promise<ImportDone | null> {
  return call<ImportDone | null>("import_journal");
}

/** Every feedback request, newest first, with where it stands today. */
export function feedbackRequests(): Promise<FeedbackRequest[]> {
  return call<FeedbackRequest[]>("feedback_requests");
}

/**
 * Saves a feedback request and writes its form (one HTML file for the giver) where the trainee
 * chooses in the native save dialog. Rejects with `validation` before the dialog opens when
 * the request is refused; resolves to null when the dialog was cancelled (nothing saved).
 */
export function askForFeedback(input: RequestInput): Promise<RequestWritten | null> {
  return call<RequestWritten | null>("ask_for_feedback", { input });
}

/** Withdraws a request: answers to it that come later are refused. */
export function withdrawFeedbackRequest(id: string): Promise<FeedbackRequest> {
  return call<FeedbackRequest>("withdraw_feedback_request", { id });
}

/**
 * Imports an answer: the block of text a giver sent (pasted, or read from a dropped file). It
 * becomes feedback given directly; the same answer twice adds nothing (`alreadyImported`).
 */
export function importAnswer(answer: string): Promise<AnswerImport> {
  return call<AnswerImport>("import_answer", { answer });
}

/**
 * Calls `callback` whenever the article folders change. Resolves to a function that stops
 * listening; outside Tauri it resolves to a no-op so the UI still starts.
 */
export async function onLibraryChanged(callback: () => void): Promise<UnlistenFn> {
  try {
    return await listen("library-changed", () => callback());
  } catch {
    return () => {};
  }
}
