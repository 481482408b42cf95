/**
 * The entry form's logic, free of Svelte and the DOM so it can be tested directly.
 *
 * - `FormState` is what the form edits: every field as the person typed it (strings, not
 *   nulls), for any of the four kinds. `emptyForm` starts a new entry, `formFromEntry` an edit.
 * - `buildInput` turns it into the `EntryInput` Rust validates: texts trimmed, blanks become
 *   null, pending tag text becomes tags. It only refuses what cannot be sent at all (a
 *   setting or giver cleared from an old draft, a date that is not a date); every other rule
 *   is Rust's.
 * - Drafts (what is typed, saved while typing) are in `entryDrafts.ts`.
 * - Field errors: `anchorOf` says next to which part of the form an error path belongs.
 */
import type { AssessmentContext } from "./bindings/AssessmentContext";
import type { CommandError } from "./bindings/CommandError";
import type { Entry } from "./bindings/Entry";
import type { EntryInput } from "./bindings/EntryInput";
import type { EntryKind } from "./bindings/EntryKind";
import type { EntrySkill } from "./bindings/EntrySkill";
import type { FeedbackSetting } from "./bindings/FeedbackSetting";
import type { GiverRole } from "./bindings/GiverRole";

/** Longest text field, in characters (validation.rs `MAX_TEXT_CHARS`). */
export const MAX_TEXT_CHARS = 20_000;
/** Longest name, tag or one-line justification (validation.rs `MAX_LINE_CHARS`). */
export const MAX_LINE_CHARS = 200;
/** Most tags on one entry (validation.rs `MAX_TAGS`). */
export const MAX_TAGS = 30;
/** Longest draft, in characters (validation.rs `MAX_DRAFT_CHARS`). */
export const MAX_DRAFT_CHARS = 250_000;

/** YYYY-MM-DD, by its shape only (`isIsoDate` also checks the calendar). */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One chosen skill with what the entry says about it. */
export type SkillRow = {
  skillId: string;
  /** Rating (feedback, reflection) or level (self-assessment), 1 to 5. */
  rating: number | null;
  /** Self-assessment only: why the level differs from the previous one. */
  justification: string;
};

/** The free-text fields of all kinds (`content.<name>` in Rust's field paths). */
export type TextField =
  | "giverName"
  | "situation"
  | "behaviour"
  | "impact"
  | "nextStep"
  | "task"
  | "action"
  | "result"
  | "reflection"
  | "note"
  | "text";

/** Everything the form edits. Only the fields of `kind` end up in the entry. */
export type FormState = {
  kind: EntryKind;
  date: string;
  skills: SkillRow[];
  articleId: string | null;
  tags: string[];
  /** Typed in the tag box but not yet turned into a tag (saved with the entry too). */
  tagText: string;
  private: boolean;
  setting: FeedbackSetting | null;
  giverRole: GiverRole | null;
  giverName: string;
  situation: string;
  behaviour: string;
  impact: string;
  nextStep: string;
  task: string;
  action: string;
  result: string;
  reflection: string;
  note: string;
  text: string;
  due: string;
  done: boolean;
  sourceEntryId: number | null;
};

/** What a new form starts with (from the reader, the journal or another entry). */
export type FormPrefill = {
  skillIds?: string[];
  articleId?: string | null;
  sourceEntryId?: number | null;
};

/** A problem with one field: Rust's `FieldError`, or one the form found before sending. */
export type FormError = {
  field: string;
  /** A Rust `ValidationCode`, or `choice_required` / `invalid_date` from the form itself. */
  code: string;
  message: string;
};

/** The text fields each kind has, in form order. */
export const TEXT_FIELDS: Record<EntryKind, readonly TextField[]> = {
  feedback: ["giverName", "situation", "behaviour", "impact", "nextStep"],
  reflection: ["situation", "task", "action", "result", "reflection"],
  self_assessment: ["note"],
  action: ["text"],
};

/** The character limit of a text field. */
export function textLimit(field: TextField): number {
  return field === "giverName" ? MAX_LINE_CHARS : MAX_TEXT_CHARS;
}

/** A fresh form for a new entry of `kind` dated `today`. */
export function emptyForm(kind: EntryKind, today: string, prefill: FormPrefill = {}): FormState {
  const skillIds = [...new Set((prefill.skillIds ?? []).filter((id) => id.trim() !== ""))];
  return {
    kind,
    date: today,
    skills: skillIds.map((skillId) => ({ skillId, rating: null, justification: "" })),
    articleId: prefill.articleId ?? null,
    tags: [],
    tagText: "",
    private: false,
    // Like the command line: "other" until the trainee says where and from whom.
    setting: kind === "feedback" ? "other" : null,
    giverRole: kind === "feedback" ? "other" : null,
    giverName: "",
    situation: "",
    behaviour: "",
    impact: "",
    nextStep: "",
    task: "",
    action: "",
    result: "",
    reflection: "",
    note: "",
    text: "",
    due: "",
    done: false,
    sourceEntryId: kind === "action" ? (prefill.sourceEntryId ?? null) : null,
  };
}

/** The form for editing `entry`, showing exactly what it says now. */
export function formFromEntry(entry: Entry): FormState {
  const content = entry.content;
  const form = emptyForm(content.kind, entry.date, { articleId: entry.articleId });
  form.skills = entry.skills.map((skill) => ({
    skillId: skill.skillId,
    rating: skill.rating,
    justification: skill.justification ?? "",
  }));
  form.tags = [...entry.tags];
  form.private = entry.private;
  switch (content.kind) {
    case "feedback":
      form.setting = content.setting;
      form.giverRole = content.giverRole;
      form.giverName = content.giverName ?? "";
      form.situation = content.situation ?? "";
      form.behaviour = content.behaviour ?? "";
      form.impact = content.impact ?? "";
      form.nextStep = content.nextStep ?? "";
      break;
    case "reflection":
      form.situation = content.situation ?? "";
      form.task = content.task ?? "";
      form.action = content.action ?? "";
      form.result = content.result ?? "";
      form.reflection = content.reflection ?? "";
      break;
    case "self_assessment":
      form.note = content.note ?? "";
      break;
    case "action":
      form.text = content.text;
      form.due = content.due ?? "";
      form.done = content.done;
      form.sourceEntryId = content.sourceEntryId;
      break;
  }
  return form;
}

/** Trimmed text, or null when nothing is left. */
export function optionalText(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === "" ? null : trimmed;
}

/** Tags typed as text: split at commas and line breaks, trimmed, blanks dropped. */
export function splitTags(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== "");
}

/** `tags` plus the tags in `text`, leaving out any already there (ignoring case). */
export function addTags(tags: readonly string[], text: string): string[] {
  const out = [...tags];
  const seen = new Set(tags.map((tag) => tag.toLocaleLowerCase()));
  for (const tag of splitTags(text)) {
    const key = tag.toLocaleLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(tag);
    }
  }
  return out;
}

/** Whether `text` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const [year, month, day] = text.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** The day `months` months after `isoDate` (clamped to the month's end), as YYYY-MM-DD. */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The latest date Rust accepts for an entry of `kind` (12 months ahead; actions 60). */
export function latestDate(kind: EntryKind, today: string): string {
  return addMonths(today, kind === "action" ? 60 : 12);
}

/**
 * Whether a self-assessment must say why: the chosen level differs from the previous
 * self-assessment's. Without a previous level (or without a chosen one) it need not.
 */
export function justificationRequired(
  level: number | null,
  previous: number | null | undefined,
): boolean {
  return level !== null && previous !== null && previous !== undefined && level !== previous;
}

/** The previous assessment and evidence of one skill, as the form loads it. */
export type ContextState =
  | { status: "loading" }
  | { status: "ready"; context: AssessmentContext }
  | { status: "error"; error: CommandError };

/** Previous self-assessed levels per skill: a number, null for none, absent when unknown. */
export type PreviousLevels = ReadonlyMap<string, number | null>;

function skillsFor(state: FormState, previous: PreviousLevels): EntrySkill[] {
  return state.skills.map((row) => {
    switch (state.kind) {
      case "action":
        return { skillId: row.skillId, rating: null, justification: null };
      case "self_assessment": {
        // A justification is only sent where the form shows it: when the level changed, or
        // when the previous level could not be loaded (then the person decides).
        const shown = !previous.has(row.skillId) || justificationRequired(row.rating, previous.get(row.skillId));
        return {
          skillId: row.skillId,
          rating: row.rating,
          justification: shown ? optionalText(row.justification) : null,
        };
      }
      default:
        return { skillId: row.skillId, rating: row.rating, justification: null };
    }
  });
}

/** The result of `buildInput`: the entry to send, or what must be fixed before sending. */
export type BuiltInput = { ok: true; input: EntryInput } | { ok: false; errors: FormError[] };

/**
 * The `EntryInput` for the form, or the problems that keep it from being sent at all: a
 * feedback setting or giver role not chosen yet, a date that is not a date. Everything else
 * (required texts, skills, lengths) Rust checks and reports with the same field paths.
 */
export function buildInput(state: FormState, previous: PreviousLevels = new Map()): BuiltInput {
  const errors: FormError[] = [];
  if (!isIsoDate(state.date)) {
    errors.push({ field: "date", code: "invalid_date", message: `"${state.date}" is not a date` });
  }
  const due = state.due.trim();
  if (state.kind === "action" && due !== "" && !isIsoDate(due)) {
    errors.push({ field: "content.due", code: "invalid_date", message: `"${due}" is not a date` });
  }
  if (state.kind === "feedback" && state.setting === null) {
    errors.push({ field: "content.setting", code: "choice_required", message: "choose a setting" });
  }
  if (state.kind === "feedback" && state.giverRole === null) {
    errors.push({ field: "content.giverRole", code: "choice_required", message: "choose who gave it" });
  }
  if (errors.length > 0) return { ok: false, errors };

  const text = (field: TextField) => optionalText(state[field]);
  let content: EntryInput["content"];
  switch (state.kind) {
    case "feedback":
      content = {
        kind: "feedback",
        setting: state.setting as FeedbackSetting,
        giverRole: state.giverRole as GiverRole,
        giverName: text("giverName"),
        situation: text("situation"),
        behaviour: text("behaviour"),
        impact: text("impact"),
        nextStep: text("nextStep"),
      };
      break;
    case "reflection":
      content = {
        kind: "reflection",
        situation: text("situation"),
        task: text("task"),
        action: text("action"),
        result: text("result"),
        reflection: text("reflection"),
      };
      break;
    case "self_assessment":
      content = { kind: "self_assessment", note: text("note") };
      break;
    case "action":
      content = {
        kind: "action",
        text: state.text.trim(),
        due: due === "" ? null : due,
        done: state.done,
        sourceEntryId: state.sourceEntryId,
      };
      break;
  }
  return {
    ok: true,
    input: {
      date: state.date,
      skills: skillsFor(state, previous),
      articleId: state.articleId === null ? null : optionalText(state.articleId),
      tags: addTags(state.tags, state.tagText),
      private: state.private,
      content,
    },
  };
}

/** Whether `value` is a plain object (parsed JSON, an error from Rust). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `value` when it is a string, else `fallback`. */
export function stringOr(value: unknown, fallback: string): string {
  return typeof value === "string" ? value : fallback;
}

// ---- Field errors -------------------------------------------------------------------------

/**
 * The part of the form an error path belongs next to: `tags[2]` → `tags`, `skills[1].skillId`
 * → `skills[1]`, `skills[0].rating` and `content.impact` stay as they are.
 */
export function anchorOf(path: string): string {
  if (/^tags\[\d+\]$/.test(path)) return "tags";
  const skill = /^(skills\[\d+\])\.skillId$/.exec(path);
  if (skill) return skill[1] as string;
  return path;
}

/**
 * What the skill picker shows: the errors about the choice (`skills`) or about one chosen skill
 * (`skills[i]`, `skills[i].skillId`), and the ids of the chosen skills they name (archived or
 * unknown ones), given the chosen ids in order.
 */
export function skillPickerErrors<E extends FormError>(
  errors: readonly E[],
  skillIds: readonly string[],
): { errors: E[]; invalidIds: Set<string> } {
  const mine = errors.filter((error) => /^skills(\[\d+\])?$/.test(anchorOf(error.field)));
  const invalidIds = new Set(
    mine.flatMap((error) => {
      const match = /^skills\[(\d+)\]$/.exec(anchorOf(error.field));
      const id = match ? skillIds[Number(match[1])] : undefined;
      return id === undefined ? [] : [id];
    }),
  );
  return { errors: mine, invalidIds };
}

/** The errors that belong next to `anchor`. */
export function errorsAt(errors: readonly FormError[], anchor: string): FormError[] {
  return errors.filter((error) => anchorOf(error.field) === anchor);
}

/**
 * The errors left after the person changed the field at `anchor`: its own go, and so do the
 * "fill in at least one of these" errors of the other content texts.
 */
export function withoutErrorsAt(errors: readonly FormError[], anchor: string): FormError[] {
  const clearsGroup = anchor.startsWith("content.");
  return errors.filter(
    (error) =>
      anchorOf(error.field) !== anchor &&
      !(clearsGroup && error.code === "text_required" && error.field.startsWith("content.")),
  );
}

/** The field errors of a rejected write (`CommandError.fields`), tolerating their absence. */
export function fieldErrorsOf(error: unknown): FormError[] {
  if (typeof error !== "object" || error === null) return [];
  const fields = (error as { fields?: unknown }).fields;
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((item: unknown) => {
    if (!isRecord(item) || typeof item.field !== "string" || typeof item.code !== "string") return [];
    return [{ field: item.field, code: item.code, message: stringOr(item.message, "") }];
  });
}

/** A skill row's index in an error path (`skills[3].rating` → 3), or null. */
export function skillIndexOf(path: string): number | null {
  const match = /^skills\[(\d+)\]/.exec(path);
  return match ? Number(match[1]) : null;
}
