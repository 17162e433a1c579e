/**
 * @module
 * Mirror health state of the current registry (issue 16): the stored results (health-store.ts),
 * a run over every URL with bounded concurrency, progress and cancel, and a single check on
 * demand. Results land in a buffer and reach React (and IndexedDB) a few times a second, so a
 * run over thousands of URLs does not re-render the page per URL.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { checkMirror, type MirrorResult } from '../../../../core/registry/mirror-check.ts';
import { mirrorChecks, pruneResults, type HeaderMode, type MirrorCheckItem, type MirrorResults, type MirrorVariant } from '../../../../core/registry/mirror-health.ts';
import { NOT_STARTED, runLimited } from '../../../../core/concurrency/limit.ts';
import { isCoreError } from '../../../../core/errors.ts';
import type { PackageIndex } from '../../../../core/rpc/types.ts';
import { loadHealth, saveHealth, type LastRun } from './health-store.ts';

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

function record(latest: { current: Latest }, key: string, result: MirrorResult): void {
  latest.current = { ...latest.current, results: { ...latest.current.results, [key]: result } };
}

export function useMirrorHealth(registryUrl: string, index: PackageIndex | undefined, variants: readonly MirrorVariant[]) {
  const [results, setResults] = useState<MirrorResults>({});
  const [lastRun, setLastRun] = useState<LastRun | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [progress, setProgress] = useState<RunProgress | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [single, setSingle] = useState<ReadonlySet<string>>(new Set());
  const controller = useRef<AbortController | null>(null);
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
    };
  }, [registryUrl]);

  const persist = useCallback(() => {
    const { results: r, lastRun: l } = latest.current;
    setResults(r);
    setLastRun(l);
    void saveHealth(registryUrl, { results: index ? pruneResults(index, r) : r, lastRun: l }).catch(() => undefined);
  }, [registryUrl, index]);

  const run = useCallback(
    async (mode: HeaderMode, concurrency: number): Promise<LastRun | null> => {
      if (controller.current) return null;
      const ac = new AbortController();
      controller.current = ac;
      const items = mirrorChecks(variants, mode);
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
          (item, signal) => checkMirror(item.url, item.commitment, { header: item.header, signal, pageProtocol: pageProtocol() }),
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
    [variants, persist],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);

  /** Checks one URL now, reading its first bytes. */
  const checkOne = useCallback(
    async (item: MirrorCheckItem) => {
      setSingle((s) => new Set(s).add(item.key));
      try {
        record(latest, item.key, await checkMirror(item.url, item.commitment, { header: true, pageProtocol: pageProtocol() }));
        persist();
      } catch (e) {
        setError(e);
      } finally {
        setSingle((s) => {
          const next = new Set(s);
          next.delete(item.key);
          return next;
        });
      }
    },
    [persist],
  );

  return { results, lastRun, loaded, progress, error, run, cancel, checkOne, checking: single };
}
