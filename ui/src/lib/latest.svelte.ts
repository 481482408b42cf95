/**
 * What a view shows from a request it repeats whenever what it asks about changes (the
 * journal's revision, a filter, a period): the latest answer or the latest error, and whether
 * a request is under way. An answer to an older request that arrives after a newer one was
 * asked for is dropped, so a slow reply never overwrites a fresh one.
 */
import type { CommandError } from "./bindings/CommandError";
import { toCommandError } from "./ipc";

export class Latest<T> {
  value = $state<T | null>(null);
  error = $state<CommandError | null>(null);
  loading = $state(false);
  #asked = 0;

  /**
   * Asks again; resolves to the answer when it is still the latest one asked for (it is then
   * `value`), else to null (an error is then `error`, a dropped answer changes nothing).
   */
  async load(request: () => Promise<T>): Promise<T | null> {
    const mine = ++this.#asked;
    this.loading = true;
    try {
      const answer = await request();
      if (mine !== this.#asked) return null;
      this.value = answer;
      this.error = null;
      return answer;
    } catch (reason) {
      if (mine === this.#asked) this.error = toCommandError(reason);
      return null;
    } finally {
      if (mine === this.#asked) this.loading = false;
    }
  }
}
