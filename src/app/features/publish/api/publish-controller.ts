/**
 * @module
 * The publish controller of one registry: the single owner of its rows (publish-queue.ts),
 * the running batch and every action, and the one place the pre-flight reports are derived
 * (keyed by row id). It outlives the page: leaving to look at a package and coming back finds
 * the same rows, reports and running batch. The page attaches what it knows of the registry
 * (its query scope, the query client, the key's authority); the index is read from the query cache.
 */
import { hashKey, type QueryClient } from '@tanstack/react-query';
import type { Authority } from '../../../../core/registry/authority.ts';
import type { PackageIndex } from '../../../../core/rpc/types.ts';
import { createStore } from '../../../lib/create-store.ts';
import { computeReports, pendingRows, type RowReport } from '../../../lib/publishing/preflight-reports.ts';
import { packageIndexOptions, type QueryScope } from '../../../lib/registry-queries.ts';
import type { RegistryScope } from '../../../lib/registry-scope.tsx';
import { currentBucket } from '../../../lib/publishing/bucket-settings.ts';
import { PublishQueue, type PublishRow } from '../lib/publish-queue.ts';
import { blockedReason } from '../lib/readiness.ts';
import { publishRow, type PublishContext } from './publish-row.ts';
import { abortRowUpload, checkRowUrls, inspectRow, pauseUpload, verifyRow } from './row-steps.ts';

/** What the page knows of the registry; attached while it is shown, kept for a running batch. */
export interface PublishEnv {
  /** The registry client (signing with the registry's acting key), that key, and its commitment signer. */
  scope: QueryScope & Pick<RegistryScope, 'signCommitment'>;
  qc: QueryClient;
  authority: Authority | null;
}

interface View {
  /** A "Publish all" batch is running. */
  running: boolean;
  index: PackageIndex | undefined;
  authority: Authority | null;
}

const sameList = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export class PublishController {
  readonly queue = new PublishQueue();
  private readonly view = createStore<View>({ running: false, index: undefined, authority: null });
  private env: PublishEnv | null = null;
  private memo: { inputs: unknown[]; reports: ReadonlyMap<number, RowReport> } | null = null;
  private ids: readonly number[] = [];

  readonly registryUrl: string;

  constructor(registryUrl: string) {
    this.registryUrl = registryUrl;
  }

  /** Notified after any change of rows, reports or the batch. */
  readonly subscribe = (listener: () => void) => {
    const a = this.queue.store.subscribe(listener);
    const b = this.view.subscribe(listener);
    return () => {
      a();
      b();
    };
  };

  /** Connects the page's registry view; the returned function stops following the index. */
  attach(env: PublishEnv): () => void {
    this.env = env;
    this.syncIndex();
    const hash = hashKey(packageIndexOptions(env.scope).queryKey);
    return env.qc.getQueryCache().subscribe((e) => e.query.queryHash === hash && this.syncIndex());
  }

  private syncIndex(): void {
    if (!this.env) return;
    const index = this.env.qc.getQueryData(packageIndexOptions(this.env.scope).queryKey);
    const { authority } = this.env;
    const v = this.view.get();
    if (v.index !== index || v.authority !== authority) this.view.set({ ...v, index, authority });
  }

  get running(): boolean {
    return this.view.get().running;
  }

  /** Row ids in order (the same array until a row is added or removed). */
  rowIds = (): readonly number[] => {
    const ids = this.queue.rows.map((r) => r.id);
    if (!sameList(ids, this.ids)) this.ids = ids;
    return this.ids;
  };

  /** The pre-flight report of every pending row, derived once per change of its inputs. */
  reports = (): ReadonlyMap<number, RowReport> => {
    const { index, authority } = this.view.get();
    const rows = this.queue.rows;
    const inputs = [index, authority, ...pendingRows(rows).flatMap((r) => [r.id, r.inspect.result])];
    if (!this.memo || !sameList(this.memo.inputs, inputs)) this.memo = { inputs, reports: computeReports(rows, index, authority) };
    return this.memo.reports;
  };

  /** How many rows "Publish all" would send now. */
  readyCount(bucket = currentBucket()): number {
    const reports = this.reports();
    return this.queue.rows.filter((r) => blockedReason(r, reports.get(r.id), bucket) === null).length;
  }

  addFiles(files: Iterable<File>, hosting: PublishRow['hosting']): void {
    for (const f of files) void inspectRow(this.queue, this.queue.add(f, hosting).id);
  }

  remove = (id: number) => this.queue.remove(id);
  clearFinished = () => this.queue.rows.filter((r) => r.add.status === 'done' || r.inspect.status === 'failed' || r.verify.status === 'failed').forEach((r) => this.queue.remove(r.id));
  cancelVerify = (id: number) => this.queue.abort(id, 'verify');
  verifyAgain = (id: number) => void verifyRow(this.queue, id);
  setHosting = (id: number, hosting: PublishRow['hosting']) => this.queue.update(id, { hosting });
  setUrls = (id: number, urlsText: string) => this.queue.update(id, { urlsText, urlChecks: {} });
  checkUrls = (id: number) => void checkRowUrls(this.queue, id);
  confirmReplace = (id: number, confirmReplace: boolean) => this.queue.update(id, { confirmReplace });
  pause = (id: number) => pauseUpload(this.queue, id);
  abortUpload = (id: number) => {
    const bucket = currentBucket();
    if (bucket) void abortRowUpload(this.queue, id, bucket);
  };
  private context(): PublishContext | null {
    if (!this.env) return null;
    return { queue: this.queue, client: this.env.scope.client, signCommitment: this.env.scope.signCommitment, registryUrl: this.registryUrl, qc: this.env.qc, bucket: currentBucket() };
  }

  /** Hosts, signs and adds one row; true when the registry added it. */
  publish = async (id: number): Promise<boolean> => {
    const ctx = this.context();
    if (!ctx) return false;
    this.syncIndex();
    return publishRow(ctx, id, this.reports().get(id));
  };

  /**
   * Publishes every ready row one after another, each against the registry as the previous
   * one left it (the index is read again after each). One batch at a time.
   */
  publishAll = async (): Promise<void> => {
    if (this.running) return;
    this.view.set((v) => ({ ...v, running: true }));
    try {
      for (const { id } of this.queue.rows) {
        this.syncIndex();
        const row = this.queue.get(id);
        if (row && blockedReason(row, this.reports().get(id), currentBucket()) === null) await this.publish(id);
      }
    } finally {
      this.view.set((v) => ({ ...v, running: false }));
    }
  };
}

const controllers = new Map<string, PublishController>();

/** The publish controller of a registry (created on first use, kept for the session). */
export function publishControllerFor(registryUrl: string): PublishController {
  let c = controllers.get(registryUrl);
  if (!c) controllers.set(registryUrl, (c = new PublishController(registryUrl)));
  return c;
}
