import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  calendarMove,
  dayRangeLabel,
  groupByWeek,
  isDay,
  isoWeek,
  isoWeekday,
  monthGrid,
  monthLabel,
  weekdayNames,
} from "./weeks";

describe("isoWeek", () => {
  it("numbers ordinary weeks from Monday to Sunday", () => {
    expect(isoWeek("2026-11-23"), "a Monday starts its week").toMatchObject({
      year: 2026,
      week: 48,
      start: "2026-11-23",
      end: "2026-11-29",
    });
    expect(isoWeek("2026-11-29").week, "Sunday ends the same week").toBe(48);
    expect(isoWeek("2026-11-30").week, "the next Monday starts a new week").toBe(49);
  });

  it("puts 2026-12-31 and 2027-01-01 in week 53 of 2026 (2026 starts on a Thursday)", () => {
    expect(isoWeek("2026-12-31")).toMatchObject({ year: 2026, week: 53, start: "2026-12-28", end: "2027-01-03" });
    expect(isoWeek("2027-01-01")).toMatchObject({ year: 2026, week: 53 });
    expect(isoWeek("2027-01-03")).toMatchObject({ year: 2026, week: 53 });
    expect(isoWeek("2027-01-04"), "the first Monday of 2027 starts its week 1").toMatchObject({
      year: 2027,
      week: 1,
    });
  });

  it("puts late December days in week 1 of the next year when that week's Thursday is in January", () => {
    expect(isoWeek("2024-12-30")).toMatchObject({ year: 2025, week: 1, start: "2024-12-30" });
    expect(isoWeek("2025-12-29")).toMatchObject({ year: 2026, week: 1 });
  });

  it("puts early January days in the previous year's last week", () => {
    expect(isoWeek("2021-01-03")).toMatchObject({ year: 2020, week: 53 });
    expect(isoWeek("2023-01-01")).toMatchObject({ year: 2022, week: 52 });
  });

  it("is not moved by daylight saving time (last Sunday of March and of October)", () => {
    expect(isoWeek("2026-03-29")).toMatchObject({ week: 13, start: "2026-03-23", end: "2026-03-29" });
    expect(isoWeek("2026-03-30")).toMatchObject({ week: 14, start: "2026-03-30" });
    expect(isoWeek("2026-10-25")).toMatchObject({ week: 43, end: "2026-10-25" });
    expect(addDays("2026-03-28", 1), "adding a day across the spring change").toBe("2026-03-29");
    expect(addDays("2026-10-25", 1), "adding a day across the autumn change").toBe("2026-10-26");
  });
});

describe("day helpers", () => {
  it("knows real dates", () => {
    expect(isDay("2028-02-29")).toBe(true);
    expect(isDay("2027-02-29"), "2027 is no leap year").toBe(false);
    expect(isDay("2026-13-01")).toBe(false);
    expect(isDay("26-1-1")).toBe(false);
  });

  it("counts weekdays from Monday", () => {
    expect(isoWeekday("2026-11-23")).toBe(1);
    expect(isoWeekday("2026-11-29")).toBe(7);
  });

  it("adds months across years", () => {
    expect(addMonths("2026-12", 1)).toBe("2027-01");
    expect(addMonths("2027-01", -1)).toBe("2026-12");
    expect(addMonths("2026-05", -17)).toBe("2024-12");
  });
});

describe("groupByWeek", () => {
  it("keeps list order and starts a group at each new week", () => {
    const days = ["2027-01-04", "2027-01-01", "2026-12-28", "2026-12-27", "2026-11-24"];
    const groups = groupByWeek(days, (day) => day);
    expect(groups.map((group) => [group.key, group.items])).toEqual([
      ["2027-W01", ["2027-01-04"]],
      ["2026-W53", ["2027-01-01", "2026-12-28"]],
      ["2026-W52", ["2026-12-27"]],
      ["2026-W48", ["2026-11-24"]],
    ]);
  });

  it("gives no groups for no items", () => {
    expect(groupByWeek([], (day: string) => day)).toEqual([]);
  });
});

describe("dayRangeLabel", () => {
  it("writes a week inside one month briefly", () => {
    expect(dayRangeLabel("nl", "2026-11-23", "2026-11-29")).toBe("23–29 november 2026");
    expect(dayRangeLabel("en", "2026-11-23", "2026-11-29")).toBe("23–29 November 2026");
  });

  it("names both months when the week crosses one", () => {
    expect(dayRangeLabel("nl", "2026-11-30", "2026-12-06")).toBe("30 november – 6 december 2026");
  });

  it("names both years when the week crosses New Year", () => {
    expect(dayRangeLabel("nl", "2026-12-28", "2027-01-03")).toBe("28 december 2026 – 3 januari 2027");
    expect(dayRangeLabel("en", "2026-12-28", "2027-01-03")).toBe("28 December 2026 – 3 January 2027");
  });
});

describe("monthGrid", () => {
  it("covers the month in whole weeks from Monday", () => {
    const grid = monthGrid("2026-11");
    expect(grid[0]?.[0], "November 2026 starts on a Sunday, so the grid starts on 26 October").toEqual({
      date: "2026-10-26",
      inMonth: false,
    });
    expect(grid[0]?.[6]).toEqual({ date: "2026-11-01", inMonth: true });
    expect(grid.at(-1)?.at(-1)).toEqual({ date: "2026-12-06", inMonth: false });
    expect(grid.length).toBe(6);
    expect(grid.every((week) => week.length === 7)).toBe(true);
    expect(grid.flat().filter((day) => day.inMonth).length).toBe(30);
  });

  it("needs only four rows for a February that starts on a Monday", () => {
    const grid = monthGrid("2027-02");
    expect(grid.length).toBe(4);
    expect(grid[0]?.[0]?.date).toBe("2027-02-01");
    expect(grid[3]?.[6]?.date).toBe("2027-02-28");
  });

  it("has every day once across the October daylight saving change", () => {
    const days = monthGrid("2026-10").flat().map((day) => day.date);
    expect(new Set(days).size).toBe(days.length);
    expect(days).toContain("2026-10-25");
    expect(days).toContain("2026-10-26");
  });
});

describe("calendarMove", () => {
  it("moves by day, week and month", () => {
    expect(calendarMove("2026-12-31", "ArrowRight")).toBe("2027-01-01");
    expect(calendarMove("2026-03-01", "ArrowUp")).toBe("2026-02-22");
    expect(calendarMove("2026-11-25", "Home")).toBe("2026-11-23");
    expect(calendarMove("2026-11-25", "End")).toBe("2026-11-29");
    expect(calendarMove("2026-03-31", "PageUp"), "31 March goes to the last day of February").toBe("2026-02-28");
    expect(calendarMove("2026-12-15", "PageDown")).toBe("2027-01-15");
    expect(calendarMove("2026-12-15", "a")).toBeNull();
  });
});

describe("names", () => {
  it("writes months and weekdays in the UI language", () => {
    expect(monthLabel("nl", "2026-11")).toBe("november 2026");
    expect(monthLabel("en", "2026-11")).toBe("November 2026");
    expect(weekdayNames("en")[0]).toBe("Mon");
    expect(weekdayNames("nl")[6]).toBe("zo");
  });
});
