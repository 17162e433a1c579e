/**
 * @module
 * The registry's ports on disk, in a data directory like start-registryd's: `registry.json`
 * (the database), `admin.log` (audit log, §2.12) and `metrics.jsonl` (download metrics).
 */
import { join } from 'node:path';
import type { RegistryPorts } from '../ports.ts';
import { appendLog } from './append-log.ts';
import { fileStorage } from './file-storage.ts';

/** Ports over `datadir` (created on first load). */
export function nodePorts(datadir: string): RegistryPorts {
  return {
    storage: fileStorage(datadir),
    audit: appendLog(join(datadir, 'admin.log')),
    metrics: appendLog(join(datadir, 'metrics.jsonl')),
  };
}
