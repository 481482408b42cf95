/**
 * Pure helpers of the progress view: what a period preset asks Rust for, the gap between the
 * self-assessed level and others' average, and the activity strip's bar heights. The rules
 * (which days a preset means, since when "the start" is, which actions are overdue) are Rust's
 * (crates/reports/src/scope.rs and report.rs); the view shows what it answers.
 */
import type { Lang } from "./bindings/Lang";
import type { PeriodChoice } from "./bindings/PeriodChoice";
import type { WeekCount } from "./bindings/WeekCount";
import { isDay } from "./weeks";

/** The periods the view offers. */
export type PeriodPreset = "4w" | "8w" | "12w" | "start" | "custom";

export const PERIOD_PRESETS: readonly PeriodPreset[] = ["4w", "8w", "12w", "start", "custom"];

/** The days of a custom period as typed (YYYY-MM-DD, or "" while a field is empty). */
export type Period = { from: string; to: string };

const WEEKS: Record<"4w" | "8w" | "12w", number> = { "4w": 4, "8w": 8, "12w": 12 };

/**
 * What a preset asks for; null for a custom period whose fields do not both hold a day yet
 * (nothing to ask). A custom period that ends before it starts is asked as it is: Rust refuses
 * it with `invalid_period`.
 */
export function periodChoice(preset: PeriodPreset, custom: Period): PeriodChoice | null {
  switch (preset) {
    case "4w":
    case "8w":
    case "12w":
      return { kind: "last_weeks", weeks: WEEKS[preset] };
    case "start":
      return { kind: "since_start" };
    case "custom":
      return isDay(custom.from) && isDay(custom.to) ? { kind: "between", from: custom.from, to: custom.to } : null;
  }
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
