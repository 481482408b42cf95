/** What a refused change to an own skill means, in the UI language. */
import { errorText } from "../../lib/errors";
import { fieldErrorsOf } from "../../lib/entryForm";
import { t } from "../../lib/i18n";
import { toCommandError } from "../../lib/ipc";
import { validationMessage, type ShownError } from "../entry/validation";

/** Name errors of a refused add or rename. */
export function nameErrors(reason: unknown): ShownError[] {
  const fields = fieldErrorsOf(reason);
  const error = toCommandError(reason);
  if (fields.length === 0) return [{ field: "name", code: error.code, message: error.message, text: errorText(error) }];
  return fields.map((field) => ({ ...field, field: "name", text: validationMessage(field, null) }));
}

/** Why archiving, restoring or deleting a skill was refused. */
export function rowError(reason: unknown): { code: string; text: string } {
  const error = toCommandError(reason);
  switch (error.code) {
    case "skill_in_use":
      return { code: error.code, text: t("skills-in-use") };
    case "skill_not_found":
      return { code: error.code, text: t("skills-not-found") };
    default:
      return { code: error.code, text: errorText(error) };
  }
}
