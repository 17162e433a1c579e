/**
 * @module
 * The registry database: one JSON document `{ revision, db }` where `db` has the shape of
 * spec/registry-api.md §5.2, kept through a `DocumentStorage` port (on disk: `registry.json`,
 * written atomically by `node/file-storage.ts`). Every mutation runs on a draft copy (a failing
 * call changes nothing).
 */
import type { RegistryDatabase } from '../../core/rpc/types.ts';
import type { DocumentStorage } from '../ports.ts';
import { canonicalize } from './canonical.ts';
import { emptyDatabase } from './empty-database.ts';

interface StoredDocument {
  revision: number;
  db: RegistryDatabase;
}

export class Store {
  #db: RegistryDatabase;
  #revision: number;
  readonly #storage: DocumentStorage;
  #queue: Promise<void> = Promise.resolve();

  private constructor(storage: DocumentStorage, doc: StoredDocument) {
    this.#storage = storage;
    this.#db = doc.db;
    this.#revision = doc.revision;
  }

  /** Opens the database kept in `storage`, or an empty one when nothing was saved yet. */
  static async open(storage: DocumentStorage): Promise<Store> {
    const text = await storage.load();
    if (text === null) return new Store(storage, { revision: 0, db: emptyDatabase() });
    const doc = JSON.parse(text) as StoredDocument;
    if (typeof doc.revision !== 'number' || !doc.db || !doc.db.index) {
      throw new Error('the stored document is not a registry database');
    }
    return new Store(storage, doc);
  }

  /** The current database. Treat it as read-only; change it only through `mutate`. */
  get db(): Readonly<RegistryDatabase> {
    return this.#db;
  }

  get revision(): number {
    return this.#revision;
  }

  /**
   * Runs `change` on a draft copy of the last durable state. If it throws, nothing changes.
   * If it returns with `changed !== false`, the draft is saved and only then becomes the
   * database; a failed save rejects and leaves the database as it was. Mutations run one at a
   * time in call order, so each change sees every earlier successful one.
   */
  mutate<T>(change: (draft: RegistryDatabase) => T, changed: (result: T) => boolean = () => true): Promise<T> {
    const run = this.#queue.then(() => this.#apply(change, changed));
    this.#queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  async #apply<T>(change: (draft: RegistryDatabase) => T, changed: (result: T) => boolean): Promise<T> {
    const draft = structuredClone(this.#db);
    const result = change(draft);
    if (!changed(result)) return result;
    canonicalize(draft);
    const revision = this.#revision + 1;
    await this.#storage.save(JSON.stringify({ revision, db: draft } satisfies StoredDocument));
    this.#db = draft;
    this.#revision = revision;
    return result;
  }

  /** Waits for every pending write. */
  async flush(): Promise<void> {
    await this.#queue;
  }
}
