/**
 * Pure helpers of the progress view: the period presets as from/to days, the gap between the
 * self-assessed level and others' average, which open actions are overdue and in which order
 * they come, and the activity strip's bar heights.
 */
import type { Entry } from "./bindings/Entry";
import type { Lang } from "./bindings/Lang";
import type { WeekCount } from "./bindings/WeekCount";
import { daysWithEntries } from "./ipc";
import { addDays, isDay } from "./weeks";

/** The periods the view offers. */
export type PeriodPreset = "4w" | "8w" | "12w" | "start" | "custom";

export const PERIOD_PRESETS: readonly PeriodPreset[] = ["4w", "8w", "12w", "start", "custom"];

/** Far enough back for "since the start" when no entry tells where the traineeship began. */
export const FAR_BACK = "2000-01-01";

/** A period, both days included. */
export type Period = { from: string; to: string };

/**
 * The days of a preset period ending `today`: the last 4, 8 or 12 weeks (28, 56 or 84 days
 * including today), or since `start` (the first entry; `FAR_BACK` when unknown). A custom
 * period is `custom` when both days are real and in order, else null.
 */
export function presetPeriod(
  preset: PeriodPreset,
  today: string,
  start: string | null = null,
  custom: Period | null = null,
): Period | null {
  switch (preset) {
    case "4w":
      return { from: addDays(today, -27), to: today };
    case "8w":
      return { from: addDays(today, -55), to: today };
    case "12w":
      return { from: addDays(today, -83), to: today };
    case "start":
      return { from: start !== null && isDay(start) && start <= today ? start : FAR_BACK, to: today };
    case "custom":
      if (!custom || !isDay(custom.from) || !isDay(custom.to) || custom.from > custom.to) return null;
      return { from: custom.from, to: custom.to };
  }
}

/** The earliest of some days (YYYY-MM-DD sorts as text), or null when there are none. */
export function earliestDay(days: readonly string[]): string | null {
  return days.reduce<string | null>((min, day) => (min === null || day < min ? day : min), null);
}

/**
 * The start of the traineeship as far as the journal knows: the day of the first entry up to
 * `to` (null when there is none yet), for the "since the start" period.
 */
export async function firstEntryDay(to: string, includePrivate: boolean): Promise<string | null> {
  const days = await daysWithEntries(FAR_BACK, to, includePrivate);
  return earliestDay(days.map((day) => day.date));
}

/** Self minus others, or null when either is missing. */
export function levelGap(self: number | null, others: number | null): number | null {
  return self === null || others === null ? null : self - others;
}

/** A level or average with at most one decimal in the UI language (3, 3.5 / 3,5). */
export function formatLevel(lang: Lang, value: number): string {
  return new Intl.NumberFormat(lang === "nl" ? "nl-NL" : "en-GB", { maximumFractionDigits: 1 }).format(value);
}

/** A gap with its sign (+1.5, −0.7, 0). */
export function formatGap(lang: Lang, gap: number): string {
  return new Intl.NumberFormat(lang === "nl" ? "nl-NL" : "en-GB", {
    maximumFractionDigits: 1,
    signDisplay: "exceptZero",
  }).format(gap);
}

/** An open action: the entry, its text and due day, and whether the due day has passed. */
export type OpenAction = { id: number; text: string; due: string | null; overdue: boolean; skillIds: string[] };

/** Open actions from entries (done ones and other kinds skipped): overdue first, then by due day (none last). */
export function openActions(entries: readonly Entry[], today: string): OpenAction[] {
  const items: OpenAction[] = [];
  for (const entry of entries) {
    const content = entry.content;
    if (content.kind !== "action" || content.done) continue;
    items.push({
      id: entry.id,
      text: content.text,
      due: content.due,
      overdue: content.due !== null && content.due < today,
      skillIds: entry.skills.map((skill) => skill.skillId),
    });
  }
  const key = (item: OpenAction) => `${item.overdue ? 0 : 1}${item.due ?? "9999-99-99"}`;
  return items.sort((a, b) => key(a).localeCompare(key(b)) || a.id - b.id);
}

/** Entries in all the weeks. */
export function totalEntries(weeks: readonly WeekCount[]): number {
  return weeks.reduce((sum, week) => sum + week.count, 0);
}

/** A bar's height out of `full` for `count` against the busiest week (a sliver for zero). */
export function barHeight(count: number, max: number, full: number): number {
  if (max <= 0 || count <= 0) return Math.min(2, full);
  return Math.max(2, Math.round((count / max) * full));
}

/** A day as "5 Oct" / "5 okt", for the activity strip. */
export function shortDay(lang: Lang, iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(lang === "nl" ? "nl-NL" : "en-GB", {
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  }).format(date);
}
