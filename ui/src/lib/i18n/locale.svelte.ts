/**
 * The current UI language as reactive state, and `t()` to read a message in it.
 *
 * The language is the one saved in the settings, else the operating system's. Choosing a
 * language in the UI saves it through Rust (`set_locale`), so the next start remembers it.
 */
import type { AppSettings } from "../bindings/AppSettings";
import type { Lang } from "../bindings/Lang";
import type { LocalizedText } from "../bindings/LocalizedText";
import { appSettings, setLocale } from "../ipc";
import { formatDate, formatMessage, langFromTag, type MessageArgs } from "./fluent";

// Until the settings arrive, the webview's own language is the best guess.
let current = $state<Lang>(langFromTag(globalThis.navigator?.language));
let version = $state<string | null>(null);
let userArticlesDir = $state<string | null>(null);

function apply(settings: AppSettings): void {
  current = settings.locale ?? settings.osLocale;
  version = settings.version;
  userArticlesDir = settings.userArticlesDir;
}

/** The UI language and app version, readable in templates and effects. */
export const i18n = {
  get lang(): Lang {
    return current;
  },
  get version(): string | null {
    return version;
  },
  /** The folder where the trainee's own articles go (null until the settings arrive). */
  get userArticlesDir(): string | null {
    return userArticlesDir;
  },
};

/** Reads the saved language (or the OS language) from Rust. Keeps the guess if that fails. */
export async function loadLocale(): Promise<void> {
  try {
    apply(await appSettings());
  } catch {
    // Without settings the UI still works in the guessed language.
  }
}

/** Switches the UI language at once and asks Rust to remember it. */
export async function chooseLocale(lang: Lang): Promise<void> {
  current = lang;
  try {
    apply(await setLocale(lang));
  } catch {
    // Not remembered, but the switch itself still holds for this session.
    current = lang;
  }
}

/** Message `id` in the current UI language. */
export function t(id: string, args?: MessageArgs): string {
  return formatMessage(current, id, args);
}

/** A date ("YYYY-MM-DD") written out in the current UI language. */
export function date(isoDate: string): string {
  return formatDate(current, isoDate);
}

/** A moment in the UI language: its time today, else its date and time ("14:05", "2 dec 2026 14:05"). */
export function moment(value: Date | string, now: Date = new Date()): string {
  const when = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(when.getTime())) return String(value);
  const sameDay = when.toDateString() === now.toDateString();
  return new Intl.DateTimeFormat(current === "nl" ? "nl-NL" : "en-GB", {
    dateStyle: sameDay ? undefined : "medium",
    timeStyle: "short",
  }).format(when);
}

/** The current language's half of a text from the skill catalogue. */
export function localized(text: LocalizedText): string {
  return text[current];
}
