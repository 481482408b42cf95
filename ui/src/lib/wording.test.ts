import { describe, expect, it } from "vitest";
import type { CommandError } from "./bindings/CommandError";
import { errorText } from "./errors";
import { problemLine } from "./problems";
import { chooseLocale } from "./i18n";

function failure(code: CommandError["code"], args: Record<string, string> = {}): CommandError {
  return { code, args, message: "the English sentence for the log", fields: [] };
}

describe("errorText", () => {
  it("words the code with its values in the UI language, never Rust's English", () => {
    chooseLocale("nl");
    const dutch = errorText(failure("entry_not_found", { id: "42" }));
    chooseLocale("en");
    const english = errorText(failure("entry_not_found", { id: "42" }));
    expect(dutch).toContain("42");
    expect(english).toContain("42");
    expect(dutch).not.toBe(english);
    expect(dutch).not.toContain("English sentence");
  });

  it("has words for a code sent without values", () => {
    chooseLocale("en");
    expect(errorText(failure("database"))).not.toMatch(/^error-/);
  });
});

describe("problemLine", () => {
  it("words an article's problem in the UI language with its line and plural", () => {
    const problem = (count: string) =>
      ({ severity: "warning", line: 3, code: "raw_html", args: { count }, message: "English" }) as const;
    chooseLocale("nl");
    expect(problemLine(problem("1"))).toBe("regel 3: Ruwe HTML wordt als tekst getoond, niet uitgevoerd (1 plek). Schrijf het in Markdown.");
    expect(problemLine(problem("4"))).toContain("4 plekken");
    chooseLocale("en");
    expect(problemLine(problem("4"))).toContain("4 places");
  });
});
