import { describe, expect, it } from "vitest";
import { Latest } from "./latest.svelte";

/** A request whose answer the test gives when it wants. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (reason: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe("Latest", () => {
  it("keeps the newest answer when an older one arrives after it", async () => {
    const latest = new Latest<string>();
    const slow = deferred<string>();
    const fast = deferred<string>();
    const first = latest.load(() => slow.promise);
    const second = latest.load(() => fast.promise);
    fast.resolve("new");
    expect(await second).toBe("new");
    slow.resolve("old");
    expect(await first).toBeNull();
    expect(latest.value).toBe("new");
    expect(latest.loading).toBe(false);
  });

  it("keeps the error of the latest request as a command error and drops an older one", async () => {
    const latest = new Latest<number>();
    const older = deferred<number>();
    const first = latest.load(() => older.promise);
    const second = latest.load(() => Promise.reject({ code: "database", message: "locked", args: {} }));
    expect(await second).toBeNull();
    expect(latest.error?.code).toBe("database");
    older.reject(new Error("late"));
    await first;
    expect(latest.error?.code).toBe("database");
    expect(await latest.load(() => Promise.resolve(3))).toBe(3);
    expect(latest.error).toBeNull();
  });

  it("says it is loading until the latest request is answered", async () => {
    const latest = new Latest<number>();
    const answer = deferred<number>();
    const pending = latest.load(() => answer.promise);
    expect(latest.loading).toBe(true);
    answer.resolve(1);
    await pending;
    expect(latest.loading).toBe(false);
  });
});
