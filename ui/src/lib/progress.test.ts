import { describe, expect, it } from "vitest";
import { barHeight, formatGap, formatLevel, levelGap, periodChoice, shortDay, totalEntries } from "./progress";

describe("periodChoice", () => {
  const custom = { from: "2026-09-01", to: "2026-10-31" };

  it("asks for the last weeks or the traineeship so far", () => {
    expect(periodChoice("4w", custom)).toEqual({ kind: "last_weeks", weeks: 4 });
    expect(periodChoice("12w", custom)).toEqual({ kind: "last_weeks", weeks: 12 });
    expect(periodChoice("start", custom)).toEqual({ kind: "since_start" });
  });

  it("asks for a custom period only when both fields hold a real day", () => {
    expect(periodChoice("custom", custom)).toEqual({ kind: "between", ...custom });
    expect(periodChoice("custom", { from: "2026-10-31", to: "2026-09-01" }), "Rust judges the order").toEqual({
      kind: "between",
      from: "2026-10-31",
      to: "2026-09-01",
    });
    expect(periodChoice("custom", { from: "", to: "2026-09-01" })).toBeNull();
    expect(periodChoice("custom", { from: "2026-02-30", to: "2026-03-01" })).toBeNull();
  });
});

describe("numbers", () => {
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
