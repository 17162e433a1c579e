/**
 * @module
 * The files being published to one registry: one row per dropped file with the state of each
 * step (inspect, verify, hosting, upload, registry add), in a small external store with the
 * AbortControllers of running steps. The registry's publish controller owns one
 * (publish-controller.ts); pre-flight reports are derived there, not stored here.
 */
import { createStore } from '../../../lib/create-store.ts';
import type { InspectStep, UrlCheckState, VerifyStep } from '../../../lib/publishing/file-checks.ts';
import type { UploadStep } from '../../../lib/publishing/upload.ts';
import type { Outcome } from './outcome.ts';

export type AddStep =
  | { status: 'idle' }
  | { status: 'checking-urls' }
  | { status: 'registry'; startedAt: number; urls: string[] }
  | { status: 'done'; at: number; urls: string[]; outcome: Outcome }
  | { status: 'failed'; error: unknown; urls: string[] };

export interface PublishRow {
  id: number;
  file: File;
  inspect: InspectStep;
  verify: VerifyStep;
  hosting: 'bucket' | 'urls';
  /** URLs typed for `hosting: 'urls'`, one per line. */
  urlsText: string;
  urlChecks: Record<string, UrlCheckState>;
  /** The user accepted that this file replaces an indexed variant. */
  confirmReplace: boolean;
  upload: UploadStep;
  add: AddStep;
}

/** Rows of one registry and their in-flight controllers. */
export class PublishQueue {
  readonly store = createStore<readonly PublishRow[]>([]);
  private nextId = 1;
  /** AbortControllers of running steps, per row id and step. */
  readonly controllers = new Map<string, AbortController>();

  readonly subscribe = this.store.subscribe;

  get rows(): readonly PublishRow[] {
    return this.store.get();
  }

  add(file: File, hosting: PublishRow['hosting']): PublishRow {
    const row: PublishRow = {
      id: this.nextId++,
      file,
      inspect: { status: 'running' },
      verify: { status: 'waiting' },
      hosting,
      urlsText: '',
      urlChecks: {},
      confirmReplace: false,
      upload: { status: 'idle' },
      add: { status: 'idle' },
    };
    this.store.set((rows) => [...rows, row]);
    return row;
  }

  get(id: number): PublishRow | undefined {
    return this.rows.find((r) => r.id === id);
  }

  update(id: number, patch: Partial<PublishRow> | ((r: PublishRow) => Partial<PublishRow>)): void {
    this.store.set((rows) => rows.map((r) => (r.id === id ? { ...r, ...(typeof patch === 'function' ? patch(r) : patch) } : r)));
  }

  remove(id: number): void {
    for (const [k, c] of this.controllers) if (k.startsWith(`${id}:`)) c.abort();
    this.store.set((rows) => rows.filter((r) => r.id !== id));
  }

  /** A fresh controller for a step of a row (aborting any previous one). */
  controller(id: number, step: 'verify' | 'upload' | 'urls'): AbortController {
    const k = `${id}:${step}`;
    this.controllers.get(k)?.abort();
    const c = new AbortController();
    this.controllers.set(k, c);
    return c;
  }

  abort(id: number, step: 'verify' | 'upload' | 'urls'): void {
    this.controllers.get(`${id}:${step}`)?.abort();
  }
}

/** The URLs typed for a row: one per line, blanks ignored. */
export function typedUrls(row: Pick<PublishRow, 'urlsText'>): string[] {
  return [...new Set(row.urlsText.split(/\s+/).map((u) => u.trim()).filter(Boolean))];
}
