/**
 * @module
 * Rows of files being worked on (publish: .s9pk archives; OS releases: images), each row with
 * the state of its steps, in a small external store, with the AbortControllers of running
 * steps (one per row and step). Pages subscribe to `store`; rows outlive the page.
 */
import { createStore } from './create-store.ts';

export class RowQueue<R extends { id: number }, Step extends string> {
  readonly store = createStore<readonly R[]>([]);
  private nextId = 1;
  /** AbortControllers of running steps, per row id and step. */
  readonly controllers = new Map<string, AbortController>();

  readonly subscribe = this.store.subscribe;

  get rows(): readonly R[] {
    return this.store.get();
  }

  /** Appends the row `make` builds with the next id. */
  protected push(make: (id: number) => R): R {
    const row = make(this.nextId++);
    this.store.set((rows) => [...rows, row]);
    return row;
  }

  get(id: number): R | undefined {
    return this.rows.find((r) => r.id === id);
  }

  update(id: number, patch: Partial<R> | ((r: R) => Partial<R>)): void {
    this.store.set((rows) => rows.map((r) => (r.id === id ? { ...r, ...(typeof patch === 'function' ? patch(r) : patch) } : r)));
  }

  /** Drops a row, aborting its running steps. */
  remove(id: number): void {
    for (const [k, c] of this.controllers) if (k.startsWith(`${id}:`)) c.abort();
    this.store.set((rows) => rows.filter((r) => r.id !== id));
  }

  /** A fresh controller for a step of a row (aborting any previous one). */
  controller(id: number, step: Step): AbortController {
    const k = `${id}:${step}`;
    this.controllers.get(k)?.abort();
    const c = new AbortController();
    this.controllers.set(k, c);
    return c;
  }

  abort(id: number, step: Step): void {
    this.controllers.get(`${id}:${step}`)?.abort();
  }
}

/** The URLs typed for a row: one per line (or space), blanks and repeats dropped. */
export function typedUrls(row: { urlsText: string }): string[] {
  return [...new Set(row.urlsText.split(/\s+/).map((u) => u.trim()).filter(Boolean))];
}
