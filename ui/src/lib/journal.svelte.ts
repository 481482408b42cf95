/**
 * Journal state shared by every view: whether the journal is open (and if not, why), the
 * trainee's own skills next to the catalogue's, and a revision number that goes up after
 * every write so lists, the calendar and the reader's "your entries" refetch.
 */
import type { CommandError } from "./bindings/CommandError";
import type { CustomSkill } from "./bindings/CustomSkill";
import type { JournalStatus } from "./bindings/JournalStatus";
import type { LocalizedText } from "./bindings/LocalizedText";
import { customSkills, journalStatus, toCommandError } from "./ipc";
import { library } from "./library.svelte";
import { localized } from "./i18n";

/** A skill an entry can be about: from the catalogue or the trainee's own. */
export type SkillOption = {
  id: string;
  /** The name in the UI language. */
  name: string;
  /** Level descriptors 1 to 5 (catalogue skills only). */
  levels: LocalizedText[] | null;
  custom: boolean;
  archived: boolean;
};

/** Today in the trainee's own time zone, as YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, "0");
  const d = String(now.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

class JournalState {
  status = $state<JournalStatus | null>(null);
  statusError = $state<CommandError | null>(null);
  custom = $state<CustomSkill[]>([]);
  /** Goes up after every write; views that show journal data refetch when it changes. */
  revision = $state(0);

  readonly ready = $derived(this.status?.state === "ready");

  /** Catalogue skills (in catalogue order) then the trainee's own, archived ones included. */
  readonly skills = $derived.by((): SkillOption[] => {
    const catalogue = (library.snapshot?.skills ?? []).map((skill) => ({
      id: skill.id,
      name: localized(skill.name),
      levels: skill.levels,
      custom: false,
      archived: false,
    }));
    const own = this.custom.map((skill) => ({
      id: skill.id,
      name: skill.name,
      levels: null,
      custom: true,
      archived: skill.archivedAt !== null,
    }));
    return [...catalogue, ...own];
  });

  readonly skillsById = $derived(new Map(this.skills.map((skill) => [skill.id, skill])));

  /** The skill's name in the UI language; the id itself when it is unknown. */
  skillName(id: string): string {
    return this.skillsById.get(id)?.name ?? id;
  }

  /** Loads the status and the own skills (at start and after restoring a backup). */
  async load(): Promise<void> {
    try {
      this.status = await journalStatus();
      this.statusError = null;
      if (this.status.state === "ready") this.custom = await customSkills();
    } catch (reason) {
      this.statusError = toCommandError(reason);
    }
  }

  /** Call after any write: refetches own skills and tells every view to refresh. */
  async changed(): Promise<void> {
    this.revision += 1;
    try {
      this.custom = await customSkills();
      // A write can make (or fail to make) the journal's first backup: keep the warning current.
      // The status is replaced only when the warning changed, so views that follow it (and the
      // search box the trainee may be typing in) are not refreshed after every save.
      const next = await journalStatus();
      if ((next.backupWarning?.message ?? null) !== (this.status?.backupWarning?.message ?? null)) this.status = next;
    } catch {
      // The views show their own errors; the skill list keeps its last good value.
    }
  }
}

export const journal = new JournalState();
