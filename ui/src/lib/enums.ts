/**
 * The values of the journal's enums, each listed once, in the order menus offer them. The
 * types come from Rust (`bindings/`); `labels.ts` words them in the UI language.
 */
import type { EntryKind } from "./bindings/EntryKind";
import type { FeedbackSetting } from "./bindings/FeedbackSetting";
import type { GiverRole } from "./bindings/GiverRole";

/** Every entry kind. */
export const ENTRY_KINDS: readonly EntryKind[] = ["feedback", "reflection", "self_assessment", "action"];

/** Every feedback setting. */
export const FEEDBACK_SETTINGS: readonly FeedbackSetting[] = ["presentation", "stakeholder_meeting", "teamwork", "other"];

/** Every giver role. */
export const GIVER_ROLES: readonly GiverRole[] = ["coach", "peer", "manager", "stakeholder", "client", "other"];
