/**
 * @module
 * Mirror health state of the current registry (issue 16): the stored results (lib/health-store.ts),
 * a run over every URL — package variants and OS images — with bounded concurrency, progress
 * and cancel, a single check on demand, and the full BLAKE3 of an OS image URL streamed in a
 * worker with its own progress and cancel. Results land in a buffer and reach React (and IndexedDB) a few times a second, so a
 * run over thousands of URLs does not re-render the page per URL.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { checkMirror, checkOsMirror, type MirrorResult } from '../../../../core/registry/mirror-check.ts';
import { mirrorChecks, mirrorKey, pruneResults, type HeaderMode, type MirrorResults, type MirrorVariant } from '../../../../core/registry/mirror-health.ts';
import { hashResult, osMirrorChecks, type OsCheckItem, type OsMirrorAsset } from '../../../../core/registry/os-mirror.ts';
import { hashBlake3Url } from '../../../../worker/client.ts';
import { NOT_STARTED, runLimited } from '../../../../core/concurrency/limit.ts';
import { isCoreError } from '../../../../core/errors.ts';
import type { MerkleArchiveCommitment, PackageIndex } from '../../../../core/rpc/types.ts';
import { loadHealth, saveHealth, type LastRun } from '../../../lib/health-store.ts';

export interface RunProgress {
  done: number;
  total: number;
}

const FLUSH_MS = 250;
/** Lanes allowed at once: browsers open about 6 connections per host anyway. */
const MAX_LANES = 16;

/** A check that ended because the run was cancelled, not because it failed. */
const isStop = (e: unknown) => e === NOT_STARTED || isCoreError(e, 'ABORTED');

const pageProtocol = () => globalThis.location?.protocol;

interface Latest {
  results: MirrorResults;
  lastRun: LastRun | null;
}

/** One URL to check: its result key and how to check it. */
export interface HealthCheck {
  key: string;
  check: (signal?: AbortSignal) => Promise<MirrorResult>;
}

/** Every check of a run: each variant URL (first bytes as `mode` says), then each OS image URL. */
function runChecks(variants: readonly MirrorVariant[], os: readonly OsCheckItem[], mode: HeaderMode): HealthCheck[] {
  const protocol = pageProtocol();
  return [
    ...mirrorChecks(variants, mode).map((c) => ({ key: c.key, check: (signal?: AbortSignal) => checkMirror(c.url, c.commitment, { header: c.header, signal, pageProtocol: protocol }) })),
    ...os.map((c) => osHeadCheck(c)),
  ];
}

/** A variant URL checked now, its first bytes included. */
export const variantHeaderCheck = (url: string, commitment: MerkleArchiveCommitment): HealthCheck => ({
  key: mirrorKey(url, commitment),
  check: (signal) => checkMirror(url, commitment, { header: true, signal, pageProtocol: pageProtocol() }),
});

/** The HEAD and size check of one OS image URL. */
export const osHeadCheck = (c: OsCheckItem): HealthCheck => ({ key: c.key, check: (signal) => checkOsMirror(c.url, c.commitment.size, { signal, pageProtocol: pageProtocol() }) });

/** A full-hash check in progress. */
export interface HashProgress {
  key: string;
  done: number;
  total: number;
}

function record(latest: { current: Latest }, key: string, result: MirrorResult): void {
  latest.current = { ...latest.current, results: { ...latest.current.results, [key]: result } };
}

export function useMirrorHealth(registryUrl: string, index: PackageIndex | undefined, variants: readonly MirrorVariant[], osAssets: readonly OsMirrorAsset[]) {
  const [results, setResults] = useState<MirrorResults>({});
  const [lastRun, setLastRun] = useState<LastRun | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [progress, setProgress] = useState<RunProgress | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [single, setSingle] = useState<ReadonlySet<string>>(new Set());
  const [hashing, setHashing] = useState<HashProgress | null>(null);
  const controller = useRef<AbortController | null>(null);
  const hashController = useRef<AbortController | null>(null);
  const latest = useRef<Latest>({ results: {}, lastRun: null });

  useEffect(() => {
    let live = true;
    void loadHealth(registryUrl).then((h) => {
      if (!live) return;
      latest.current = h;
      setResults(h.results);
      setLastRun(h.lastRun);
      setLoaded(true);
    });
    return () => {
      live = false;
      controller.current?.abort();
      hashController.current?.abort();
    };
  }, [registryUrl]);

  const persist = useCallback(() => {
    const { results: r, lastRun: l } = latest.current;
    setResults(r);
    setLastRun(l);
    const osKeys = osMirrorChecks(osAssets).map((c) => c.key);
    void saveHealth(registryUrl, { results: index ? pruneResults(index, r, osKeys) : r, lastRun: l }).catch(() => undefined);
  }, [registryUrl, index, osAssets]);

  const run = useCallback(
    async (mode: HeaderMode, concurrency: number): Promise<LastRun | null> => {
      if (controller.current) return null;
      const ac = new AbortController();
      controller.current = ac;
      const items = runChecks(variants, osMirrorChecks(osAssets), mode);
      let done = 0;
      setError(null);
      setProgress({ done, total: items.length });
      const timer = setInterval(() => {
        persist();
        setProgress({ done, total: items.length });
      }, FLUSH_MS);
      try {
        const { outcomes, cancelled } = await runLimited(
          items,
          (item, signal) => item.check(signal),
          {
            concurrency: Math.min(MAX_LANES, concurrency),
            signal: ac.signal,
            onSettled: (outcome) => {
              if (!outcome.ok) return;
              done += 1;
              record(latest, outcome.item.key, outcome.value);
            },
          },
        );
        // checkMirror answers every outcome as a result; anything it throws is a fault to show.
        const faults = outcomes.flatMap((o) => (o.ok || isStop(o.error) ? [] : [o.error]));
        if (faults.length > 0) setError(faults[0]);
        latest.current = { ...latest.current, lastRun: { finishedAt: Date.now(), outcome: cancelled ? 'cancelled' : 'done', checked: done } };
      } finally {
        clearInterval(timer);
        controller.current = null;
        persist();
        setProgress(null);
      }
      return latest.current.lastRun;
    },
    [variants, osAssets, persist],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);

  /** Runs one check now (a variant URL with its first bytes, or an OS image URL's HEAD). */
  const checkOne = useCallback(
    async ({ key, check }: HealthCheck) => {
      setSingle((s) => new Set(s).add(key));
      try {
        record(latest, key, await check());
        persist();
      } catch (e) {
        setError(e);
      } finally {
        setSingle((s) => {
          const next = new Set(s);
          next.delete(key);
          return next;
        });
      }
    },
    [persist],
  );

  /** Reads every byte an OS image URL serves and compares its BLAKE3 (one at a time). */
  const hashOne = useCallback(
    async (item: OsCheckItem) => {
      if (hashController.current) return;
      const ac = new AbortController();
      hashController.current = ac;
      const total = item.commitment.size;
      setHashing({ key: item.key, done: 0, total });
      try {
        const head = await osHeadCheck(item).check(ac.signal);
        const answer = head.state === 'ok' ? await hashBlake3Url(item.url, total, { signal: ac.signal, onProgress: (p) => setHashing({ key: item.key, done: p.done, total }) }) : null;
        record(latest, item.key, answer ? hashResult(answer, item.commitment, Date.now()) : head);
        persist();
      } catch (e) {
        if (!isStop(e)) setError(e);
      } finally {
        hashController.current = null;
        setHashing(null);
      }
    },
    [persist],
  );

  const cancelHash = useCallback(() => hashController.current?.abort(), []);

  return { results, lastRun, loaded, progress, error, run, cancel, checkOne, checking: single, hashOne, hashing, cancelHash };
}
