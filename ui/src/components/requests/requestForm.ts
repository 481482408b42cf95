/**
 * The feedback request form's rules that are the window's own: what a request about an entry
 * starts with, building the `RequestInput` Rust checks (Rust validates every field again; this
 * only spares a round trip for a missing role) and wording Rust's field errors for this form,
 * whose limits differ from an entry's.
 */
import type { Entry } from "../../lib/bindings/Entry";
import type { FeedbackRequest } from "../../lib/bindings/FeedbackRequest";
import type { FeedbackSetting } from "../../lib/bindings/FeedbackSetting";
import type { GiverRole } from "../../lib/bindings/GiverRole";
import type { Lang } from "../../lib/bindings/Lang";
import type { RequestInput } from "../../lib/bindings/RequestInput";
import { MAX_LINE_CHARS, type FormError } from "../../lib/entryForm";
import { formatMessage, t } from "../../lib/i18n";
import { giverLabel } from "../../lib/labels";
import { nav, type RequestPrefill } from "../../lib/nav.svelte";
import { notice } from "../journal/notice.svelte";
import { validationMessage } from "../entry/validation";

/** The most skills one request asks about (requests.rs `MAX_REQUEST_SKILLS`). */
export const MAX_REQUEST_SKILLS = 3;
/** The longest context (requests.rs `MAX_CONTEXT_CHARS`). */
export const MAX_CONTEXT_CHARS = 500;

/** What the form holds, as typed. */
export type RequestFormState = {
  lang: Lang;
  giverRole: GiverRole | null;
  giverName: string;
  giverEmail: string;
  replyTo: string;
  setting: FeedbackSetting | null;
  aboutDate: string;
  context: string;
  skillIds: string[];
  replyBy: string;
};

/** Empty text is no value. */
function optional(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === "" ? null : trimmed;
}

/** The request to send, or what must be filled in first. */
export function buildRequest(
  form: RequestFormState,
): { ok: true; input: RequestInput } | { ok: false; errors: FormError[] } {
  if (form.giverRole === null) {
    return { ok: false, errors: [{ field: "giverRole", code: "choice_required", message: "" }] };
  }
  return {
    ok: true,
    input: {
      lang: form.lang,
      giverRole: form.giverRole,
      giverName: optional(form.giverName),
      giverEmail: optional(form.giverEmail),
      replyTo: optional(form.replyTo),
      setting: form.setting,
      aboutDate: optional(form.aboutDate),
      context: optional(form.context),
      skills: form.skillIds,
      replyBy: optional(form.replyBy),
    },
  };
}

/** What is wrong with one field of the request, in the UI language. */
export function requestErrorText(error: FormError, skillName: (index: number) => string): string {
  if (error.field === "giverRole" && error.code === "choice_required") return t("request-role-required");
  if (error.field === "skills" && error.code === "too_many") {
    return t("request-too-many-skills", { count: MAX_REQUEST_SKILLS });
  }
  if (error.code === "too_long") {
    return t("validation-too-long", { count: error.field === "context" ? MAX_CONTEXT_CHARS : MAX_LINE_CHARS });
  }
  return validationMessage(error, "feedback", skillName);
}

/** The label of a request field named by its path in `RequestInput`. */
export function requestFieldLabel(field: string): string {
  switch (field.replace(/\[\d+\].*$/, "")) {
    case "giverRole":
      return t("request-field-role");
    case "giverName":
      return t("request-field-name");
    case "giverEmail":
      return t("request-field-email");
    case "replyTo":
      return t("request-field-reply-to");
    case "setting":
      return t("request-field-setting");
    case "aboutDate":
      return t("request-field-date");
    case "context":
      return t("request-field-context");
    case "replyBy":
      return t("request-field-reply-by");
    case "skills":
      return t("label-field-skills");
    default:
      return field;
  }
}

/**
 * A request about the moment an entry records: its day, skills and, for feedback, who gave it
 * and where. Null for entries a request does not fit (actions, assessments, feedback that was
 * already given directly).
 */
export function requestPrefillOf(entry: Entry): RequestPrefill | null {
  const content = entry.content;
  if (entry.requestId !== undefined || (content.kind !== "feedback" && content.kind !== "reflection")) return null;
  const skillIds = entry.skills.map((skill) => skill.skillId).slice(0, MAX_REQUEST_SKILLS);
  if (content.kind === "reflection") return { skillIds, aboutDate: entry.date };
  return {
    skillIds,
    aboutDate: entry.date,
    giverRole: content.giverRole,
    giverName: content.giverName,
    setting: content.setting,
  };
}

/**
 * After feedback was logged (a meeting, a presentation): offers, in a notice, to ask the giver
 * to put it in their own words, with the request form filled in from the entry.
 */
export function offerRequestAfter(entry: Entry): void {
  const prefill = requestPrefillOf(entry);
  if (prefill === null || entry.content.kind !== "feedback") return;
  const who = entry.content.giverName ?? giverLabel(entry.content.giverRole);
  notice.show(t("entry-saved-ask", { who }), {
    label: t("entry-ask-feedback"),
    testid: "notice-ask-feedback",
    run: () => nav.go({ kind: "new-request", prefill }),
  });
}

/**
 * A `mailto:` link that opens the trainee's mail program with a message to the giver, in the
 * form's language; the trainee attaches the form file themselves (mail links cannot attach,
 * and the app never lets a link name a file). Null without an address.
 */
export function mailtoFor(request: FeedbackRequest, file: string): string | null {
  if (!request.giverEmail) return null;
  const lang = request.lang;
  const subject = request.context
    ? formatMessage(lang, "request-mail-subject-about", { context: request.context })
    : formatMessage(lang, "request-mail-subject");
  const hello = request.giverName
    ? formatMessage(lang, "request-mail-hello", { name: request.giverName })
    : formatMessage(lang, "request-mail-hello-anyone");
  const body = `${hello}\n\n${formatMessage(lang, "request-mail-body", { file })}`;
  const query = new URLSearchParams({ subject, body }).toString().replace(/\+/g, "%20");
  return `mailto:${encodeURIComponent(request.giverEmail).replace(/%40/g, "@")}?${query}`;
}
