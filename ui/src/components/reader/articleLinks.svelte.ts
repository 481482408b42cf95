/**
 * The trainee's links from an article's unrecognised list items to skills, as the reader shows
 * them: loaded while the journal is open, changed through Rust (which checks the item and the
 * skill), and the article's skills with the linked ones added (Rust decides those too).
 */
import type { ArticleLinks } from "../../lib/bindings/ArticleLinks";
import { t } from "../../lib/i18n";
import { articleLinks, linkArticleItem, toCommandError, unlinkArticleItem } from "../../lib/ipc";

export class ArticleLinksState {
  current = $state<ArticleLinks | null>(null);
  /** Answers that arrive after a newer request are dropped. */
  #seq = 0;

  /** Loads the links of `articleId`, or forgets them (no article, or the journal is closed). */
  load(articleId: string | undefined, journalReady: boolean): void {
    const seq = ++this.#seq;
    if (!articleId || !journalReady) {
      this.current = null;
      return;
    }
    articleLinks(articleId).then(
      (found) => {
        if (seq === this.#seq) this.current = found;
      },
      () => {
        // Without the journal the article's own skills are all there is.
        if (seq === this.#seq) this.current = null;
      },
    );
  }

  /**
   * Links `item` to `skillId`, or removes its link (`null`). On a refusal (the article or the
   * skill changed under the trainee, or the journal closed) `notify` says so in the trainee's
   * language, and the links are shown as they are now.
   */
  async change(articleId: string, item: string, skillId: string | null, notify: (text: string) => void): Promise<void> {
    const seq = ++this.#seq;
    try {
      const changed =
        skillId === null ? await unlinkArticleItem(articleId, item) : await linkArticleItem(articleId, item, skillId);
      if (seq === this.#seq) this.current = changed;
    } catch (reason) {
      const code = toCommandError(reason).code;
      notify(code === "journal_unavailable" ? t("reader-link-failed-journal") : t("reader-link-failed"));
      this.load(articleId, true);
    }
  }
}
