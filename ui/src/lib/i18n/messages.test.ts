/**
 * The .ftl files and the sources stay in step: both languages have the same messages, every
 * message the code asks for exists, no message lies unused, and every message formats.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { buildBundle, formatDate, formatMessage, langFromTag } from "./fluent";

const srcDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const localesDir = join(srcDir, "..", "..", "crates", "i18n", "locales");
/** The files only Rust reads (fluent.ts leaves them out; crates/i18n tests their ids). */
const RUST_FILES = ["answer-form.ftl", "cli.ftl", "dialogs.ftl", "reports.ftl"];

/** A language's UI .ftl files, in the order fluent.ts joins them. */
function uiFiles(lang: string): string[] {
  return readdirSync(join(localesDir, lang))
    .filter((name) => name.endsWith(".ftl") && !RUST_FILES.includes(name))
    .sort();
}

/** A language's UI .ftl files joined, the way fluent.ts joins them. */
function readLocale(lang: string): string {
  const dir = join(localesDir, lang);
  return uiFiles(lang)
    .map((name) => readFileSync(join(dir, name), "utf8"))
    .join("\n");
}

const ftl = { nl: readLocale("nl"), en: readLocale("en") };

function messageIds(source: string): string[] {
  // FluentResource.body holds messages and terms; terms start with "-".
  const resource = new FluentResource(source) as unknown as { body: { id: string }[] };
  return resource.body.map((entry) => entry.id).filter((id) => !id.startsWith("-"));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "bindings" ? [] : sourceFiles(path);
    return /\.(svelte|ts)$/.test(name) && !name.endsWith(".test.ts") ? [path] : [];
  });
}

/** Every `t("id"` call in the UI sources, with the file it is in. */
function usedIds(): { id: string; file: string }[] {
  return sourceFiles(srcDir).flatMap((file) =>
    // t("id") in the UI's language, formatMessage(lang, "id") in another (a form's).
    [...readFileSync(file, "utf8").matchAll(/\b(?:t\(|formatMessage\(\s*[\w.]+\s*,)\s*["']([a-z0-9-]+)["']/g)].map((match) => ({
      id: match[1] as string,
      file: relative(srcDir, file),
    })),
  );
}

describe("Fluent message files", () => {
  it("parse without errors", () => {
    for (const lang of ["nl", "en"] as const) {
      const { errors } = buildBundle(lang, ftl[lang]);
      expect(errors, `${lang}.ftl should parse cleanly`).toEqual([]);
    }
  });

  it("Dutch and English have exactly the same message ids", () => {
    const nl = messageIds(ftl.nl).sort();
    const en = messageIds(ftl.en).sort();
    expect(nl.length, "the Dutch .ftl files should hold messages").toBeGreaterThan(20);
    expect(nl, "every Dutch message needs an English one and back").toEqual(en);
  });

  it("come in the same files for both languages", () => {
    expect(uiFiles("nl")).toEqual(uiFiles("en"));
  });

  it("define each id only once", () => {
    for (const lang of ["nl", "en"] as const) {
      const ids = messageIds(ftl[lang]);
      expect(ids, `${lang}.ftl should not repeat an id`).toEqual([...new Set(ids)]);
    }
  });

  it("hold every id the sources use", () => {
    const known = new Set(messageIds(ftl.nl));
    const missing = usedIds().filter(({ id }) => !known.has(id));
    expect(missing, "t() ids without a message in the .ftl files").toEqual([]);
  });

  it("hold no message that no source uses", () => {
    const used = new Set(usedIds().map(({ id }) => id));
    const unused = messageIds(ftl.nl).filter((id) => !used.has(id));
    expect(unused, "messages in the .ftl files that no t() call reads").toEqual([]);
  });

  it("are only read with literal ids, so the checks above see every use", () => {
    const dynamic = sourceFiles(srcDir).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/(?<!function )\bt\(\s*([^"'\s)])/g)].map(
        (match) => `${relative(srcDir, file)}: t(${match[1]}…`,
      ),
    );
    expect(dynamic, "t() calls must name their message id as a string literal").toEqual([]);
  });
});

describe("formatting", () => {
  it("chooses the plural form for counts", () => {
    expect(formatMessage("nl", "result-count", { count: 1 })).toBe("1 artikel");
    expect(formatMessage("nl", "result-count", { count: 7 })).toBe("7 artikelen");
    expect(formatMessage("en", "result-count", { count: 1 })).toBe("1 article");
    expect(formatMessage("en", "result-count", { count: 0 })).toBe("0 articles");
    expect(formatMessage("en", "result-count-filtered", { shown: 2, total: 9 })).toBe(
      "2 of 9 articles",
    );
  });

  it("writes reading time in each language without isolation marks", () => {
    expect(formatMessage("nl", "reading-time", { minutes: 6 })).toBe("6 min lezen");
    expect(formatMessage("en", "reading-time", { minutes: 6 })).toBe("6 min read");
  });

  it("names the library in the UI language", () => {
    expect(formatMessage("nl", "library-heading")).toBe("Bibliotheek");
    expect(formatMessage("en", "library-heading")).toBe("Library");
  });

  it("shows the id of a missing message instead of nothing", () => {
    expect(formatMessage("en", "no-such-message")).toBe("no-such-message");
  });

  it("formats every message in both languages without errors", () => {
    const args = { count: 2, minutes: 3, shown: 1, total: 2, line: 4, message: "m", author: "a", code: "c", version: "1", skill: "s", folder: "/f", file: "r.pdf", size: "1 kB", recovered: 3, added: 2, unreadable: 1, item: "i", id: "7", entries: "3", found: "9", supported: "2", path: "/p", keptAs: "/k", detail: "d", url: "u", limit: "512", weeks: "0", from: "2026-01-02", to: "2026-01-01", delimiter: "---", format: "YAML", key: "k", shape: "list", value: "v", known: "a, b", suggestion: "a", what: "link", max: 8, date: "4 december", who: "Sanne", context: "c", name: "n" };
    for (const lang of ["nl", "en"] as const) {
      const { bundle } = buildBundle(lang, ftl[lang]);
      for (const id of messageIds(ftl[lang])) {
        const errors: Error[] = [];
        const message = bundle.getMessage(id);
        expect(message?.value, `${lang}:${id} should have a value`).toBeTruthy();
        bundle.formatPattern(message!.value!, args, errors);
        expect(errors, `${lang}:${id} should format`).toEqual([]);
      }
    }
  });

  it("writes dates out in the UI language and keeps the calendar day", () => {
    expect(formatDate("nl", "2026-03-01")).toBe("1 maart 2026");
    expect(formatDate("en", "2026-03-01")).toBe("1 March 2026");
    expect(formatDate("en", "not a date")).toBe("not a date");
  });

  it("maps language tags to a UI language", () => {
    expect(langFromTag("nl-NL")).toBe("nl");
    expect(langFromTag("nl-BE")).toBe("nl");
    expect(langFromTag("en-US")).toBe("en");
    expect(langFromTag("de-DE")).toBe("en");
    expect(langFromTag(undefined)).toBe("en");
  });
});
