// The answer a giver makes in the form: the shape the app's Rust side reads (crates/requests,
// `Answer`), and the form's own checks (the app checks again; this only helps the giver).

import type { Answer } from "../src/lib/bindings/Answer";
import type { SkillFeedback } from "../src/lib/bindings/SkillFeedback";
import type { GiverRole } from "../src/lib/bindings/GiverRole";

/** One skill as the form shows it. */
export interface FormSkill {
  id: string;
  name: string;
  description: string;
  /** The five level descriptors, level 1 first. */
  levels: string[];
}

/** What the app put into the form (crates/requests/src/form.rs, `FormData`). */
export interface FormData {
  kind: "feedback";
  requestId: string;
  token: string;
  recipient: string;
  lang: "nl" | "en";
  giverRole: GiverRole;
  giverName: string | null;
  replyTo: string | null;
  /** Label and value of what the request is about (setting, day, context, reply-by). */
  about: [string, string][];
  skills: FormSkill[];
  words: Record<string, string>;
}

/** What the giver typed for one skill. */
export interface FilledSkill {
  skillId: string;
  rating: number | null;
  situation: string;
  behaviour: string;
  impact: string;
  keepDoing: string;
  tryNext: string;
}

/** Why the form cannot make an answer yet. */
export type FormProblem = { kind: "nothing" } | { kind: "no-sbi"; skillId: string };

const text = (value: string): string | null => {
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
};

/** The skills the giver said something about, as the answer carries them. */
export function answeredSkills(filled: FilledSkill[]): SkillFeedback[] {
  return filled
    .map((f) => ({
      skillId: f.skillId,
      rating: f.rating,
      situation: text(f.situation),
      behaviour: text(f.behaviour),
      impact: text(f.impact),
      keepDoing: text(f.keepDoing),
      tryNext: text(f.tryNext),
    }))
    .filter((s) => s.rating !== null || s.situation || s.behaviour || s.impact || s.keepDoing || s.tryNext);
}

/** Problems that stop the answer: nothing said, or a skill without situation, behaviour or impact. */
export function problems(filled: FilledSkill[]): FormProblem[] {
  const skills = answeredSkills(filled);
  if (skills.length === 0) return [{ kind: "nothing" }];
  return skills
    .filter((s) => !s.situation && !s.behaviour && !s.impact)
    .map((s) => ({ kind: "no-sbi", skillId: s.skillId }));
}

/** The local day as YYYY-MM-DD (the giver's own clock). */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The answer's JSON for the app. */
export function buildAnswer(data: FormData, giverName: string, filled: FilledSkill[], now: Date): Answer {
  return {
    format: "skills-journal-answer",
    version: 1,
    requestId: data.requestId,
    token: data.token,
    answeredOn: localDay(now),
    body: {
      feedback: {
        giverName: text(giverName),
        giverRole: data.giverRole,
        skills: answeredSkills(filled),
      },
    },
  };
}
