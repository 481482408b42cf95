// The feedback form a giver opens from disk: built from the request data the app put in the
// page, never from HTML strings (every text goes in as text). "Create answer" seals the answer
// to the trainee's age key in this page; nothing leaves the page unless the giver sends it.

import { Encrypter, armor } from "age-encryption";
import { buildAnswer, problems, type FilledSkill, type FormData, type FormSkill } from "./answer";
import "./style.css";

const FIELDS = ["situation", "behaviour", "impact", "keepDoing", "tryNext"] as const;
/** The key of each field's words (`keep-doing`, `keep-doing-hint`). */
const FIELD_WORDS: Record<(typeof FIELDS)[number], string> = {
  situation: "situation",
  behaviour: "behaviour",
  impact: "impact",
  keepDoing: "keep-doing",
  tryNext: "try-next",
};

type Child = Node | string;

function el(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}

const data = JSON.parse(document.getElementById("request-data")?.textContent ?? "{}") as FormData;
const w = (id: string): string => data.words[id] ?? id;

document.documentElement.lang = data.lang;
document.title = w("title");

function aboutList(): HTMLElement {
  const list = el("dl", { class: "about" });
  for (const [label, value] of data.about) list.append(el("dt", {}, label), el("dd", {}, value));
  return list;
}

function ratingField(skill: FormSkill): HTMLElement {
  const group = el("fieldset", { class: "rating" }, el("legend", {}, w("rating")));
  const choices: [string, string, string][] = [["", w("rating-none"), ""]];
  skill.levels.forEach((hint, i) => choices.push([String(i + 1), String(i + 1), hint]));
  for (const [value, label, hint] of choices) {
    const input = el("input", { type: "radio", name: `${skill.id}.rating`, value }) as HTMLInputElement;
    if (value === "") input.checked = true;
    group.append(el("label", {}, input, el("span", { class: "level" }, label), el("span", { class: "hint" }, hint)));
  }
  return group;
}

function skillSection(skill: FormSkill): HTMLElement {
  const section = el(
    "fieldset",
    { class: "skill", id: `skill-${skill.id}` },
    el("legend", {}, skill.name),
    el("p", { class: "description" }, skill.description),
    ratingField(skill),
  );
  for (const field of FIELDS) {
    const id = `${skill.id}.${field}`;
    section.append(
      el("label", { for: id, class: "text-label" }, w(FIELD_WORDS[field])),
      el("p", { class: "field-hint" }, w(`${FIELD_WORDS[field]}-hint`)),
      el("textarea", { id, name: id, rows: "3", maxlength: "5000" }),
    );
  }
  section.append(el("p", { class: "problem", role: "alert" }));
  return section;
}

function filled(): FilledSkill[] {
  const value = (name: string): string =>
    (document.querySelector<HTMLTextAreaElement>(`[name="${CSS.escape(name)}"]`)?.value ?? "");
  return data.skills.map((skill) => {
    const checked = document.querySelector<HTMLInputElement>(`[name="${CSS.escape(`${skill.id}.rating`)}"]:checked`);
    const rating = checked && checked.value !== "" ? Number(checked.value) : null;
    const [situation, behaviour, impact, keepDoing, tryNext] = FIELDS.map((f) => value(`${skill.id}.${f}`));
    return { skillId: skill.id, rating, situation: situation ?? "", behaviour: behaviour ?? "", impact: impact ?? "", keepDoing: keepDoing ?? "", tryNext: tryNext ?? "" };
  });
}

function showProblems(general: HTMLElement): boolean {
  const found = problems(filled());
  general.textContent = found.some((p) => p.kind === "nothing") ? w("error-nothing") : "";
  for (const skill of data.skills) {
    const slot = document.querySelector(`#skill-${CSS.escape(skill.id)} .problem`);
    if (slot) slot.textContent = found.some((p) => p.kind === "no-sbi" && p.skillId === skill.id) ? w("error-sbi") : "";
  }
  return found.length > 0;
}

async function seal(json: string): Promise<string> {
  const encrypter = new Encrypter();
  encrypter.addRecipient(data.recipient);
  return armor.encode(await encrypter.encrypt(json));
}

function answerSection(text: string): HTMLElement {
  const area = el("textarea", { id: "answer", readonly: "", rows: "12", spellcheck: "false" }) as HTMLTextAreaElement;
  area.value = text;
  const status = el("p", { class: "status", role: "status" });
  const copy = el("button", { type: "button", id: "answer-copy" }, w("copy"));
  copy.addEventListener("click", () => {
    area.select();
    const done = () => (status.textContent = w("copied"));
    navigator.clipboard?.writeText(text).then(done, () => document.execCommand("copy") && done()) ?? (document.execCommand("copy") && done());
  });
  const file = URL.createObjectURL(new Blob([text], { type: "text/plain" }));
  const download = el("a", { id: "answer-download", href: file, download: `${w("file-name")}-${data.requestId}.txt` }, w("download"));
  const actions = el("div", { class: "actions" }, copy, download);
  if (data.replyTo) {
    const href = `mailto:${encodeURI(data.replyTo)}?subject=${encodeURIComponent(w("mail-subject"))}&body=${encodeURIComponent(text)}`;
    actions.append(el("a", { id: "answer-mail", href }, w("mail")));
  }
  return el("section", { class: "answer", "aria-live": "polite" }, el("h2", {}, w("answer-heading")), el("p", {}, w("answer-intro")), area, actions, status);
}

function render(root: HTMLElement): void {
  const name = el("input", { id: "giver-name", name: "giverName", type: "text", maxlength: "200", autocomplete: "name" }) as HTMLInputElement;
  name.value = data.giverName ?? "";
  const general = el("p", { class: "problem", role: "alert" });
  const create = el("button", { type: "button", id: "create-answer", class: "primary" }, w("create")) as HTMLButtonElement;
  const out = el("div", { id: "answer-slot" });
  create.addEventListener("click", async () => {
    if (showProblems(general)) return;
    create.disabled = true;
    try {
      const answer = buildAnswer(data, name.value, filled(), new Date());
      out.replaceChildren(answerSection(await seal(JSON.stringify(answer))));
      out.scrollIntoView({ behavior: "smooth" });
    } catch {
      general.textContent = w("error-seal");
    } finally {
      create.disabled = false;
    }
  });
  root.append(
    el("h1", {}, w("title")),
    el("p", { class: "intro" }, w("intro")),
    aboutList(),
    el("label", { for: "giver-name", class: "text-label" }, w("your-name")),
    name,
    ...data.skills.map(skillSection),
    el("p", { class: "privacy" }, w("privacy")),
    general,
    create,
    out,
  );
}

const root = document.getElementById("form-root");
if (root) render(root);
