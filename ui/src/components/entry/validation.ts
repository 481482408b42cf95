/**
 * Field errors in the UI language. Rust sends a `code` per broken rule (and an English
 * sentence for logs); the form words each code itself, with the field and kind in mind, and
 * falls back to Rust's sentence for a code it does not know.
 */
import type { EntryKind } from "../../lib/bindings/EntryKind";
import { MAX_LINE_CHARS, MAX_TAGS, MAX_TEXT_CHARS, skillIndexOf, type FormError } from "../../lib/entryForm";
import { t } from "../../lib/i18n";
import { fieldLabel } from "../../lib/labels";

/** Longest article id Rust accepts (validation.rs `MAX_ARTICLE_ID_CHARS`). */
const MAX_ARTICLE_ID_CHARS = 1_000;
/** Most skills on one entry (validation.rs `MAX_SKILLS`). */
const MAX_SKILLS = 50;

function limitOf(field: string): number {
  if (field === "articleId") return MAX_ARTICLE_ID_CHARS;
  if (field === "content.giverName" || field === "name" || /^tags\[\d+\]$/.test(field)) return MAX_LINE_CHARS;
  if (/\.justification$/.test(field)) return MAX_LINE_CHARS;
  return MAX_TEXT_CHARS;
}

/**
 * What is wrong, in one sentence in the UI language. `skillName` names the skill of a
 * `skills[i]…` error (the form knows which skill row i is).
 */
export function validationMessage(
  error: FormError,
  kind: EntryKind | null,
  skillName: (index: number) => string = (index) => String(index + 1),
): string {
  const index = skillIndexOf(error.field);
  const skill = index === null ? "" : skillName(index);
  switch (error.code) {
    case "skill_required":
      return t("validation-skill-required");
    case "unknown_skill":
      return t("validation-unknown-skill", { skill });
    case "skill_archived":
      return t("validation-skill-archived", { skill });
    case "duplicate_skill":
      return t("validation-duplicate-skill", { skill });
    case "rating_out_of_range":
      return t("validation-rating-out-of-range");
    case "rating_required":
      return t("validation-rating-required");
    case "not_allowed":
      return t("validation-not-allowed");
    case "justification_required":
      return t("validation-justification-required");
    case "text_required":
      if (error.field === "name") return t("validation-text-required-name");
      if (error.field === "content.text") return t("validation-text-required-action");
      if (kind === "feedback" && error.field.startsWith("content.")) return t("validation-text-required-sbi");
      if (kind === "reflection" && error.field.startsWith("content.")) return t("validation-text-required-starr");
      return t("validation-text-required");
    case "date_out_of_range":
      return kind === "action" ? t("validation-date-out-of-range-action") : t("validation-date-out-of-range");
    case "too_long":
      return t("validation-too-long", { count: limitOf(error.field) });
    case "too_many":
      return error.field === "tags"
        ? t("validation-too-many-tags", { count: MAX_TAGS })
        : t("validation-too-many-skills", { count: MAX_SKILLS });
    case "unknown_entry":
      return t("validation-unknown-entry");
    case "invalid_source":
      return t("validation-invalid-source");
    case "kind_changed":
      return t("validation-kind-changed");
    case "duplicate_name":
      return t("validation-duplicate-name");
    case "invalid_json":
      return t("validation-invalid-json");
    case "out_of_range":
      return t("validation-out-of-range");
    case "invalid_email":
      return t("validation-invalid-email");
    case "given_directly":
      return t("validation-given-directly");
    case "choice_required":
      return error.field === "content.setting" ? t("validation-choice-setting") : t("validation-choice-giver");
    case "invalid_date":
      return t("validation-invalid-date");
    default:
      // A rule this UI does not know yet: its code is shown beside, never Rust's English text.
      return t("validation-unknown");
  }
}

/** The name of the field an error is about, for the summary at the top of the form. */
export function errorFieldName(
  error: FormError,
  kind: EntryKind | null,
  skillName: (index: number) => string,
): string {
  const label = error.field === "name" ? t("skills-name-label") : fieldLabel(error.field, kind);
  const index = skillIndexOf(error.field);
  if (index === null || /^skills\[\d+\](\.skillId)?$/.test(error.field)) {
    return index === null ? (label ?? error.field) : skillName(index);
  }
  return `${label ?? error.field} · ${skillName(index)}`;
}

/** A field error with its sentence in the UI language, ready to show. */
export type ShownError = FormError & { text: string };

/** An element id derived from a field path (`skills[1].rating` → `field-skills-1-rating`). */
export function fieldDomId(path: string, suffix = ""): string {
  return `field-${path.replace(/[^A-Za-z0-9]+/g, "-").replace(/-$/, "")}${suffix}`;
}
