import { describe, expect, it } from "vitest";
import type { Entry } from "./bindings/Entry";
import { DraftSaver, draftKey, parseDraft, serializeDraft, type DraftStatus } from "./entryDrafts";
import {
  addMonths,
  addTags,
  anchorOf,
  buildInput,
  emptyForm,
  errorsAt,
  fieldErrorsOf,
  formFromEntry,
  skillPickerErrors,
  isIsoDate,
  justificationRequired,
  latestDate,
  skillIndexOf,
  splitTags,
  withoutErrorsAt,
  type FormState,
} from "./entryForm";

function entry(overrides: Partial<Entry>): Entry {
  return {
    id: 7,
    version: 2,
    createdAt: "2026-03-01T10:00:00Z",
    updatedAt: "2026-03-02T10:00:00Z",
    deletedAt: null,
    date: "2026-03-01",
    skills: [{ skillId: "listening", rating: 4, justification: null }],
    articleId: "bundled/luisteren",
    tags: ["sprint 3"],
    private: true,
    content: {
      kind: "feedback",
      setting: "presentation",
      giverRole: "coach",
      giverName: "Anna",
      situation: "Demo",
      behaviour: null,
      impact: "Clear",
      nextStep: null,
    },
    ...overrides,
  };
}

function built(state: FormState, previous = new Map<string, number | null>()) {
  const result = buildInput(state, previous);
  if (!result.ok) throw new Error(`expected an input, got ${JSON.stringify(result.errors)}`);
  return result.input;
}

describe("a new form", () => {
  it("starts with today, the prefilled skills (once each) and article", () => {
    const form = emptyForm("feedback", "2026-03-05", {
      skillIds: ["listening", "explaining", "listening", " "],
      articleId: "bundled/a",
      sourceEntryId: 3,
    });
    expect(form.date).toBe("2026-03-05");
    expect(form.skills.map((s) => s.skillId)).toEqual(["listening", "explaining"]);
    expect(form.articleId).toBe("bundled/a");
    expect(form.sourceEntryId, "only actions come from another entry").toBeNull();
    expect(emptyForm("action", "2026-03-05", { sourceEntryId: 3 }).sourceEntryId).toBe(3);
  });
});

describe("form state to EntryInput", () => {
  it("trims texts and sends blanks as null", () => {
    const form = emptyForm("feedback", "2026-03-05", { skillIds: ["listening"] });
    form.setting = "teamwork";
    form.giverRole = "peer";
    form.situation = "  In the stand-up \n";
    form.behaviour = "   ";
    form.giverName = "";
    const input = built(form);
    expect(input.content).toEqual({
      kind: "feedback",
      setting: "teamwork",
      giverRole: "peer",
      giverName: null,
      situation: "In the stand-up",
      behaviour: null,
      impact: null,
      nextStep: null,
    });
    expect(input.skills).toEqual([{ skillId: "listening", rating: null, justification: null }]);
    expect(input.articleId).toBeNull();
  });

  it("keeps the tag still being typed, without duplicates", () => {
    const form = emptyForm("reflection", "2026-03-05");
    form.tags = ["Sprint 3"];
    form.tagText = "demo, sprint 3,  ,retro";
    expect(built(form).tags).toEqual(["Sprint 3", "demo", "retro"]);
  });

  it("starts feedback as given elsewhere by someone else, like the command line", () => {
    const form = emptyForm("feedback", "2026-03-05");
    expect([form.setting, form.giverRole]).toEqual(["other", "other"]);
    expect(emptyForm("reflection", "2026-03-05").setting).toBeNull();
  });

  it("refuses to send feedback without a setting or giver role, naming Rust's field paths", () => {
    const form = emptyForm("feedback", "2026-03-05");
    form.setting = null;
    form.giverRole = null;
    const result = buildInput(form);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.field, e.code])).toEqual([
      ["content.setting", "choice_required"],
      ["content.giverRole", "choice_required"],
    ]);
  });

  it("refuses dates that are not calendar dates, but leaves the range to Rust", () => {
    const form = emptyForm("action", "2026-02-30");
    form.due = "soon";
    const result = buildInput(form);
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(["date", "content.due"]);
    form.date = "2999-01-01";
    form.due = " ";
    const input = built(form);
    expect(input.date, "a far date is Rust's to judge").toBe("2999-01-01");
    expect(input.content).toMatchObject({ kind: "action", due: null, text: "" });
  });

  it("never sends ratings on an action nor justifications outside a self-assessment", () => {
    const action = emptyForm("action", "2026-03-05");
    action.skills = [{ skillId: "listening", rating: 3, justification: "x" }];
    action.text = " Ask one open question ";
    expect(built(action).skills).toEqual([{ skillId: "listening", rating: null, justification: null }]);
    expect(built(action).content).toMatchObject({ text: "Ask one open question" });

    const reflection = emptyForm("reflection", "2026-03-05");
    reflection.skills = [{ skillId: "listening", rating: 2, justification: "x" }];
    expect(built(reflection).skills).toEqual([{ skillId: "listening", rating: 2, justification: null }]);
  });

  it("sends a self-assessment's justification only where the form shows it", () => {
    const form = emptyForm("self_assessment", "2026-03-05");
    form.skills = [
      { skillId: "changed", rating: 4, justification: " Led the demo " },
      { skillId: "same", rating: 3, justification: "typed before the level went back" },
      { skillId: "first", rating: 2, justification: "no previous level" },
      { skillId: "unknown", rating: 2, justification: "context failed to load" },
    ];
    const previous = new Map<string, number | null>([
      ["changed", 3],
      ["same", 3],
      ["first", null],
    ]);
    expect(built(form, previous).skills.map((s) => s.justification)).toEqual([
      "Led the demo",
      null,
      null,
      "context failed to load",
    ]);
  });

  it("round-trips an entry through the form unchanged", () => {
    const original = entry({});
    const input = built(formFromEntry(original));
    expect(input).toEqual({
      date: original.date,
      skills: original.skills,
      articleId: original.articleId,
      tags: original.tags,
      private: original.private,
      content: original.content,
    });
    const action = entry({
      skills: [{ skillId: "listening", rating: null, justification: null }],
      content: { kind: "action", text: "Practise", due: "2026-04-01", done: true, sourceEntryId: 3 },
    });
    expect(built(formFromEntry(action)).content).toEqual(action.content);
  });
});

describe("justification", () => {
  it("is required only when the level differs from a known previous level", () => {
    expect(justificationRequired(4, 3)).toBe(true);
    expect(justificationRequired(2, 3)).toBe(true);
    expect(justificationRequired(3, 3)).toBe(false);
    expect(justificationRequired(3, null), "a first assessment needs no reason").toBe(false);
    expect(justificationRequired(3, undefined)).toBe(false);
    expect(justificationRequired(null, 3), "no level chosen yet").toBe(false);
  });
});

describe("tags and dates", () => {
  it("splits tags at commas and line breaks", () => {
    expect(splitTags(" a, b\nc,, ")).toEqual(["a", "b", "c"]);
    expect(addTags(["A"], "a, B")).toEqual(["A", "B"]);
  });

  it("checks calendar dates and adds months like Rust (clamped to the month's end)", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("2025-2-1")).toBe(false);
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2026-03-05", 12)).toBe("2027-03-05");
    expect(latestDate("feedback", "2026-03-05")).toBe("2027-03-05");
    expect(latestDate("action", "2026-03-05")).toBe("2031-03-05");
  });
});

describe("drafts", () => {
  it("use the key new-<kind> for new entries and entry-<id> for edits", () => {
    expect(draftKey("self_assessment", null)).toBe("new-self_assessment");
    expect(draftKey("feedback", 12)).toBe("entry-12");
  });

  it("round-trip the whole form", () => {
    const form = emptyForm("feedback", "2026-03-05", { skillIds: ["listening"] });
    form.situation = "Half a sent";
    form.tagText = "dem";
    form.setting = "other";
    const text = serializeDraft(form);
    expect(JSON.parse(text).version).toBe(1);
    expect(parseDraft(text, emptyForm("feedback", "2026-03-09"))).toEqual(form);
  });

  it("are ignored when garbled or for another kind", () => {
    const base = emptyForm("reflection", "2026-03-05");
    expect(parseDraft("{not json", base)).toBeNull();
    expect(parseDraft("[1,2]", base)).toBeNull();
    expect(parseDraft("null", base)).toBeNull();
    const feedback = serializeDraft(emptyForm("feedback", "2026-03-05"));
    expect(parseDraft(feedback, base), "a feedback draft must not fill a reflection").toBeNull();
  });

  it("keep what still fits from an old or damaged draft", () => {
    const base = emptyForm("feedback", "2026-03-05", { skillIds: ["explaining"] });
    const old = JSON.stringify({
      kind: "feedback",
      date: "yesterday",
      skills: ["listening", { skillId: "teamwork", rating: 9 }, { skillId: "listening" }, 5],
      situation: "kept",
      behaviour: 42,
      setting: "circus",
      giverRole: "peer",
      tags: ["a", 3, "A"],
      private: "yes",
      sourceEntryId: 4,
    });
    const state = parseDraft(old, base);
    expect(state).not.toBeNull();
    expect(state?.date, "an unreadable date falls back to the fresh form's").toBe("2026-03-05");
    expect(state?.skills).toEqual([
      { skillId: "listening", rating: null, justification: "" },
      { skillId: "teamwork", rating: null, justification: "" },
    ]);
    expect(state?.situation).toBe("kept");
    expect(state?.behaviour).toBe("");
    expect(state?.setting, "an unknown setting falls back to the fresh form's").toBe("other");
    expect(state?.giverRole).toBe("peer");
    expect(state?.tags).toEqual(["a"]);
    expect(state?.private).toBe(false);
    expect(state?.sourceEntryId, "feedback has no source entry").toBeNull();
  });
});

describe("DraftSaver", () => {
  function harness() {
    const saved: string[] = [];
    const statuses: DraftStatus[] = [];
    let timer: (() => void) | null = null;
    let fail = false;
    let release: (() => void) | null = null;
    let hold = false;
    const saver = new DraftSaver({
      save: async (text) => {
        if (hold) await new Promise<void>((resolve) => (release = resolve));
        if (fail) throw new Error("disk full");
        saved.push(text);
      },
      onstatus: (status) => statuses.push(status),
      setTimer: (callback) => {
        timer = callback;
        return 1;
      },
      clearTimer: () => (timer = null),
    });
    return {
      saver,
      saved,
      statuses,
      fire: () => {
        const callback = timer;
        timer = null;
        callback?.();
      },
      get timerSet() {
        return timer !== null;
      },
      setFail: (value: boolean) => (fail = value),
      setHold: (value: boolean) => (hold = value),
      release: () => release?.(),
    };
  }

  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it("saves only the latest text once typing pauses", async () => {
    const h = harness();
    h.saver.update("a");
    h.saver.update("ab");
    h.saver.update("abc");
    expect(h.saved).toEqual([]);
    h.fire();
    await settle();
    expect(h.saved).toEqual(["abc"]);
    expect(h.saver.status).toBe("saved");
  });

  it("does not save what is already stored", async () => {
    const h = harness();
    h.saver.baseline("restored");
    h.saver.update("restored");
    expect(h.timerSet).toBe(false);
    await h.saver.flush();
    expect(h.saved).toEqual([]);
  });

  it("saves at once on flush and runs one save at a time, latest last", async () => {
    const h = harness();
    h.setHold(true);
    h.saver.update("one");
    const first = h.saver.flush();
    await settle();
    h.saver.update("two");
    h.setHold(false);
    const second = h.saver.flush();
    h.release();
    await Promise.all([first, second]);
    expect(h.saved).toEqual(["one", "two"]);
  });

  it("keeps a failed text and tries again on the next flush", async () => {
    const h = harness();
    h.setFail(true);
    h.saver.update("typed");
    await h.saver.flush();
    expect(h.saver.status).toBe("error");
    expect(h.saver.hasUnsaved).toBe(true);
    h.setFail(false);
    await h.saver.flush();
    expect(h.saved).toEqual(["typed"]);
    expect(h.saver.hasUnsaved).toBe(false);
  });

  it("holds saves while paused and never saves after stop", async () => {
    const h = harness();
    await h.saver.pause();
    h.saver.update("while saving the entry");
    expect(h.timerSet).toBe(false);
    await h.saver.flush();
    expect(h.saved).toEqual([]);
    h.saver.resume();
    await settle();
    expect(h.saved).toEqual(["while saving the entry"]);
    h.saver.stop();
    h.saver.update("after");
    await h.saver.flush();
    expect(h.saved).toEqual(["while saving the entry"]);
  });
});

describe("field errors", () => {
  const errors = [
    { field: "tags[2]", code: "too_long", message: "" },
    { field: "skills[1].skillId", code: "skill_archived", message: "" },
    { field: "skills[1].rating", code: "rating_required", message: "" },
    { field: "content.situation", code: "text_required", message: "" },
    { field: "content.behaviour", code: "text_required", message: "" },
    { field: "content.giverName", code: "too_long", message: "" },
  ];

  it("belong next to the field they name", () => {
    expect(anchorOf("tags[2]")).toBe("tags");
    expect(anchorOf("skills[1].skillId")).toBe("skills[1]");
    expect(anchorOf("skills[1].rating")).toBe("skills[1].rating");
    expect(anchorOf("content.impact")).toBe("content.impact");
    expect(errorsAt(errors, "tags").map((e) => e.field)).toEqual(["tags[2]"]);
    expect(errorsAt(errors, "skills[1]").map((e) => e.code)).toEqual(["skill_archived"]);
    expect(skillIndexOf("skills[12].justification")).toBe(12);
    expect(skillIndexOf("content.text")).toBeNull();
  });

  it("clear when their field changes, with the 'fill in one of these' group", () => {
    const left = withoutErrorsAt(errors, "content.behaviour").map((e) => e.field);
    expect(left).toEqual(["tags[2]", "skills[1].skillId", "skills[1].rating", "content.giverName"]);
    expect(withoutErrorsAt(errors, "tags").map((e) => e.field)).not.toContain("tags[2]");
  });

  it("are read from a command error that may not carry them", () => {
    expect(fieldErrorsOf({ code: "validation", message: "m" })).toEqual([]);
    expect(fieldErrorsOf(null)).toEqual([]);
    expect(
      fieldErrorsOf({
        code: "validation",
        message: "m",
        fields: [{ field: "date", code: "date_out_of_range", message: "too far" }, { nope: 1 }],
      }),
    ).toEqual([{ field: "date", code: "date_out_of_range", message: "too far" }]);
  });
});

describe("skillPickerErrors", () => {
  it("keeps the errors about the choice and names the skills they are about", () => {
    const errors = [
      { field: "skills", code: "too_many", message: "" },
      { field: "skills[1].skillId", code: "skill_archived", message: "" },
      { field: "skills[0]", code: "unknown_skill", message: "" },
      { field: "skills[0].rating", code: "rating_out_of_range", message: "" },
      { field: "content.impact", code: "too_long", message: "" },
    ];
    const picker = skillPickerErrors(errors, ["listening", "custom-2"]);
    expect(picker.errors.map((e) => e.field)).toEqual(["skills", "skills[1].skillId", "skills[0]"]);
    expect([...picker.invalidIds].sort()).toEqual(["custom-2", "listening"]);
  });
});
