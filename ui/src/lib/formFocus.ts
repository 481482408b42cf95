/**
 * Moving the focus to a field of the entry form by its path (`content.situation`,
 * `skills[1].rating`): after a refused save, and from the errors summary. DOM only; the form
 * marks its fields with `data-field`.
 */

/** The element for `path` inside `root`: the field, else its anchor, else the skill list. */
export function focusTarget(
  root: HTMLElement,
  path: string,
  anchorOf: (path: string) => string,
  skillIdAt: (index: number) => string | undefined,
): HTMLElement | null {
  const byField = (field: string) =>
    root.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]:not([data-testid="field-error"])`);
  const skillRow = /^skills\[(\d+)\](\.skillId)?$/.exec(path);
  if (skillRow) {
    const id = skillIdAt(Number(skillRow[1]));
    const option = id
      ? root.querySelector<HTMLElement>(`[data-testid="skill-option"][data-skill-id="${CSS.escape(id)}"]`)
      : null;
    if (option) return option;
  }
  return byField(path) ?? byField(anchorOf(path)) ?? (path.startsWith("skills") ? byField("skills") : null);
}

/** Scrolls `element` (or the first control inside it) into view and focuses it. */
export function focusInside(element: HTMLElement): void {
  const target = element.matches("input, select, textarea, button")
    ? element
    : element.querySelector<HTMLElement>("[tabindex='0'], input:not([type='hidden']), select, textarea, button");
  const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  (target ?? element).scrollIntoView({ block: "center", behavior: smooth ? "smooth" : "auto" });
  (target ?? element).focus({ preventScroll: true });
}
