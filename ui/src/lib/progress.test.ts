import { describe, expect, it } from "vitest";
import type { Entry } from "./bindings/Entry";
import {
  FAR_BACK,
  barHeight,
  earliestDay,
  formatGap,
  formatLevel,
  levelGap,
  openActions,
  presetPeriod,
  shortDay,
  totalEntries,
} from "./progress";

describe("presetPeriod", () => {
  it("counts the last weeks including today", () => {
    expect(presetPeriod("4w", "2026-11-30")).toEqual({ from: "2026-11-03", to: "2026-11-30" });
    expect(presetPeriod("8w", "2026-11-30")).toEqual({ from: "2026-10-06", to: "2026-11-30" });
    expect(presetPeriod("12w", "2026-03-01")).toEqual({ from: "2025-12-08", to: "2026-03-01" });
  });

  it("starts the traineeship at the first entry, or far back when unknown", () => {
    expect(presetPeriod("start", "2026-11-30", "2026-02-02")).toEqual({ from: "2026-02-02", to: "2026-11-30" });
    expect(presetPeriod("start", "2026-11-30")).toEqual({ from: FAR_BACK, to: "2026-11-30" });
    expect(presetPeriod("start", "2026-11-30", "2027-01-01")?.from, "a future start is ignored").toBe(FAR_BACK);
  });

  it("takes a custom period only when both days are real and in order", () => {
    const custom = { from: "2026-09-01", to: "2026-10-31" };
    expect(presetPeriod("custom", "2026-11-30", null, custom)).toEqual(custom);
    expect(presetPeriod("custom", "2026-11-30", null, { from: "2026-10-31", to: "2026-09-01" })).toBeNull();
    expect(presetPeriod("custom", "2026-11-30", null, { from: "", to: "2026-09-01" })).toBeNull();
    expect(presetPeriod("custom", "2026-11-30", null, { from: "2026-02-30", to: "2026-03-01" })).toBeNull();
    expect(presetPeriod("custom", "2026-11-30")).toBeNull();
  });
});

describe("numbers", () => {
  it("finds the earliest day", () => {
    expect(earliestDay(["2026-05-02", "2026-01-09", "2026-03-01"])).toBe("2026-01-09");
    expect(earliestDay([])).toBeNull();
  });

  it("computes the gap only when both sides are known", () => {
    expect(levelGap(4, 2.5)).toBe(1.5);
    expect(levelGap(null, 3)).toBeNull();
    expect(levelGap(3, null)).toBeNull();
  });

  it("writes levels and gaps in the UI language", () => {
    expect(formatLevel("en", 3.25)).toBe("3.3");
    expect(formatLevel("nl", 3.5)).toBe("3,5");
    expect(formatLevel("en", 4)).toBe("4");
    expect(formatGap("en", 1.5)).toBe("+1.5");
    expect(formatGap("nl", -0.66)).toBe("-0,7");
    expect(formatGap("en", 0)).toBe("0");
    expect(shortDay("en", "2026-10-05")).toBe("5 Oct");
    expect(shortDay("nl", "2026-03-01")).toMatch(/^1 mrt/);
  });
});

function action(id: number, text: string, due: string | null, done = false): Entry {
  return {
    id,
    version: 1,
    createdAt: "2026-01-01T00:00:00Z",
    updatedAt: "2026-01-01T00:00:00Z",
    deletedAt: null,
    date: "2026-01-01",
    skills: [{ skillId: "listening", rating: null, justification: null }],
    articleId: null,
    tags: [],
    private: false,
    content: { kind: "action", text, due, done, sourceEntryId: null },
  };
}

describe("openActions", () => {
  it("puts overdue first, then by due day, without a due day last, and skips done ones", () => {
    const list = openActions(
      [
        action(1, "no due", null),
        action(2, "later", "2026-12-20"),
        action(3, "overdue", "2026-11-01"),
        action(4, "done", "2026-11-01", true),
        action(5, "soon", "2026-12-01"),
        action(6, "due today", "2026-11-30"),
      ],
      "2026-11-30",
    );
    expect(list.map((a) => a.text)).toEqual(["overdue", "due today", "soon", "later", "no due"]);
    expect(list.map((a) => a.overdue)).toEqual([true, false, false, false, false]);
    expect(list[0]).toMatchObject({ id: 3, skillIds: ["listening"] });
  });
});

describe("activity", () => {
  const weeks = [
    { weekStart: "2026-10-05", count: 0 },
    { weekStart: "2026-10-12", count: 0 },
    { weekStart: "2026-10-19", count: 3 },
    { weekStart: "2026-10-26", count: 0 },
    { weekStart: "2026-11-02", count: 5 },
  ];

  it("counts the entries of all weeks", () => {
    expect(totalEntries(weeks)).toBe(8);
    expect(totalEntries([])).toBe(0);
  });

  it("scales bars to the busiest week with a sliver for empty weeks", () => {
    expect(barHeight(5, 5, 40)).toBe(40);
    expect(barHeight(3, 5, 40)).toBe(24);
    expect(barHeight(0, 5, 40)).toBe(2);
    expect(barHeight(0, 0, 40)).toBe(2);
  });
});
