/**
 * What a failed command means, in the UI's language. Rust sends a typed code with the values
 * its wording names (`CommandError.args`); the words are the `error-<code>` messages of
 * crates/i18n/locales/<lang>/errors.ftl. Rust's own `message` is English and only for the log.
 */
import type { CommandError } from "./bindings/CommandError";
import type { ErrorCode } from "./bindings/ErrorCode";
import { t } from "./i18n";
import type { MessageArgs } from "./i18n/fluent";

type Words = (args: MessageArgs) => string;

/** One wording per code; TypeScript refuses a code without one. */
const WORDS: Record<ErrorCode, Words> = {
  internal: (a) => t("error-internal", a),
  article_not_found: (a) => t("error-article-not-found", a),
  item_not_unplaced: (a) => t("error-item-not-unplaced", a),
  validation: (a) => t("error-validation", a),
  entry_not_found: (a) => t("error-entry-not-found", a),
  entry_in_trash: (a) => t("error-entry-in-trash", a),
  version_not_found: (a) => t("error-version-not-found", a),
  skill_not_found: (a) => t("error-skill-not-found", a),
  skill_in_use: (a) => t("error-skill-in-use", a),
  schema_too_new: (a) => t("error-schema-too-new", a),
  not_a_journal: (a) => t("error-not-a-journal", a),
  corrupt: (a) => t("error-corrupt", a),
  backup_invalid: (a) => t("error-backup-invalid", a),
  io: (a) => t("error-io", a),
  database: (a) => t("error-database", a),
  stored_data: (a) => t("error-stored-data", a),
  import_refused: (a) => t("error-import-refused", a),
  request_not_found: (a) => t("error-request-not-found", a),
  request_withdrawn: (a) => t("error-request-withdrawn", a),
  answer_not_for_request: (a) => t("error-answer-not-for-request", a),
  answer_too_large: (a) => t("error-answer-too-large", a),
  answer_garbled: (a) => t("error-answer-garbled", a),
  answer_truncated: (a) => t("error-answer-truncated", a),
  answer_tampered: (a) => t("error-answer-tampered", a),
  answer_foreign: (a) => t("error-answer-foreign", a),
  answer_unreadable: (a) => t("error-answer-unreadable", a),
  answer_newer: (a) => t("error-answer-newer", a),
  answer_is_review: () => t("error-answer-is-review"),
  key_damaged: (a) => t("error-key-damaged", a),
  key_unreadable: (a) => t("error-key-unreadable", a),
  key_damaged_in_journal: () => t("error-key-damaged-in-journal"),
  journal_in_use: (a) => t("error-journal-in-use", a),
  journal_unavailable: (a) => t("error-journal-unavailable", a),
  restoring: (a) => t("error-restoring", a),
  not_damaged: (a) => t("error-not-damaged", a),
  invalid_period: (a) => t("error-invalid-period", a),
  no_skills: (a) => t("error-no-skills", a),
  unknown_skill: (a) => t("error-unknown-skill", a),
  pdf_failed: (a) => t("error-pdf-failed", a),
  csv_failed: (a) => t("error-csv-failed", a),
  write_failed: (a) => t("error-write-failed", a),
  open_failed: (a) => t("error-open-failed", a),
  nothing_exported: (a) => t("error-nothing-exported", a),
  invalid_url: (a) => t("error-invalid-url", a),
  invalid_path: (a) => t("error-invalid-path", a),
  backup_not_found: (a) => t("error-backup-not-found", a),
  settings_not_saved: (a) => t("error-settings-not-saved", a),
  import_unreadable: (a) => t("error-import-unreadable", a),
  import_too_large: (a) => t("error-import-too-large", a),
  ipc_unavailable: (a) => t("error-ipc-unavailable", a),
  unknown: (a) => t("error-unknown", a),
};

/** The values a wording names, without the missing ones. */
function argsOf(error: CommandError): MessageArgs {
  const args: MessageArgs = {};
  for (const [name, value] of Object.entries(error.args ?? {})) {
    if (value !== undefined) args[name] = value;
  }
  return args;
}

/** The error in the UI's language. */
export function errorText(error: CommandError): string {
  const words = WORDS[error.code] as Words | undefined;
  return words ? words(argsOf(error)) : t("error-unknown");
}
