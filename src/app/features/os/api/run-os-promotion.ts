/**
 * @module
 * Running the promotion of a StartOS release (issue #15 item 6; spec registry-api.md §4.10
 * `os promote`): read the target's `os.index` fresh, plan against it
 * (core/registry/os-promote-plan.ts), then `os.version.add` with the source's texts when needed
 * and, for each asset to add, sign its commitment again with the target's acting key (context
 * `startos`) and call `os.asset.add.<type>` once per source URL (the first call creates the
 * entry, the others append its mirrors; upstream's CLI sends only the first URL). Each step
 * reports its own result; running again re-plans, so whatever went in is skipped and only the
 * rest is sent. Signing and calls happen here, never in a component.
 */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { planOsPromotion, type OsPromotePlan, type OsTargetAuthority } from '../../../../core/registry/os-promote-plan.ts';
import { ownValue } from '../../../../core/registry/own-key.ts';
import type { RegistryClient } from '../../../../core/rpc/client.ts';
import type { OsVersionInfo } from '../../../../core/rpc/types.ts';
import { BLAKE3_SIG_CONTEXT, parseBlake3Commitment } from '../../../../core/sign/commitment.ts';
import { invalidateRegistry } from '../../../lib/registry-invalidation.ts';
import { signWithSession } from '../../../lib/vault-session.ts';

export type StepResult =
  | { status: 'running' }
  | { status: 'done' }
  | { status: 'skipped' }
  | { status: 'blocked' }
  | { status: 'conflict' }
  | { status: 'failed'; error: unknown };

/** `release`, or `<type>/<platform>` for an asset. */
export type StepKey = string;

export interface OsPromotionTarget {
  url: string;
  /** Signs requests with the acting key, for the target's signing hostname. */
  client: RegistryClient;
  /** Vault id of the key that must sign commitments (the target's default key), or null. */
  keyId: string | null;
  authority: OsTargetAuthority;
}

export interface OsPromotion {
  /** The plan of the last run (null before the first). */
  plan: OsPromotePlan | null;
  results: Record<StepKey, StepResult>;
  /** Reading the target failed before anything was sent. */
  error: unknown;
  running: boolean;
  run: (target: OsPromotionTarget) => Promise<void>;
}

export const assetKey = (a: { type: string; platform: string }): StepKey => `${a.type}/${a.platform}`;

export function useOsPromotion(version: string, source: OsVersionInfo): OsPromotion {
  const qc = useQueryClient();
  const [plan, setPlan] = useState<OsPromotePlan | null>(null);
  const [results, setResults] = useState<Record<StepKey, StepResult>>({});
  const [error, setError] = useState<unknown>(null);
  const [running, setRunning] = useState(false);
  const set = (key: StepKey, r: StepResult) => setResults((all) => ({ ...all, [key]: r }));

  const run = async (target: OsPromotionTarget) => {
    setRunning(true);
    setError(null);
    setResults({});
    try {
      const index = await target.client.api.os.index({ anonymous: true });
      const p = planOsPromotion(version, source, ownValue(index.versions, version), target.authority);
      setPlan(p);
      let releaseThere = p.release.action !== 'add';
      if (p.release.action === 'add' || p.release.action === 'update') {
        set('release', { status: 'running' });
        try {
          await target.client.api.os.version.add({ version, headline: source.headline, releaseNotes: source.releaseNotes, sourceVersion: source.sourceVersion });
          set('release', { status: 'done' });
          releaseThere = true;
        } catch (e) {
          set('release', { status: 'failed', error: e });
        }
      } else {
        set('release', { status: p.release.action === 'skip' ? 'skipped' : 'blocked' });
      }
      for (const step of p.assets) {
        const key = assetKey(step);
        if (step.action !== 'add' || !releaseThere) {
          set(key, { status: step.action === 'skip' ? 'skipped' : step.action === 'conflict' ? 'conflict' : 'blocked' });
          continue;
        }
        set(key, { status: 'running' });
        try {
          const signature = await signWithSession(parseBlake3Commitment(step.asset.commitment), BLAKE3_SIG_CONTEXT, target.keyId);
          for (const url of step.asset.urls) {
            await target.client.api.os.asset.add[step.type]({ version, platform: step.platform, url, signature, commitment: step.asset.commitment });
          }
          set(key, { status: 'done' });
        } catch (e) {
          set(key, { status: 'failed', error: e });
        }
      }
    } catch (e) {
      setError(e);
    } finally {
      setRunning(false);
      await invalidateRegistry(qc, target.url, 'os');
    }
  };
  return { plan, results, error, running, run };
}

/** Steps that did not go through (failed), so a second run is worth offering. */
export function failedSteps(results: Record<StepKey, StepResult>): StepKey[] {
  return Object.entries(results)
    .filter(([, r]) => r.status === 'failed')
    .map(([k]) => k);
}
