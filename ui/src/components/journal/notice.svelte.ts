/**
 * A short message at the bottom of the window that outlives the view that raised it, with one
 * optional action: "Entry moved to the trash — Restore" stays visible after the entry's page
 * has gone back to the journal. The top bar shows it (it is on screen in every view).
 */

/** What a notice offers to do. */
export type NoticeAction = { label: string; testid: string; run: () => Promise<void> | void };

type Shown = { id: number; message: string; action: NoticeAction | null };

/** How long a notice stays when nobody touches it. */
export const NOTICE_MS = 10_000;

class Notice {
  current = $state<Shown | null>(null);
  private counter = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** Shows `message` (replacing any notice on screen) for `NOTICE_MS`. */
  show(message: string, action: NoticeAction | null = null): void {
    clearTimeout(this.timer);
    this.counter += 1;
    const id = this.counter;
    this.current = { id, message, action };
    this.timer = setTimeout(() => {
      if (this.current?.id === id) this.current = null;
    }, NOTICE_MS);
  }

  /** Keeps the notice while the pointer or the focus is on it. */
  hold(): void {
    clearTimeout(this.timer);
  }

  /** Lets a held notice go after a short while. */
  release(): void {
    const id = this.current?.id;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.current?.id === id) this.current = null;
    }, NOTICE_MS / 2);
  }

  dismiss(): void {
    clearTimeout(this.timer);
    this.current = null;
  }
}

export const notice = new Notice();
