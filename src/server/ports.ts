/**
 * @module
 * The stand-in's I/O as ports (hono's adapter idea): the request→response core gets these
 * interfaces and never touches a disk itself. Node implementations live in `node/`; the
 * in-memory ones here serve tests and `--datadir`-less use.
 */

/** Where the registry document is kept: the whole text, replaced atomically on each save. */
export interface DocumentStorage {
  /** The last saved text, or null when nothing was saved yet. */
  load(): Promise<string | null>;
  /** Replaces the saved text; resolves only once it is durable. */
  save(text: string): Promise<void>;
}

/** An append-only line log (the audit log `admin.log`). */
export interface LineLog {
  /** Appends one line (without its newline). */
  append(line: string): Promise<void>;
}

/**
 * Where the metrics database (§4.9) is kept: the whole SQLite file, replaced atomically on
 * each save, and the line log an older stand-in kept instead (`metrics.jsonl`), read once to
 * migrate its rows.
 */
export interface MetricsStorage {
  /** The last saved database file, or null when none was saved yet. */
  load(): Promise<Uint8Array | null>;
  /** Replaces the saved file; resolves only once it is durable. */
  save(image: Uint8Array): Promise<void>;
  /** The older line log's lines, read lazily; empty when there is none or it was retired. */
  legacyLines(): AsyncIterable<string>;
  /** Sets the older line log aside once a saved database holds its rows. */
  retireLegacy(): Promise<void>;
}

/** The ports of one registry instance. */
export interface RegistryPorts {
  storage: DocumentStorage;
  /** The audit log of accepted signatures (spec/registry-api.md §2.12). */
  audit: LineLog;
  /** The metrics database (§4.9). */
  metrics: MetricsStorage;
}

/** A document storage in memory; `text` is what a disk would hold. */
export function memoryStorage(): DocumentStorage & { readonly text: string | null } {
  let text: string | null = null;
  return {
    get text() {
      return text;
    },
    load: () => Promise.resolve(text),
    save: (next) => {
      text = next;
      return Promise.resolve();
    },
  };
}

/** A line log in memory; `lines` holds what was appended. */
export function memoryLog(): LineLog & { readonly lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    append: (line) => {
      lines.push(line);
      return Promise.resolve();
    },
  };
}

/** Metrics storage in memory; `image` is what a disk would hold, `legacy` the older line log. */
export function memoryMetricsStorage(legacy: string[] = []): MetricsStorage & {
  readonly image: Uint8Array | null;
  readonly legacy: string[] | null;
  readonly saves: number;
} {
  let image: Uint8Array | null = null;
  let lines: string[] | null = legacy.length ? [...legacy] : null;
  let saves = 0;
  return {
    get image() {
      return image;
    },
    get legacy() {
      return lines;
    },
    get saves() {
      return saves;
    },
    load: () => Promise.resolve(image && image.slice()),
    save: (next) => {
      image = next.slice();
      saves += 1;
      return Promise.resolve();
    },
    async *legacyLines() {
      yield* lines ?? [];
    },
    retireLegacy: () => {
      lines = null;
      return Promise.resolve();
    },
  };
}

/** Ports that keep everything in memory (tests, no data directory). */
export function memoryPorts(): RegistryPorts {
  return { storage: memoryStorage(), audit: memoryLog(), metrics: memoryMetricsStorage() };
}

/** Name resolution for `--deny-private-urls` (`node/dns-resolver.ts`; tests pass a table). */
export interface HostResolver {
  /** Every address `hostname` resolves to (IPv4 dotted quads, IPv6 text); rejects when it does not resolve. */
  lookup(hostname: string): Promise<string[]>;
}
