/**
 * What is wrong in an article, in the UI's language. Rust sends each problem's kind as a code
 * with the values its wording names (`Problem.args`); the words are the `problem-<code>` messages
 * of crates/i18n/locales/<lang>/articles.ftl. Rust's own `message` is English, for the command
 * line and the log.
 */
import type { Problem } from "./bindings/Problem";
import type { ProblemCode } from "./bindings/ProblemCode";
import { t } from "./i18n";
import type { MessageArgs } from "./i18n/fluent";

type Words = (args: MessageArgs) => string;

/** One wording per code; TypeScript refuses a code without one. */
const WORDS: Record<ProblemCode, Words> = {
  unreadable: (a) => t("problem-unreadable", a),
  too_large: (a) => t("problem-too-large", a),
  empty: (a) => t("problem-empty", a),
  invalid_utf8: (a) => t("problem-invalid-utf8", a),
  unclosed_front_matter: (a) => t("problem-unclosed-front-matter", a),
  front_matter_too_large: (a) => t("problem-front-matter-too-large", a),
  invalid_front_matter: (a) => t("problem-invalid-front-matter", a),
  no_text: (a) => t("problem-no-text", a),
  not_text: (a) => t("problem-not-text", a),
  item_not_text: (a) => t("problem-item-not-text", a),
  not_a_list: (a) => t("problem-not-a-list", a),
  not_a_date: (a) => t("problem-not-a-date", a),
  unknown_lang: (a) => t("problem-unknown-lang", a),
  unknown_skill: (a) => t("problem-unknown-skill", a),
  unknown_skill_suggest: (a) => t("problem-unknown-skill-suggest", a),
  link_removed: (a) => t("problem-link-removed", a),
  raw_html: (a) => t("problem-raw-html", a),
  nested_too_deep: (a) => t("problem-nested-too-deep", a),
  more_warnings: (a) => t("problem-more-warnings", a),
};

/** The values a wording names; counts and lines as numbers, so plural forms are chosen. */
export function problemArgs(args: Partial<Record<string, string>>): MessageArgs {
  const out: MessageArgs = {};
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined) continue;
    out[name] = /^\d+$/.test(value) ? Number(value) : value;
  }
  return out;
}

/** The problem in the UI's language, without its line. */
export function problemText(problem: Problem): string {
  const words = WORDS[problem.code] as Words | undefined;
  return words ? words(problemArgs(problem.args)) : t("error-unknown");
}

/** The problem in the UI's language, with its line when it has one ("regel 3: …"). */
export function problemLine(problem: Problem): string {
  const text = problemText(problem);
  return problem.line === null ? text : t("problem-at-line", { line: problem.line, message: text });
}
