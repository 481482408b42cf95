/**
 * Exporting and importing from the window: which dialog is open and what the export dialog
 * starts with (the progress view hands over its period), plus the small pure decisions the
 * dialogs make (which skills to ask for, how a file size reads, when progress is worth showing).
 */
import type { ExportFormat } from "./bindings/ExportFormat";
import type { Lang } from "./bindings/Lang";
import { addDays } from "./weeks";
import type { PeriodPreset } from "./progress";

/** What the export dialog starts with. */
export type ExportPrefill = {
  preset: PeriodPreset;
  from: string;
  to: string;
  includePrivate: boolean;
};

/** The export dialog opened outside the progress view: the last 8 weeks, private entries left out. */
export function defaultPrefill(today: string): ExportPrefill {
  return { preset: "8w", from: addDays(today, -55), to: today, includePrivate: false };
}

/** The formats in the order the dialog offers them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ["pdf", "html", "md", "csv", "json"];

/** A progress indication appears only when an export takes longer than this (no flicker). */
export const PROGRESS_DELAY_MS = 300;

/**
 * The skills to send: null (all, including ones added later) when every skill is ticked,
 * else the ticked ids in the offered order.
 */
export function requestedSkills(offered: readonly string[], ticked: ReadonlySet<string>): string[] | null {
  const chosen = offered.filter((id) => ticked.has(id));
  return chosen.length === offered.length ? null : chosen;
}

/** A file size for people: "840 bytes", "12,5 kB", "3.4 MB" (decimal units, as file managers show). */
export function formatBytes(lang: Lang, bytes: number): string {
  const locale = lang === "nl" ? "nl-NL" : "en-GB";
  if (bytes < 1000) return `${bytes} bytes`;
  const units = ["kB", "MB", "GB"];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} ${units[unit]}`;
}

/** The file's name from a full path (either separator). */
export function fileName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

/** The folder part of a full path ("" for a bare name). */
export function folderName(path: string): string {
  const cut = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  return cut <= 0 ? (cut === 0 ? path.slice(0, 1) : "") : path.slice(0, cut);
}

class Exchange {
  /** The export dialog is open with this prefill (null: closed). */
  exporting = $state<ExportPrefill | null>(null);
  /** The import dialog is open. */
  importing = $state(false);

  openExport(prefill: ExportPrefill): void {
    this.importing = false;
    this.exporting = prefill;
  }

  openImport(): void {
    this.exporting = null;
    this.importing = true;
  }

  close(): void {
    this.exporting = null;
    this.importing = false;
  }
}

export const exchange = new Exchange();
