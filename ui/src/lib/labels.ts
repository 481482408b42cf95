/**
 * The words for the journal's enums (entry kinds, feedback settings, giver roles) and for the
 * fields of an entry, in the UI language. Every view and form names them through here, so an
 * entry kind reads the same in the list, the detail, the history and the forms.
 *
 * Each label is a literal `t()` call (the message test finds unused and missing ids by
 * scanning for them), so the enums map through `switch` statements, not built ids.
 */
import type { EntryKind } from "./bindings/EntryKind";
import type { FeedbackSetting } from "./bindings/FeedbackSetting";
import type { GiverRole } from "./bindings/GiverRole";
import { t } from "./i18n";

export { ENTRY_KINDS, FEEDBACK_SETTINGS, GIVER_ROLES } from "./enums";

/** "Feedback", "Reflectie", "Zelfbeoordeling", "Actie". */
export function kindLabel(kind: EntryKind): string {
  switch (kind) {
    case "feedback":
      return t("label-kind-feedback");
    case "reflection":
      return t("label-kind-reflection");
    case "self_assessment":
      return t("label-kind-self-assessment");
    case "action":
      return t("label-kind-action");
  }
}

/** Where feedback was given: "Presentatie", "Overleg met stakeholders", ... */
export function settingLabel(setting: FeedbackSetting): string {
  switch (setting) {
    case "presentation":
      return t("label-setting-presentation");
    case "stakeholder_meeting":
      return t("label-setting-stakeholder-meeting");
    case "teamwork":
      return t("label-setting-teamwork");
    case "other":
      return t("label-setting-other");
  }
}

/** Who gave feedback: "Coach", "Collega", ... (the reports use the same words: reports.ftl). */
export function giverLabel(role: GiverRole): string {
  switch (role) {
    case "coach":
      return t("label-giver-coach");
    case "peer":
      return t("label-giver-peer");
    case "manager":
      return t("label-giver-manager");
    case "stakeholder":
      return t("label-giver-stakeholder");
    case "client":
      return t("label-giver-client");
    case "other":
      return t("label-giver-other");
  }
}

/**
 * The label of an entry field named by its path in `EntryInput` (as search snippets and
 * validation errors name them): `content.impact`, `skills[1].justification`, `tags[0]`.
 * The same path means a different thing per kind (`content.action` is the "A" of STARR), so
 * the kind is asked for where it matters. Unknown paths come back as null.
 */
export function fieldLabel(path: string, kind: EntryKind | null = null): string | null {
  const field = path.replace(/\[\d+\]/g, "[]");
  switch (field) {
    case "date":
      return t("label-field-date");
    case "skills":
    case "skills[]":
    case "skills[].skillId":
      return t("label-field-skills");
    case "skills[].rating":
      return kind === "self_assessment" ? t("label-field-level") : t("label-field-rating");
    case "skills[].justification":
      return t("label-field-justification");
    case "articleId":
      return t("label-field-article");
    case "tags":
    case "tags[]":
      return t("label-field-tags");
    case "private":
      return t("label-field-private");
    case "content.setting":
      return t("label-field-setting");
    case "content.giverRole":
      return t("label-field-giver-role");
    case "content.giverName":
      return t("label-field-giver-name");
    case "content.situation":
      return t("label-field-situation");
    case "content.behaviour":
      return t("label-field-behaviour");
    case "content.impact":
      return t("label-field-impact");
    case "content.nextStep":
      return t("label-field-next-step");
    case "content.keepDoing":
      return t("label-field-keep-doing");
    case "content.tryNext":
      return t("label-field-try-next");
    case "content.task":
      return t("label-field-task");
    case "content.action":
      return t("label-field-action");
    case "content.result":
      return t("label-field-result");
    case "content.reflection":
      return t("label-field-reflection");
    case "content.note":
      return t("label-field-note");
    case "content.text":
      return t("label-field-text");
    case "content.due":
      return t("label-field-due");
    case "content.done":
      return t("label-field-done");
    case "content.sourceEntryId":
      return t("label-field-source");
    default:
      return null;
  }
}
