import { describe, expect, it } from "vitest";
import { answeredSkills, buildAnswer, localDay, problems, type FilledSkill, type FormData } from "./answer";

const empty = (skillId: string): FilledSkill => ({
  skillId,
  rating: null,
  situation: "",
  behaviour: "",
  impact: "",
  keepDoing: "",
  tryNext: "",
});

const data: FormData = {
  kind: "feedback",
  requestId: "request-3",
  token: "0123456789abcdef0123456789abcdef",
  recipient: "age1example",
  lang: "nl",
  giverRole: "peer",
  giverName: null,
  replyTo: null,
  about: [],
  skills: [],
  words: {},
};

describe("the feedback form's answer", () => {
  it("needs something about at least one skill", () => {
    expect(problems([empty("listening"), empty("teamwork")])).toEqual([{ kind: "nothing" }]);
  });

  it("needs situation, behaviour or impact for a skill the giver rated or wrote about", () => {
    const rated = { ...empty("listening"), rating: 4, keepDoing: "Doorvragen" };
    expect(problems([rated, empty("teamwork")])).toEqual([{ kind: "no-sbi", skillId: "listening" }]);
    expect(problems([{ ...rated, impact: "  Helder " }])).toEqual([]);
  });

  it("carries only the skills spoken about, with trimmed texts and empty ones as null", () => {
    const filled = [{ ...empty("listening"), behaviour: "  Je vatte samen  " }, empty("teamwork")];
    expect(answeredSkills(filled)).toEqual([
      { skillId: "listening", rating: null, situation: null, behaviour: "Je vatte samen", impact: null, keepDoing: null, tryNext: null },
    ]);
  });

  it("is the shape the app reads, with the request's id and token and the giver's own day", () => {
    const answer = buildAnswer(data, "  ", [{ ...empty("listening"), impact: "Rust" }], new Date(2026, 10, 3, 23, 30));
    expect(answer).toMatchObject({
      format: "skills-journal-answer",
      version: 1,
      requestId: "request-3",
      token: data.token,
      answeredOn: "2026-11-03",
      body: { feedback: { giverName: null, giverRole: "peer" } },
    });
    expect(localDay(new Date(2026, 0, 5))).toBe("2026-01-05");
  });
});
