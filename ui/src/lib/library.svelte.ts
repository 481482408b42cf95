/**
 * The state of the article library: the snapshot from Rust, the search and filters, and
 * the selected card. It lives outside the components so that opening an article and coming
 * back (or a `library-changed` refresh) keeps the person's place.
 *
 * Searching: with no query, tag or skill the list is the snapshot's own order (newest
 * first). Otherwise Rust searches (`search_articles`) and the list shows the returned ids
 * in that order. Typing is debounced; answers to outdated searches are dropped.
 */
import type { ArticleSummary } from "./bindings/ArticleSummary";
import type { CommandError } from "./bindings/CommandError";
import type { LibrarySnapshot } from "./bindings/LibrarySnapshot";
import type { Skill } from "./bindings/Skill";
import { librarySnapshot, searchArticles, toCommandError } from "./ipc";
import { keepSelection } from "./keyboard";

/** How long typing must pause before a search runs. */
export const SEARCH_DEBOUNCE_MS = 120;

/** Whether an article has a problem of severity "error": it cannot be opened. */
export function isBroken(article: ArticleSummary): boolean {
  return article.problems.some((problem) => problem.severity === "error");
}

class ArticleLibrary {
  /** "loading" only before the first snapshot; refreshes keep showing the old one. */
  status = $state<"loading" | "ready" | "error">("loading");
  snapshot = $state<LibrarySnapshot | null>(null);
  error = $state<CommandError | null>(null);

  query = $state("");
  tag = $state<string | null>(null);
  skill = $state<string | null>(null);
  /** Ids from the last finished search, or null when no search applies. */
  matches = $state<string[] | null>(null);
  searching = $state(false);
  searchError = $state<CommandError | null>(null);

  selectedId = $state<string | null>(null);
  /** Where the library was scrolled when an article was opened. */
  scrollY = 0;

  readonly filtersActive = $derived(
    this.query.trim() !== "" || this.tag !== null || this.skill !== null,
  );

  readonly readable = $derived(this.snapshot?.articles.filter((a) => !isBroken(a)) ?? []);
  readonly broken = $derived(this.snapshot?.articles.filter(isBroken) ?? []);

  readonly skillsById = $derived(
    new Map<string, Skill>((this.snapshot?.skills ?? []).map((skill) => [skill.id, skill])),
  );

  /** The cards on screen, in screen order. */
  readonly visible = $derived.by((): ArticleSummary[] => {
    if (!this.filtersActive || this.matches === null) return this.readable;
    const byId = new Map(this.readable.map((article) => [article.id, article]));
    return this.matches.flatMap((id) => byId.get(id) ?? []);
  });

  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private searchSeq = 0;
  private loading: Promise<void> | null = null;
  private reloadAgain = false;

  /** Loads the snapshot; the first time shows the loading state, later ones are quiet. */
  async load(): Promise<void> {
    if (this.loading) {
      // A change arrived while loading: load once more afterwards, not once per event.
      this.reloadAgain = true;
      return this.loading;
    }
    this.loading = this.fetchSnapshot();
    try {
      await this.loading;
    } finally {
      this.loading = null;
    }
    if (this.reloadAgain) {
      this.reloadAgain = false;
      await this.load();
    }
  }

  private async fetchSnapshot(): Promise<void> {
    if (this.snapshot === null) this.status = "loading";
    try {
      this.snapshot = await librarySnapshot();
      this.status = "ready";
      this.error = null;
      if (this.filtersActive) await this.search();
      this.keepSelectionVisible();
    } catch (reason) {
      this.error = toCommandError(reason);
      // A failed refresh keeps the articles already on screen.
      if (this.snapshot === null) this.status = "error";
    }
  }

  /** The article folders changed: refetch and rerun the search without losing the place. */
  refresh(): Promise<void> {
    return this.load();
  }

  setQuery(query: string): void {
    this.query = query;
    this.scheduleSearch(SEARCH_DEBOUNCE_MS);
  }

  setTag(tag: string | null): void {
    this.tag = tag;
    this.scheduleSearch(0);
  }

  setSkill(skill: string | null): void {
    this.skill = skill;
    this.scheduleSearch(0);
  }

  clearFilters(): void {
    this.query = "";
    this.tag = null;
    this.skill = null;
    this.scheduleSearch(0);
  }

  private scheduleSearch(delay: number): void {
    clearTimeout(this.searchTimer);
    if (!this.filtersActive) {
      // Nothing to search for: back to the whole library at once.
      this.searchSeq += 1;
      this.matches = null;
      this.searching = false;
      this.searchError = null;
      this.keepSelectionVisible();
      return;
    }
    this.searching = true;
    this.searchTimer = setTimeout(() => void this.search(), delay);
  }

  /** Runs the current search now. */
  async search(): Promise<void> {
    clearTimeout(this.searchTimer);
    const seq = ++this.searchSeq;
    this.searching = true;
    try {
      const ids = await searchArticles({
        query: this.query.trim(),
        tag: this.tag,
        skill: this.skill,
      });
      if (seq !== this.searchSeq) return;
      this.matches = ids;
      this.searchError = null;
      this.keepSelectionVisible();
    } catch (reason) {
      if (seq !== this.searchSeq) return;
      this.searchError = toCommandError(reason);
    } finally {
      if (seq === this.searchSeq) this.searching = false;
    }
  }

  private keepSelectionVisible(): void {
    this.selectedId = keepSelection(
      this.visible.map((article) => article.id),
      this.selectedId,
    );
  }
}

/** The one library the window shows. */
export const library = new ArticleLibrary();
