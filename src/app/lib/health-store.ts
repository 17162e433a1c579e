/**
 * @module
 * The last known mirror health of each registry, in IndexedDB (idb-keyval), so the page opens
 * with it and a run can be repeated: the results by URL and commitment, and how the last run
 * ended. Holds nothing secret; the record is checked on the way out and anything else is
 * treated as "never checked".
 */
import { get, set } from 'idb-keyval';
import type { MirrorResults } from '../../core/registry/mirror-health.ts';

export interface LastRun {
  finishedAt: number;
  outcome: 'done' | 'cancelled';
  checked: number;
}

export interface StoredHealth {
  results: MirrorResults;
  lastRun: LastRun | null;
}

const key = (registryUrl: string) => `mirror-health.v1|${registryUrl}`;
const STATES = new Set(['ok', 'dead', 'unverifiable']);

function isResults(x: unknown): x is MirrorResults {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  return Object.values(x).every((r: unknown) => typeof r === 'object' && r !== null && 'state' in r && STATES.has(String(r.state)) && 'checkedAt' in r && typeof r.checkedAt === 'number');
}

export async function loadHealth(registryUrl: string): Promise<StoredHealth> {
  const raw: unknown = await get(key(registryUrl)).catch(() => undefined);
  if (typeof raw !== 'object' || raw === null || !('results' in raw) || !isResults(raw.results)) return { results: {}, lastRun: null };
  const last = 'lastRun' in raw ? raw.lastRun : null;
  const lastRun: LastRun | null =
    typeof last === 'object' && last !== null && 'finishedAt' in last && typeof last.finishedAt === 'number'
      ? {
          finishedAt: last.finishedAt,
          outcome: 'outcome' in last && last.outcome === 'cancelled' ? 'cancelled' : 'done',
          checked: 'checked' in last && typeof last.checked === 'number' ? last.checked : 0,
        }
      : null;
  return { results: raw.results, lastRun };
}

export function saveHealth(registryUrl: string, health: StoredHealth): Promise<void> {
  return set(key(registryUrl), health);
}
