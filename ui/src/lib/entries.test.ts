import { describe, expect, it } from "vitest";
import type { EntryInput } from "./bindings/EntryInput";
import {
  TRASH_DAYS,
  changedFields,
  contentTexts,
  firstLine,
  formatBytes,
  formatDateTime,
  parseTimestamp,
  trashDaysLeft,
} from "./entries";

function feedback(overrides: Partial<EntryInput> = {}, content: Record<string, unknown> = {}): EntryInput {
  return {
    date: "2026-11-24",
    skills: [{ skillId: "listening", rating: 4, justification: null }],
    articleId: null,
    tags: ["sprint"],
    private: false,
    content: {
      kind: "feedback",
      setting: "presentation",
      giverRole: "coach",
      giverName: null,
      situation: null,
      behaviour: "You let others finish.\nAnd asked questions.",
      impact: "The team felt heard.",
      nextStep: null,
      ...content,
    } as EntryInput["content"],
    ...overrides,
  };
}

describe("contentTexts and firstLine", () => {
  it("lists the non-empty texts in form order", () => {
    expect(contentTexts(feedback().content).map((text) => text.field)).toEqual([
      "content.behaviour",
      "content.impact",
    ]);
  });

  it("shows the first non-empty line of the first text", () => {
    expect(firstLine(feedback({}, { situation: "\n  \nSprint review  \nmore" }).content)).toBe("Sprint review");
    expect(firstLine(feedback().content)).toBe("You let others finish.");
  });

  it("has no line for a self-assessment without a note", () => {
    expect(firstLine({ kind: "self_assessment", note: "   " })).toBeNull();
    expect(firstLine({ kind: "action", text: "Summarise", due: null, done: false, sourceEntryId: 3 })).toBe(
      "Summarise",
    );
  });
});

describe("changedFields", () => {
  it("marks nothing for the first version", () => {
    expect(changedFields(feedback(), null).size).toBe(0);
  });

  it("names each field that differs from the previous version", () => {
    const before = feedback();
    const after = feedback(
      { date: "2026-11-25", tags: ["sprint", "demo"], private: true },
      { impact: "The team felt heard and went on.", giverName: "Sam" },
    );
    expect([...changedFields(after, before)].sort()).toEqual([
      "content.giverName",
      "content.impact",
      "date",
      "private",
      "tags",
    ]);
  });

  it("sees a changed rating as a change of the skills", () => {
    const after = feedback({ skills: [{ skillId: "listening", rating: 5, justification: null }] });
    expect([...changedFields(after, feedback())]).toEqual(["skills"]);
  });
});

describe("timestamps", () => {
  it("reads Rust's RFC 3339 with nanoseconds", () => {
    expect(parseTimestamp("2026-11-30T21:53:00.123456789Z")?.toISOString()).toBe("2026-11-30T21:53:00.123Z");
    expect(parseTimestamp("2026-11-30T21:53:00Z")?.toISOString()).toBe("2026-11-30T21:53:00.000Z");
    expect(parseTimestamp("nonsense")).toBeNull();
  });

  it("writes a moment out in the trainee's time zone", () => {
    expect(formatDateTime("nl", "2026-11-30T21:53:00Z", "Europe/Amsterdam")).toBe("30 november 2026 om 22:53");
    expect(formatDateTime("en", "2026-07-01T08:05:00Z", "Europe/Amsterdam")).toBe("1 July 2026 at 10:05");
    expect(formatDateTime("en", "garbled")).toBe("garbled");
  });
});

describe("trashDaysLeft", () => {
  const deleted = "2026-11-01T12:00:00Z";
  it("counts down from thirty days", () => {
    expect(trashDaysLeft(deleted, new Date("2026-11-01T12:00:00Z"))).toBe(TRASH_DAYS);
    expect(trashDaysLeft(deleted, new Date("2026-11-02T11:00:00Z")), "a part of a day counts as a day").toBe(30);
    expect(trashDaysLeft(deleted, new Date("2026-11-30T12:00:00Z"))).toBe(1);
  });

  it("never goes below zero", () => {
    expect(trashDaysLeft(deleted, new Date("2026-12-01T12:00:00Z"))).toBe(0);
    expect(trashDaysLeft(deleted, new Date("2027-03-01T00:00:00Z"))).toBe(0);
  });
});

describe("formatBytes", () => {
  it("uses decimal units and the language's number format", () => {
    expect(formatBytes("en", 512)).toBe("512 byte");
    expect(formatBytes("en", 812_000)).toBe("812 kB");
    expect(formatBytes("nl", 3_400_000)).toBe("3,4 MB");
    expect(formatBytes("en", 3_400_000)).toBe("3.4 MB");
  });
});
