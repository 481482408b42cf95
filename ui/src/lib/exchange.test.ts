import { describe, expect, it } from "vitest";
import { fileName, folderName, formatBytes, requestedSkills } from "./exchange.svelte";

describe("requestedSkills", () => {
  const offered = ["listening", "presentations", "teamwork"];

  it("asks for all skills (null) when every offered skill is ticked", () => {
    expect(requestedSkills(offered, new Set(offered))).toBeNull();
  });

  it("sends the ticked ones in the offered order", () => {
    expect(requestedSkills(offered, new Set(["teamwork", "listening"]))).toEqual(["listening", "teamwork"]);
  });

  it("sends an empty list when nothing is ticked (Rust refuses it with a clear error)", () => {
    expect(requestedSkills(offered, new Set())).toEqual([]);
  });

  it("ignores ticked ids that are no longer offered", () => {
    expect(requestedSkills(offered, new Set(["gone", "teamwork"]))).toEqual(["teamwork"]);
  });
});

describe("formatBytes", () => {
  it("reads like a file manager in both languages", () => {
    expect(formatBytes("en", 840)).toBe("840 bytes");
    expect(formatBytes("en", 12_500)).toBe("12.5 kB");
    expect(formatBytes("nl", 12_500)).toBe("12,5 kB");
    expect(formatBytes("en", 3_400_000)).toBe("3.4 MB");
  });
});

describe("fileName", () => {
  it("takes the last part of a Unix or Windows path", () => {
    expect(fileName("/home/sanne/Documents/rapport.pdf")).toBe("rapport.pdf");
    expect(fileName("C:\\Users\\sanne\\rapport.pdf")).toBe("rapport.pdf");
    expect(fileName("rapport.pdf")).toBe("rapport.pdf");
  });
});

describe("folderName", () => {
  it("takes everything before the file name", () => {
    expect(folderName("/home/sanne/Documents/rapport.pdf")).toBe("/home/sanne/Documents");
    expect(folderName("C:\\Users\\sanne\\rapport.pdf")).toBe("C:\\Users\\sanne");
    expect(folderName("/rapport.pdf")).toBe("/");
    expect(folderName("rapport.pdf")).toBe("");
  });
});
