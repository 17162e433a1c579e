/**
 * @module
 * The registry's ports on disk, in a data directory like start-registryd's: `registry.json`
 * (the database), `admin.log` (audit log, §2.12) and `metrics.db` (metrics, §4.9).
 */
import { join } from 'node:path';
import type { RegistryPorts } from '../ports.ts';
import { appendLog } from './append-log.ts';
import { fileStorage } from './file-storage.ts';
import { metricsFile } from './metrics-file.ts';

/** Ports over `datadir` (created on first load). */
export function nodePorts(datadir: string): RegistryPorts {
  return {
    storage: fileStorage(datadir),
    audit: appendLog(join(datadir, 'admin.log')),
    metrics: metricsFile(datadir),
  };
}
