/**
 * What a self-assessment shows beside each skill: the level before this one and the entries
 * about the skill since, loaded per skill for the form's date (a skill's answer is kept only
 * while the date it was asked for is still the form's date).
 */
import type { ContextState } from "../../lib/entryForm";
import { assessmentContext, toCommandError } from "../../lib/ipc";

export class AssessmentContexts {
  /** Per skill id: loading, the context, or why it failed. */
  byId = $state<Record<string, ContextState>>({});
  /** The date each skill's context was asked for. */
  readonly #dates: Record<string, string> = {};

  /** `editing`: the entry being edited (its own level does not count as "before"). */
  constructor(private readonly editing: number | null) {}

  /** Asks for the contexts of `ids` on `date`; `force` asks again for ones already asked. */
  load(ids: readonly string[], date: string, force: boolean): void {
    for (const id of ids) {
      if (!force && this.#dates[id] === date) continue;
      this.#dates[id] = date;
      const current = this.byId[id];
      if (!current || current.status === "error") this.byId[id] = { status: "loading" };
      assessmentContext(id, date, this.editing)
        .then((context) => {
          if (this.#dates[id] === date) this.byId[id] = { status: "ready", context };
        })
        .catch((reason: unknown) => {
          if (this.#dates[id] === date) this.byId[id] = { status: "error", error: toCommandError(reason) };
        });
    }
  }

  /** The level before this one per skill, for the skills whose context is for `date`. */
  previousLevels(date: string): Map<string, number | null> {
    const levels = new Map<string, number | null>();
    for (const [id, context] of Object.entries(this.byId)) {
      if (context.status === "ready" && this.#dates[id] === date) {
        levels.set(id, context.context.previous?.level ?? null);
      }
    }
    return levels;
  }
}
