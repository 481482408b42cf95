import { describe, expect, it } from "vitest";
import type { Entry } from "../../lib/bindings/Entry";
import type { FeedbackRequest } from "../../lib/bindings/FeedbackRequest";
import { buildRequest, mailtoFor, requestErrorText, requestPrefillOf, type RequestFormState } from "./requestForm";

const empty: RequestFormState = {
  lang: "nl",
  giverRole: "stakeholder",
  giverName: "  ",
  giverEmail: "",
  replyTo: " me@example.org ",
  setting: null,
  aboutDate: "",
  context: " sprintdemo ",
  skillIds: ["listening"],
  replyBy: "",
};

function feedback(extra: Partial<Entry> = {}): Entry {
  return {
    id: 3,
    version: 1,
    createdAt: "2026-11-12T10:00:00Z",
    updatedAt: "2026-11-12T10:00:00Z",
    deletedAt: null,
    date: "2026-11-12",
    skills: [1, 2, 3, 4].map((n) => ({ skillId: `skill-${n}`, rating: null, justification: null })),
    articleId: null,
    tags: [],
    private: false,
    content: {
      kind: "feedback",
      setting: "presentation",
      giverRole: "peer",
      giverName: "Sanne",
      situation: null,
      behaviour: null,
      impact: null,
      nextStep: null,
    },
    ...extra,
  } as Entry;
}

describe("buildRequest", () => {
  it("trims texts and sends empty ones as none", () => {
    const built = buildRequest(empty);
    expect(built.ok && built.input).toMatchObject({
      giverName: null,
      giverEmail: null,
      replyTo: "me@example.org",
      context: "sprintdemo",
      aboutDate: null,
      skills: ["listening"],
    });
  });

  it("asks for a role before anything goes to Rust", () => {
    const built = buildRequest({ ...empty, giverRole: null });
    expect(built.ok).toBe(false);
    if (!built.ok) expect(built.errors.map((e) => e.field)).toEqual(["giverRole"]);
  });
});

describe("requestErrorText", () => {
  it("words the request's own limits, not an entry's", () => {
    const many = requestErrorText({ field: "skills", code: "too_many", message: "" }, String);
    expect(many).toContain("3");
    const context = requestErrorText({ field: "context", code: "too_long", message: "" }, String);
    expect(context).toContain("500");
  });
});

describe("requestPrefillOf", () => {
  it("carries the feedback's moment, giver and at most three skills", () => {
    expect(requestPrefillOf(feedback())).toEqual({
      skillIds: ["skill-1", "skill-2", "skill-3"],
      aboutDate: "2026-11-12",
      giverRole: "peer",
      giverName: "Sanne",
      setting: "presentation",
    });
  });

  it("offers nothing for feedback that was given directly, or for an action", () => {
    expect(requestPrefillOf(feedback({ requestId: "request-1" }))).toBeNull();
    const action = feedback({ content: { kind: "action", text: "x", due: null, done: false, sourceEntryId: null } as Entry["content"] });
    expect(requestPrefillOf(action)).toBeNull();
  });
});

describe("mailtoFor", () => {
  const request = {
    id: "request-1",
    token: "0".repeat(32),
    lang: "nl",
    giverRole: "peer",
    giverName: "Sanne & co",
    giverEmail: "sanne@example.org",
    replyTo: null,
    setting: null,
    aboutDate: null,
    context: "sprintdemo?",
    skills: ["listening"],
    replyBy: null,
    createdAt: "2026-12-04T10:00:00Z",
    withdrawnAt: null,
    answers: 0,
    status: "waiting",
  } as FeedbackRequest;

  it("writes to the giver in the form's language, every text escaped", () => {
    const url = mailtoFor(request, "feedbackverzoek-2026-12-04.html");
    expect(url).not.toBeNull();
    const parsed = new URL(url!);
    expect(parsed.protocol).toBe("mailto:");
    expect(parsed.pathname).toBe("sanne@example.org");
    const params = new URLSearchParams(parsed.search);
    expect(params.get("subject")).toBe("Een verzoek om feedback: sprintdemo?");
    expect(params.get("body")).toContain("Hoi Sanne & co,");
    expect(params.get("body")).toContain("feedbackverzoek-2026-12-04.html");
    expect([...params.keys()]).toEqual(["subject", "body"]);
  });

  it("offers no message without an address", () => {
    expect(mailtoFor({ ...request, giverEmail: null }, "f.html")).toBeNull();
  });
});
