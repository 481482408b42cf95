import { describe, expect, it } from "vitest";
import type { ValidationCode } from "../../lib/bindings/ValidationCode";
import { errorFieldName, fieldDomId, validationMessage } from "./validation";

/** Every code Rust can send; the type check below fails when Rust adds one. */
const CODES = [
  "skill_required",
  "unknown_skill",
  "skill_archived",
  "duplicate_skill",
  "rating_out_of_range",
  "rating_required",
  "not_allowed",
  "justification_required",
  "text_required",
  "date_out_of_range",
  "too_long",
  "too_many",
  "unknown_entry",
  "invalid_source",
  "kind_changed",
  "duplicate_name",
  "invalid_json",
  "out_of_range",
  "invalid_email",
  "given_directly",
] as const satisfies readonly ValidationCode[];
type Unworded = Exclude<ValidationCode, (typeof CODES)[number]>;
const everyCodeListed: [Unworded] extends [never] ? true : false = true;

describe("validation messages", () => {
  it("word every Rust code in the UI language instead of passing Rust's sentence through", () => {
    expect(everyCodeListed).toBe(true);
    for (const code of CODES) {
      const text = validationMessage({ field: "skills[0].rating", code, message: "RUST" }, "feedback", () => "Listening");
      expect(text, `${code} should have its own message`).not.toBe("RUST");
      expect(text, `${code} should not show a bare message id`).not.toMatch(/^validation-/);
    }
  });

  it("never show Rust's English sentence, even for a code the UI does not know", () => {
    const text = validationMessage({ field: "date", code: "brand_new" as never, message: "RUST" }, null);
    expect(text).not.toBe("RUST");
    expect(text.length).toBeGreaterThan(0);
  });

  it("say which part is missing per kind, and name the skill of a skill row", () => {
    const sbi = validationMessage({ field: "content.impact", code: "text_required", message: "" }, "feedback");
    const action = validationMessage({ field: "content.text", code: "text_required", message: "" }, "action");
    expect(sbi).not.toBe(action);
    const archived = validationMessage(
      { field: "skills[2].skillId", code: "skill_archived", message: "" },
      "reflection",
      (index) => (index === 2 ? "Time management" : "?"),
    );
    expect(archived).toContain("Time management");
    expect(validationMessage({ field: "tags[1]", code: "too_long", message: "" }, "feedback")).toContain("200");
    expect(validationMessage({ field: "content.situation", code: "too_long", message: "" }, "feedback")).toMatch(/20.?000/);
  });

  it("name the field and the skill in the summary", () => {
    const name = errorFieldName(
      { field: "skills[1].justification", code: "justification_required", message: "" },
      "self_assessment",
      (index) => (index === 1 ? "Listening" : "?"),
    );
    expect(name).toContain("Listening");
    expect(fieldDomId("skills[1].rating")).toBe("field-skills-1-rating");
  });
});
