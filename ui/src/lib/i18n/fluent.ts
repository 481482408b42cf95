/**
 * Fluent message catalogues for the UI, free of Svelte state so tests can use them directly.
 *
 * The .ftl files in crates/i18n/locales/<lang>/ are the one place that holds the words of the
 * app, for the UI and for Rust alike (one file per area: app.ftl, journal.ftl, forms.ftl, ...;
 * reports.ftl, dialogs.ftl, cli.ftl and answer-form.ftl are Rust's own and not loaded here). This module joins each
 * language's files into one `FluentBundle` and formats messages.
 */
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import type { Lang } from "../bindings/Lang";

const nlFiles = import.meta.glob<string>(
  [
    "../../../../crates/i18n/locales/nl/*.ftl",
    "!../../../../crates/i18n/locales/nl/reports.ftl",
    "!../../../../crates/i18n/locales/nl/dialogs.ftl",
    "!../../../../crates/i18n/locales/nl/cli.ftl",
    "!../../../../crates/i18n/locales/nl/answer-form.ftl",
  ],
  { query: "?raw", import: "default", eager: true },
);
const enFiles = import.meta.glob<string>(
  [
    "../../../../crates/i18n/locales/en/*.ftl",
    "!../../../../crates/i18n/locales/en/reports.ftl",
    "!../../../../crates/i18n/locales/en/dialogs.ftl",
    "!../../../../crates/i18n/locales/en/cli.ftl",
    "!../../../../crates/i18n/locales/en/answer-form.ftl",
  ],
  { query: "?raw", import: "default", eager: true },
);

/** One language's .ftl files joined in file-name order (ids must be unique across them). */
export function joinSources(files: Record<string, string>): string {
  return Object.keys(files)
    .sort()
    .map((name) => files[name])
    .join("\n");
}

const nlSource = joinSources(nlFiles);
const enSource = joinSources(enFiles);

/** The languages the UI speaks, in the order the language switch shows them. */
export const LANGS: readonly Lang[] = ["nl", "en"];

/** Arguments of a message: `{ $minutes }` and friends. */
export type MessageArgs = Record<string, FluentVariable>;

/** Builds a bundle from .ftl text; parse errors are returned, not thrown, so tests can list them. */
export function buildBundle(lang: Lang, source: string): { bundle: FluentBundle; errors: Error[] } {
  // No Unicode isolation marks: both languages are left-to-right, and the marks would end up
  // in copied text and in the end-to-end tests' string comparisons.
  const bundle = new FluentBundle(lang, { useIsolating: false });
  const errors = bundle.addResource(new FluentResource(source));
  return { bundle, errors };
}

const bundles: Record<Lang, FluentBundle> = {
  nl: buildBundle("nl", nlSource).bundle,
  en: buildBundle("en", enSource).bundle,
};

/** Formats message `id` in `lang`; a missing id shows itself so the gap is visible, not blank. */
export function formatMessage(lang: Lang, id: string, args?: MessageArgs): string {
  const bundle = bundles[lang];
  const message = bundle.getMessage(id);
  if (!message?.value) {
    if (import.meta.env.DEV) console.warn(`i18n: no message "${id}" in locales/${lang}/`);
    return id;
  }
  return bundle.formatPattern(message.value, args ?? null, []);
}

/** The UI language that best fits a BCP 47 tag such as "nl-NL" or "en-US" (Dutch or English). */
export function langFromTag(tag: string | undefined | null): Lang {
  return tag?.toLowerCase().startsWith("nl") ? "nl" : "en";
}

/**
 * A calendar date ("YYYY-MM-DD") written out in the UI language, such as "3 maart 2026" or
 * "March 3, 2026". The date has no time zone, so it is read and written as UTC to keep the day.
 */
export function formatDate(lang: Lang, isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(lang === "nl" ? "nl-NL" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}
