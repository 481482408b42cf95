import { describe, expect, it } from "vitest";
import { activeHeading, linkKind } from "./reading";

describe("linkKind", () => {
  it("sends http(s) and mailto links outside the app", () => {
    expect(linkKind("https://example.org/a", true)).toBe("external");
    expect(linkKind("http://example.org", false)).toBe("external");
    expect(linkKind("MAILTO:someone@example.org", false)).toBe("external");
  });

  it("scrolls for #fragment links", () => {
    expect(linkKind("#fn-1", false)).toBe("fragment");
    expect(linkKind("#", false), "a bare # has nowhere to go").toBe("blocked");
  });

  it("blocks everything else, even when marked external", () => {
    expect(linkKind("javascript:alert(1)", true)).toBe("blocked");
    expect(linkKind("other-article.md", false)).toBe("blocked");
    expect(linkKind("file:///etc/passwd", true)).toBe("blocked");
    expect(linkKind("tauri://localhost/index.html", false)).toBe("blocked");
    expect(linkKind("//example.org", false)).toBe("blocked");
  });
});

describe("activeHeading", () => {
  const at = (...tops: (number | null)[]) => tops.map((top, index) => ({ id: `h${index}`, top }));

  it("is the last heading scrolled above the offset", () => {
    expect(activeHeading(at(-400, -20, 300), 100, false)).toBe("h1");
    expect(activeHeading(at(-400, 100, 300), 100, false)).toBe("h1");
  });

  it("is the first heading before any has scrolled up", () => {
    expect(activeHeading(at(200, 600), 100, false)).toBe("h0");
  });

  it("is the last heading at the bottom of the page", () => {
    expect(activeHeading(at(-400, 50, 300), 100, true)).toBe("h2");
  });

  it("skips headings missing from the page and is null without any", () => {
    expect(activeHeading(at(null, -10, 500), 100, false)).toBe("h1");
    expect(activeHeading([], 100, false)).toBeNull();
  });
});
