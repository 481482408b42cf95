/**
 * The UI's whole connection to Rust: the only module that calls `invoke` or `listen`.
 *
 * Each function mirrors one Tauri command from docs/architecture.md and returns the types
 * generated from the Rust structs. Every rejection is normalised to a `CommandError`, so
 * callers can branch on `code` whatever went wrong (a command error, a missing backend, a
 * serialisation problem).
 */
import { invoke } from "@tauri-apps/api/core";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import type { AppSettings } from "./bindings/AppSettings";
import type { CommandError } from "./bindings/CommandError";
import type { Lang } from "./bindings/Lang";
import type { LibrarySnapshot } from "./bindings/LibrarySnapshot";
import type { RenderedArticle } from "./bindings/RenderedArticle";
import type { SearchQuery } from "./bindings/SearchQuery";

/** Code used when the rejection did not come from a Rust command (for example no backend). */
export const IPC_UNAVAILABLE = "ipc_unavailable";
/** Code used when a command rejected with something that is not a `CommandError`. */
export const UNKNOWN_ERROR = "unknown";

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
  if (isCommandError(reason)) return { code: reason.code, message: reason.message };
  if (typeof reason === "string") return { code: UNKNOWN_ERROR, message: reason };
  if (reason instanceof Error) {
    // Outside the Tauri window (`vite dev` in a browser) the IPC bridge does not exist.
    const missingBridge = !("__TAURI_INTERNALS__" in globalThis);
    return { code: missingBridge ? IPC_UNAVAILABLE : UNKNOWN_ERROR, message: reason.message };
  }
  return { code: UNKNOWN_ERROR, message: String(reason) };
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
