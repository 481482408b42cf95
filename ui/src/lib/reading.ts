/**
 * Pure helpers for the reader: what a link inside an article may do, and which heading the
 * reader is in. Kept out of the component so they can be tested without a DOM.
 */

/** What a click on a link in an article does. */
export type LinkKind = "external" | "fragment" | "blocked";

/**
 * Outgoing http(s) and mailto links open outside the app (Rust checks them again);
 * `#fragment` links scroll within the article; every other link (relative paths, file:,
 * javascript:, tauri:) is inert, so the window never navigates away from the app.
 */
export function linkKind(href: string, markedExternal: boolean): LinkKind {
  const trimmed = href.trim();
  if (trimmed.startsWith("#")) return trimmed.length > 1 ? "fragment" : "blocked";
  if (/^(https?:\/\/|mailto:)/i.test(trimmed)) return "external";
  // The renderer marks outgoing links with class "external"; the scheme still has to fit.
  if (markedExternal && /^https?:/i.test(trimmed)) return "external";
  return "blocked";
}

/** A heading's id and its top edge relative to the viewport (null if not on the page). */
export interface HeadingPosition {
  id: string;
  top: number | null;
}

/**
 * The section being read: the last heading whose top has scrolled above `offset` pixels
 * (just under the top bar), else the first. At the bottom of the page the last heading
 * counts as read even when it cannot scroll that far up.
 */
export function activeHeading(
  headings: readonly HeadingPosition[],
  offset: number,
  atBottom: boolean,
): string | null {
  const present = headings.filter((heading) => heading.top !== null);
  if (present.length === 0) return null;
  if (atBottom) return (present[present.length - 1] as HeadingPosition).id;
  let active = (present[0] as HeadingPosition).id;
  for (const heading of present) {
    if ((heading.top as number) <= offset) active = heading.id;
    else break;
  }
  return active;
}
