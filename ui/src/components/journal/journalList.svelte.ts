/**
 * The journal list's state: search text, filters, the private toggle, the pages loaded so far
 * and the calendar's month. It lives outside the component so that opening an entry and
 * coming back keeps the person's search, filters and place.
 *
 * Typing is debounced; every fetch carries a sequence number and answers to outdated ones are
 * dropped, so a slow answer can never replace a newer list.
 */
import type { CommandError } from "../../lib/bindings/CommandError";
import type { EntryCursor } from "../../lib/bindings/EntryCursor";
import type { EntryHit } from "../../lib/bindings/EntryHit";
import type { EntryKind } from "../../lib/bindings/EntryKind";
import type { EntryQuery } from "../../lib/bindings/EntryQuery";
import type { FeedbackSetting } from "../../lib/bindings/FeedbackSetting";
import type { GiverRole } from "../../lib/bindings/GiverRole";
import { findEntries, toCommandError } from "../../lib/ipc";
import { today } from "../../lib/journal.svelte";
import { monthOf } from "../../lib/weeks";

/** How long typing must pause before a search runs. */
export const SEARCH_DEBOUNCE_MS = 150;
/** Entries per page. */
export const PAGE_SIZE = 50;
/** The most a refresh reloads at once (Rust's MAX_PAGE_SIZE). */
const MAX_PAGE = 500;

/** The list's filters; null means "any". */
export type JournalFilters = {
  skillId: string | null;
  kind: EntryKind | null;
  setting: FeedbackSetting | null;
  giverRole: GiverRole | null;
  /** Feedback its giver wrote (true) or the trainee wrote down (false). */
  givenDirectly: boolean | null;
  /** The feedback given directly through this request (from the requests list). */
  requestId: string | null;
  from: string | null;
  to: string | null;
  articleId: string | null;
  tag: string | null;
};

const NO_FILTERS: JournalFilters = {
  skillId: null,
  kind: null,
  setting: null,
  giverRole: null,
  givenDirectly: null,
  requestId: null,
  from: null,
  to: null,
  articleId: null,
  tag: null,
};

class JournalList {
  text = $state("");
  filters = $state<JournalFilters>({ ...NO_FILTERS });
  includePrivate = $state(false);

  items = $state<EntryHit[]>([]);
  next = $state<EntryCursor | null>(null);
  /** "loading" until the first answer for the current query; refreshes keep the old list. */
  status = $state<"loading" | "ready" | "error">("loading");
  error = $state<CommandError | null>(null);
  /** A fetch for the current query is on its way. */
  busy = $state(false);
  loadingMore = $state(false);
  moreError = $state<CommandError | null>(null);
  /** The list is empty only because the private entries are hidden. */
  onlyPrivate = $state(false);
  /** The search text the shown items were found with (snippets belong to it). */
  shownText = $state("");

  /** The calendar's month, "YYYY-MM". */
  month = $state(monthOf(today()));
  /** Where the window was scrolled when an entry was opened, and which one. */
  scrollY = 0;
  openedId: number | null = null;

  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  readonly filtersActive = $derived(
    this.text.trim() !== "" || Object.values(this.filters).some((value) => value !== null),
  );

  /** The day the calendar picked: the list shows exactly one day. */
  readonly day = $derived(
    this.filters.from !== null && this.filters.from === this.filters.to ? this.filters.from : null,
  );

  /** The query for the current search, filters and toggle. */
  query(): EntryQuery {
    const text = this.text.trim();
    return { ...this.filters, text: text === "" ? null : text, includePrivate: this.includePrivate };
  }

  /** Changes the search text; the search runs once typing pauses. */
  setText(text: string): void {
    this.text = text;
    clearTimeout(this.timer);
    this.busy = true;
    this.timer = setTimeout(() => void this.refresh(), SEARCH_DEBOUNCE_MS);
  }

  /** Changes one filter and searches at once. */
  setFilter<K extends keyof JournalFilters>(key: K, value: JournalFilters[K]): void {
    this.filters = { ...this.filters, [key]: value };
    void this.refresh();
  }

  setIncludePrivate(include: boolean): void {
    this.includePrivate = include;
    void this.refresh();
  }

  /** Shows one day (from the calendar), or every day again with null. */
  setDay(day: string | null): void {
    this.filters = { ...this.filters, from: day, to: day };
    if (day !== null) this.month = monthOf(day);
    void this.refresh();
  }

  /** Shows only the answers to one request (every other filter cleared). */
  showRequest(requestId: string): void {
    this.text = "";
    this.filters = { ...NO_FILTERS, requestId };
    this.scrollY = 0;
    void this.refresh();
  }

  /** Clears the search text and every filter (the private toggle stays). */
  clear(): void {
    this.text = "";
    this.filters = { ...NO_FILTERS };
    void this.refresh();
  }

  /**
   * Fetches the list for the current query. `keepLength` reloads as many entries as are shown
   * (after a write, or coming back), so the person's place in a long list stays.
   */
  async refresh(keepLength = false): Promise<void> {
    clearTimeout(this.timer);
    this.seq += 1;
    const mine = this.seq;
    const query = this.query();
    const unfiltered = !this.filtersActive;
    const limit = keepLength ? Math.min(MAX_PAGE, Math.max(PAGE_SIZE, this.items.length)) : PAGE_SIZE;
    this.busy = true;
    this.moreError = null;
    try {
      const page = await findEntries({ ...query, limit });
      // An empty journal and one with only private entries need different words.
      const onlyPrivate =
        page.items.length === 0 && !query.includePrivate && unfiltered
          ? (await findEntries({ includePrivate: true, limit: 1 })).items.length > 0
          : false;
      if (mine !== this.seq) return;
      this.onlyPrivate = onlyPrivate;
      this.items = page.items;
      this.next = page.next;
      this.shownText = query.text ?? "";
      this.status = "ready";
      this.error = null;
    } catch (reason) {
      if (mine !== this.seq) return;
      this.error = toCommandError(reason);
      this.status = "error";
    } finally {
      if (mine === this.seq) this.busy = false;
    }
  }

  /** Appends the next page, unless the query changed meanwhile. */
  async loadMore(): Promise<void> {
    if (this.next === null || this.loadingMore) return;
    const mine = this.seq;
    this.loadingMore = true;
    this.moreError = null;
    try {
      const page = await findEntries({ ...this.query(), limit: PAGE_SIZE, after: this.next });
      if (mine !== this.seq) return;
      const known = new Set(this.items.map((hit) => hit.entry.id));
      this.items = [...this.items, ...page.items.filter((hit) => !known.has(hit.entry.id))];
      this.next = page.next;
    } catch (reason) {
      if (mine === this.seq) this.moreError = toCommandError(reason);
    } finally {
      this.loadingMore = false;
    }
  }
}

export const journalList = new JournalList();
