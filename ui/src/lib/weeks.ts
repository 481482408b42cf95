/**
 * Calendar arithmetic for the journal: ISO weeks (the list is grouped by them), written-out
 * week ranges, and the month grid of the calendar.
 *
 * Entry dates are calendar days ("YYYY-MM-DD") without a time zone. Every computation here
 * goes through UTC midnight, so daylight saving time (a 23- or 25-hour day in the trainee's
 * zone) can never move a date by one.
 */
import type { Lang } from "./bindings/Lang";

const DAY_MS = 24 * 60 * 60 * 1000;

/** A "YYYY-MM-DD" day as UTC milliseconds, or null when it is not a real date. */
function toUtc(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    return null;
  }
  return ms;
}

function fromUtc(ms: number): string {
  const date = new Date(ms);
  const y = String(date.getUTCFullYear()).padStart(4, "0");
  const m = String(date.getUTCMonth() + 1).padStart(2, "0");
  const d = String(date.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

function mustParse(iso: string): number {
  const ms = toUtc(iso);
  if (ms === null) throw new RangeError(`not a calendar date: "${iso}"`);
  return ms;
}

/** Whether `iso` is a real calendar day written as YYYY-MM-DD. */
export function isDay(iso: string): boolean {
  return toUtc(iso) !== null;
}

/** The day `days` after `iso` (before, when negative). */
export function addDays(iso: string, days: number): string {
  return fromUtc(mustParse(iso) + days * DAY_MS);
}

/** Monday = 1 ... Sunday = 7. */
export function isoWeekday(iso: string): number {
  const day = new Date(mustParse(iso)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The ISO week a day falls in: weeks start on Monday and week 1 holds the year's first Thursday. */
export type IsoWeek = {
  /** The ISO week-numbering year (2026-12-31 is in week 53 of 2026, 2027-01-01 too). */
  year: number;
  week: number;
  /** Its Monday. */
  start: string;
  /** Its Sunday. */
  end: string;
};

/** The ISO week of `iso`. */
export function isoWeek(iso: string): IsoWeek {
  const start = addDays(iso, 1 - isoWeekday(iso));
  // The week belongs to the year its Thursday is in.
  const thursday = addDays(start, 3);
  const year = Number(thursday.slice(0, 4));
  const firstJan = mustParse(`${thursday.slice(0, 4)}-01-01`);
  const week = Math.floor((mustParse(thursday) - firstJan) / DAY_MS / 7) + 1;
  return { year, week, start, end: addDays(start, 6) };
}

/** A run of items in one ISO week. */
export type WeekGroup<T> = IsoWeek & {
  /** "2026-W48": stable, for keyed lists. */
  key: string;
  items: T[];
};

/**
 * Groups items (in list order, newest first) into runs of the same ISO week. Items of one
 * week that are not next to each other make two groups: the list's order always wins.
 */
export function groupByWeek<T>(items: readonly T[], dayOf: (item: T) => string): WeekGroup<T>[] {
  const groups: WeekGroup<T>[] = [];
  for (const item of items) {
    const week = isoWeek(dayOf(item));
    const key = `${week.year}-W${String(week.week).padStart(2, "0")}`;
    const last = groups.at(-1);
    if (last && last.key === key) last.items.push(item);
    else groups.push({ ...week, key, items: [item] });
  }
  return groups;
}

function localeOf(lang: Lang): string {
  return lang === "nl" ? "nl-NL" : "en-GB";
}

function parts(lang: Lang, iso: string): { day: number; month: string; year: string } {
  const date = new Date(mustParse(iso));
  const month = new Intl.DateTimeFormat(localeOf(lang), { month: "long", timeZone: "UTC" }).format(date);
  return { day: date.getUTCDate(), month, year: String(date.getUTCFullYear()) };
}

/**
 * A range of days written out, as short as it stays clear: "23–29 november 2026",
 * "30 November – 6 December 2026", "28 december 2026 – 3 januari 2027".
 */
export function dayRangeLabel(lang: Lang, start: string, end: string): string {
  const a = parts(lang, start);
  const b = parts(lang, end);
  if (a.year !== b.year) return `${a.day} ${a.month} ${a.year} – ${b.day} ${b.month} ${b.year}`;
  if (a.month !== b.month) return `${a.day} ${a.month} – ${b.day} ${b.month} ${b.year}`;
  return `${a.day}–${b.day} ${b.month} ${b.year}`;
}

/** "november 2026" / "November 2026". */
export function monthLabel(lang: Lang, month: string): string {
  const date = new Date(mustParse(`${month}-01`));
  return new Intl.DateTimeFormat(localeOf(lang), { month: "long", year: "numeric", timeZone: "UTC" }).format(
    date,
  );
}

/** Short weekday names, Monday first: "ma" ... "zo", "Mon" ... "Sun". */
export function weekdayNames(lang: Lang, width: "short" | "long" = "short"): string[] {
  const format = new Intl.DateTimeFormat(localeOf(lang), { weekday: width, timeZone: "UTC" });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => format.format(new Date(Date.UTC(2024, 0, 1 + i))));
}

/** "YYYY-MM" of a day. */
export function monthOf(iso: string): string {
  return iso.slice(0, 7);
}

/** The month `count` months after `month` ("YYYY-MM"). */
export function addMonths(month: string, count: number): string {
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const index = year * 12 + (m - 1) + count;
  const y = Math.floor(index / 12);
  return `${String(y).padStart(4, "0")}-${String(index - y * 12 + 1).padStart(2, "0")}`;
}

/** One cell of the month grid. */
export type GridDay = {
  date: string;
  /** False for the days of the previous and next month that fill the first and last week. */
  inMonth: boolean;
};

/**
 * The month as whole ISO weeks (Monday to Sunday), padded with days of the months around it:
 * four to six rows of seven days.
 */
export function monthGrid(month: string): GridDay[][] {
  const first = `${month}-01`;
  const start = addDays(first, 1 - isoWeekday(first));
  const lastOfMonth = addDays(`${addMonths(month, 1)}-01`, -1);
  const end = addDays(lastOfMonth, 7 - isoWeekday(lastOfMonth));
  const weeks: GridDay[][] = [];
  for (let day = start; day <= end; day = addDays(day, 7)) {
    weeks.push(
      Array.from({ length: 7 }, (_, i) => {
        const date = addDays(day, i);
        return { date, inMonth: monthOf(date) === month };
      }),
    );
  }
  return weeks;
}

/** Where a keyboard key moves the calendar's focused day (the grid's arrow-key pattern). */
export function calendarMove(
  day: string,
  key: string,
): string | null {
  switch (key) {
    case "ArrowLeft":
      return addDays(day, -1);
    case "ArrowRight":
      return addDays(day, 1);
    case "ArrowUp":
      return addDays(day, -7);
    case "ArrowDown":
      return addDays(day, 7);
    case "Home":
      return addDays(day, 1 - isoWeekday(day));
    case "End":
      return addDays(day, 7 - isoWeekday(day));
    case "PageUp":
      return sameDayIn(addMonths(monthOf(day), -1), day);
    case "PageDown":
      return sameDayIn(addMonths(monthOf(day), 1), day);
    default:
      return null;
  }
}

/** The same day number in `month`, or its last day when the month is shorter (31 → 30). */
function sameDayIn(month: string, day: string): string {
  const last = Number(addDays(`${addMonths(month, 1)}-01`, -1).slice(8, 10));
  const wanted = Math.min(Number(day.slice(8, 10)), last);
  return `${month}-${String(wanted).padStart(2, "0")}`;
}
