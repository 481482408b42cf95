/**
 * The skill marks of an article's text, built as DOM inside the sanitised HTML from Rust (the
 * marked elements are in that HTML, so these are too):
 *
 * - everything Rust marked as naming a skill (`.skill-item[data-skill]`: list items, table
 *   cells, bold-lead paragraphs, headings) gets a badge with the skill's name and, while the
 *   journal is open, "Log feedback" and "Reflect";
 * - an item of a skills list that names no skill (`li[data-item]`, listed in the article's
 *   `unplaced`) gets a "not recognised" badge and a way to link it to a skill; once linked it is
 *   marked like any skill item, with a way to undo the link.
 *
 * Which items are unplaced, which links count and which skills may be linked is decided in
 * Rust; this only draws it.
 */
import type { ArticleLink } from "./bindings/ArticleLink";
import type { EntryKind } from "./bindings/EntryKind";
import type { UnplacedItem } from "./bindings/UnplacedItem";
import { t } from "./i18n";

export interface SkillChoice {
  id: string;
  name: string;
}

export interface MarkOptions {
  /** The skill's name in the UI language. */
  skillName: (id: string) => string;
  /** The journal is open: recording and linking are offered. */
  recording: boolean;
  record: (kind: EntryKind, skillId: string) => void;
  unplaced: UnplacedItem[];
  links: ArticleLink[];
  /** The skills an item can be linked to. */
  choices: SkillChoice[];
  link: (item: string, skillId: string) => void;
  unlink: (item: string) => void;
}

/**
 * Draws the marks, again whenever something they show changed. A mark whose content would be
 * the same is left as it is (a button the trainee is about to click, or a chooser they opened,
 * stays the same element when the links arrive or the journal reports a change).
 */
export function markSkills(root: HTMLElement, options: MarkOptions): void {
  const kept = new Set<Element>();
  const unplaced = new Map(options.unplaced.map((item) => [String(item.number), item]));
  const linked = new Map(options.links.map((link) => [link.item, link.skillId]));
  const pending: [HTMLElement, UnplacedItem][] = [];
  for (const element of root.querySelectorAll<HTMLElement>("li[data-item]")) {
    element.classList.remove("skill-item", "skill-linked", "skill-unplaced");
    delete element.dataset.skill;
    const item = unplaced.get(element.dataset.item ?? "");
    if (!item) continue;
    const skillId = linked.get(item.key);
    if (skillId !== undefined) {
      element.classList.add("skill-item", "skill-linked");
      element.dataset.skill = skillId;
      element.dataset.key = item.key;
    } else {
      element.classList.add("skill-unplaced");
      pending.push([element, item]);
    }
  }
  for (const element of root.querySelectorAll<HTMLElement>(".skill-item[data-skill]")) {
    kept.add(markNamed(element, options));
  }
  for (const [element, item] of pending) kept.add(markUnplaced(element, item, options));
  for (const old of root.querySelectorAll(".skill-head")) if (!kept.has(old)) old.remove();
}

/** The mark drawn for `element` earlier: after a heading, else its first child. */
function headOf(element: HTMLElement): HTMLElement | null {
  const candidate = /^H[1-6]$/.test(element.tagName) ? element.nextElementSibling : element.firstElementChild;
  return candidate instanceof HTMLElement && candidate.classList.contains("skill-head") ? candidate : null;
}

/** The existing mark when it shows `signature` already; else `null`, the old one removed. */
function reuse(element: HTMLElement, signature: string): HTMLElement | null {
  const head = headOf(element);
  if (head?.dataset.signature === signature) return head;
  head?.remove();
  return null;
}

function markNamed(element: HTMLElement, options: MarkOptions): HTMLElement {
  const skillId = element.dataset.skill ?? "";
  const name = options.skillName(skillId);
  const linkedKey = element.classList.contains("skill-linked") ? element.dataset.key : undefined;
  const signature = JSON.stringify(["named", skillId, name, options.recording, linkedKey, t("reader-log-feedback")]);
  const existing = reuse(element, signature);
  if (existing) return existing;
  const head = document.createElement("div");
  head.className = "skill-head";
  head.dataset.signature = signature;
  const badge = document.createElement("span");
  badge.className = "skill-badge";
  badge.textContent = name;
  badge.title =
    linkedKey === undefined ? t("reader-skill-badge", { skill: name }) : t("reader-linked-badge", { skill: name });
  head.append(badge);
  if (options.recording) {
    const actions = document.createElement("span");
    actions.className = "skill-actions";
    actions.append(recordButton("feedback", skillId, name, options), recordButton("reflection", skillId, name, options));
    if (linkedKey !== undefined) {
      const unlink = button("skill-action quiet", "reader-unlink", t("reader-unlink"));
      unlink.title = t("reader-unlink-title", { skill: name });
      unlink.addEventListener("click", () => options.unlink(linkedKey));
      actions.append(unlink);
    }
    head.append(actions);
  }
  // A heading keeps its own text as written: its marks come after it.
  if (/^H[1-6]$/.test(element.tagName)) element.after(head);
  else element.prepend(head);
  return head;
}

function markUnplaced(element: HTMLElement, item: UnplacedItem, options: MarkOptions): HTMLElement {
  const choices = options.choices.map((choice) => `${choice.id}=${choice.name}`).join("|");
  const signature = JSON.stringify(["unplaced", item.key, options.recording, choices, t("reader-unplaced")]);
  const existing = reuse(element, signature);
  if (existing) return existing;
  const head = document.createElement("div");
  head.className = "skill-head";
  head.dataset.signature = signature;
  head.dataset.testid = "reader-unplaced";
  const badge = document.createElement("span");
  badge.className = "skill-badge unplaced";
  badge.textContent = t("reader-unplaced");
  badge.title = options.recording ? t("reader-unplaced-title") : t("reader-unplaced-closed-title");
  head.append(badge);
  if (options.recording && options.choices.length > 0) {
    const actions = document.createElement("span");
    actions.className = "skill-actions";
    const open = button("skill-action", "reader-link-skill", t("reader-link-skill"));
    open.title = t("reader-link-skill-title", { item: item.text });
    open.addEventListener("click", () => {
      const picker = chooser(item, options, () => {
        picker.replaceWith(open);
        open.focus();
      });
      open.replaceWith(picker);
      picker.querySelector("select")?.focus();
    });
    actions.append(open);
    head.append(actions);
  }
  element.prepend(head);
  return head;
}

/** A skill list to link the item with, and a way back. */
function chooser(item: UnplacedItem, options: MarkOptions, close: () => void): HTMLElement {
  const picker = document.createElement("span");
  picker.className = "skill-picker";
  const select = document.createElement("select");
  select.dataset.testid = "reader-link-choice";
  select.setAttribute("aria-label", t("reader-link-skill-title", { item: item.text }));
  const placeholder = new Option(t("reader-link-choose"), "", true, true);
  placeholder.disabled = true;
  select.append(placeholder, ...options.choices.map((choice) => new Option(choice.name, choice.id)));
  select.addEventListener("change", () => {
    if (select.value) options.link(item.key, select.value);
  });
  const cancel = button("skill-action quiet", "reader-link-cancel", t("reader-link-cancel"));
  cancel.addEventListener("click", close);
  picker.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    // Esc closes the chooser, not the article.
    event.preventDefault();
    event.stopPropagation();
    close();
  });
  picker.append(select, cancel);
  return picker;
}

function recordButton(
  kind: "feedback" | "reflection",
  skillId: string,
  name: string,
  options: MarkOptions,
): HTMLButtonElement {
  const feedback = kind === "feedback";
  const element = button(
    "skill-action",
    feedback ? "reader-log-feedback" : "reader-reflect",
    feedback ? t("reader-log-feedback") : t("reader-log-reflect"),
  );
  element.dataset.skillId = skillId;
  element.title = feedback
    ? t("reader-log-feedback-title", { skill: name })
    : t("reader-log-reflect-title", { skill: name });
  element.addEventListener("click", () => options.record(kind, skillId));
  return element;
}

function button(className: string, testid: string, text: string): HTMLButtonElement {
  const element = document.createElement("button");
  element.type = "button";
  element.className = className;
  element.dataset.testid = testid;
  element.textContent = text;
  return element;
}
