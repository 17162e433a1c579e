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

/** An append-only line log (the audit log `admin.log`, the metrics table). */
export interface LineLog {
  /** Appends one line (without its newline). */
  append(line: string): Promise<void>;
}

/** The ports of one registry instance. */
export interface RegistryPorts {
  storage: DocumentStorage;
  /** The audit log of accepted signatures (spec/registry-api.md §2.12). */
  audit: LineLog;
  /** The download-metric rows (§4.9). */
  metrics: LineLog;
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

/** Ports that keep everything in memory (tests, no data directory). */
export function memoryPorts(): RegistryPorts {
  return { storage: memoryStorage(), audit: memoryLog(), metrics: memoryLog() };
}

/** Name resolution for `--deny-private-urls` (`node/dns-resolver.ts`; tests pass a table). */
export interface HostResolver {
  /** Every address `hostname` resolves to (IPv4 dotted quads, IPv6 text); rejects when it does not resolve. */
  lookup(hostname: string): Promise<string[]>;
}
