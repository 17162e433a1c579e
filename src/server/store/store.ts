/**
 * @module
 * The registry database on disk: one JSON file `registry.json` in the data directory holding
 * `{ revision, db }` where `db` has the shape of spec/registry-api.md §5.2. Every mutation runs
 * on a draft copy (a failing call changes nothing) and is written atomically (temp file, fsync,
 * rename, fsync of the directory), so a crash leaves the previous or the new state.
 */
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { RegistryDatabase } from '../../core/rpc/types.ts';
import { canonicalize } from './canonical.ts';
import { emptyDatabase } from './empty-database.ts';

const FILE = 'registry.json';

interface StoredDocument {
  revision: number;
  db: RegistryDatabase;
}

export class Store {
  #db: RegistryDatabase;
  #revision: number;
  readonly #dir: string | null;
  #queue: Promise<void> = Promise.resolve();

  private constructor(dir: string | null, doc: StoredDocument) {
    this.#dir = dir;
    this.#db = doc.db;
    this.#revision = doc.revision;
  }

  /** Opens (or creates) the database in `dir`; `null` keeps it in memory only (tests). */
  static async open(dir: string | null): Promise<Store> {
    if (dir === null) return new Store(null, { revision: 0, db: emptyDatabase() });
    await mkdir(dir, { recursive: true });
    let text: string | null = null;
    try {
      text = await readFile(join(dir, FILE), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    if (text === null) return new Store(dir, { revision: 0, db: emptyDatabase() });
    const doc = JSON.parse(text) as StoredDocument;
    if (typeof doc.revision !== 'number' || !doc.db || !doc.db.index) {
      throw new Error(`${join(dir, FILE)} is not a registry database`);
    }
    return new Store(dir, doc);
  }

  /** The current database. Treat it as read-only; change it only through `mutate`. */
  get db(): Readonly<RegistryDatabase> {
    return this.#db;
  }

  get revision(): number {
    return this.#revision;
  }

  /**
   * Runs `change` on a draft copy. If it throws, nothing changes. If it returns with
   * `changed !== false`, the draft becomes the database and is persisted before the promise
   * resolves. Mutations are applied in call order.
   */
  async mutate<T>(change: (draft: RegistryDatabase) => T, changed: (result: T) => boolean = () => true): Promise<T> {
    const draft = structuredClone(this.#db);
    const result = change(draft);
    if (!changed(result)) return result;
    canonicalize(draft);
    this.#db = draft;
    this.#revision += 1;
    const doc: StoredDocument = { revision: this.#revision, db: draft };
    const write = this.#queue.then(() => this.#persist(doc));
    this.#queue = write.catch(() => undefined);
    await write;
    return result;
  }

  async #persist(doc: StoredDocument): Promise<void> {
    if (this.#dir === null) return;
    const target = join(this.#dir, FILE);
    const tmp = `${target}.${process.pid}.tmp`;
    const fh = await open(tmp, 'w', 0o600);
    try {
      await fh.writeFile(JSON.stringify(doc));
      await fh.sync();
    } finally {
      await fh.close();
    }
    try {
      await rename(tmp, target);
    } catch (e) {
      await unlink(tmp).catch(() => undefined);
      throw e;
    }
    const dirHandle = await open(this.#dir, 'r');
    try {
      await dirHandle.sync();
    } finally {
      await dirHandle.close();
    }
  }

  /** Waits for every pending write. */
  async flush(): Promise<void> {
    await this.#queue;
  }
}
