/**
 * Pure helpers for showing journal entries: their text fields in form order, the line a list
 * shows for them, which fields changed between two versions, how long an entry stays in the
 * trash, and timestamps and file sizes written out in the UI language.
 */
import type { EntryContent } from "./bindings/EntryContent";
import type { EntryInput } from "./bindings/EntryInput";
import type { Lang } from "./bindings/Lang";

/** How many days an entry stays in the trash before it is deleted for good (Rust: TRASH_DAYS). */
export const TRASH_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** A text field of an entry's content, by its path in `EntryInput`. */
export type TextField = { field: string; text: string };

/** Every free-text field of the content in form order, empty ones as "". */
export function contentFields(content: EntryContent): TextField[] {
  const fields: [string, string | null][] = (() => {
    switch (content.kind) {
      case "feedback":
        return [
          ["content.situation", content.situation],
          ["content.behaviour", content.behaviour],
          ["content.impact", content.impact],
          ["content.nextStep", content.nextStep],
          ["content.keepDoing", content.keepDoing ?? null],
          ["content.tryNext", content.tryNext ?? null],
        ];
      case "reflection":
        return [
          ["content.situation", content.situation],
          ["content.task", content.task],
          ["content.action", content.action],
          ["content.result", content.result],
          ["content.reflection", content.reflection],
        ];
      case "self_assessment":
        return [["content.note", content.note]];
      case "action":
        return [["content.text", content.text]];
    }
  })();
  return fields.map(([field, text]) => ({ field, text: text ?? "" }));
}

/** The free-text fields of the content in form order, empty ones left out. */
export function contentTexts(content: EntryContent): TextField[] {
  return contentFields(content).filter((field) => field.text.trim() !== "");
}

/** The first non-empty line of the entry's first text, for the journal list; null when none. */
export function firstLine(content: EntryContent): string | null {
  const first = contentTexts(content)[0];
  if (!first) return null;
  const line = first.text.split(/\r?\n/).find((part) => part.trim() !== "");
  return line?.trim() ?? null;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The fields that differ between a version and the one before it, as paths: `date`,
 * `skills`, `articleId`, `tags`, `private`, `content.<field>`. Everything counts as unchanged
 * when there is no earlier version.
 */
export function changedFields(version: EntryInput, previous: EntryInput | null): Set<string> {
  const changed = new Set<string>();
  if (previous === null) return changed;
  if (version.date !== previous.date) changed.add("date");
  if (!same(version.skills, previous.skills)) changed.add("skills");
  if (version.articleId !== previous.articleId) changed.add("articleId");
  if (!same(version.tags, previous.tags)) changed.add("tags");
  if (version.private !== previous.private) changed.add("private");
  const now = version.content as Record<string, unknown>;
  const before = previous.content as Record<string, unknown>;
  for (const key of new Set([...Object.keys(now), ...Object.keys(before)])) {
    if (key !== "kind" && !same(now[key], before[key])) changed.add(`content.${key}`);
  }
  return changed;
}

/**
 * A timestamp from Rust (RFC 3339, up to nanoseconds) as a Date, or null. Fractions are cut to
 * milliseconds first: not every webview parses more digits.
 */
export function parseTimestamp(timestamp: string): Date | null {
  const normalised = timestamp.trim().replace(/(\.\d{3})\d+/, "$1").replace(" ", "T");
  const date = new Date(normalised);
  return Number.isNaN(date.getTime()) ? null : date;
}

function localeOf(lang: Lang): string {
  return lang === "nl" ? "nl-NL" : "en-GB";
}

/**
 * A moment written out in the UI language and the trainee's time zone: "30 november 2026 om
 * 21:53". Shown as given when it cannot be read.
 */
export function formatDateTime(lang: Lang, timestamp: string, timeZone?: string): string {
  const date = parseTimestamp(timestamp);
  if (date === null) return timestamp;
  return new Intl.DateTimeFormat(localeOf(lang), {
    dateStyle: "long",
    timeStyle: "short",
    timeZone,
  }).format(date);
}

/**
 * Whole days until an entry deleted at `deletedAt` is purged (rounded up, so "1 day" until the
 * last moment); 0 when it is due.
 */
export function trashDaysLeft(deletedAt: string, now: Date): number {
  const deleted = parseTimestamp(deletedAt);
  if (deleted === null) return TRASH_DAYS;
  const left = deleted.getTime() + TRASH_DAYS * DAY_MS - now.getTime();
  return Math.max(0, Math.ceil(left / DAY_MS));
}

/** A file size in the UI language: "812 kB", "3,4 MB". */
export function formatBytes(lang: Lang, bytes: number): string {
  const units = ["byte", "kilobyte", "megabyte", "gigabyte"] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(localeOf(lang), {
    style: "unit",
    unit: units[unit],
    unitDisplay: "short",
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value);
}
