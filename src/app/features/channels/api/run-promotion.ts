/**
 * @module
 * Running a promotion (issue 14 item 2, spec/registry-api.md §4.10): for each item, read the
 * target's `package.index` once per run, plan it (core/registry/promote-plan.ts) with the
 * acting key's role there, check from the browser that every URL to send still serves the
 * committed file (core/registry/url-check.ts), sign the commitment again with the acting key
 * (context `s9pk`) and call `package.add` on the target. Items run one after another; a
 * failure stops only its own variant. Each add sent is recorded in the local signed history
 * (lib/history, action `promote`). Signing and calls happen here, never in a component.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Authority } from '../../../../core/registry/authority.ts';
import { planPromotion, type PromoteStep } from '../../../../core/registry/promote-plan.ts';
import { checkS9pkUrl } from '../../../../core/registry/url-check.ts';
import type { RegistryClient } from '../../../../core/rpc/client.ts';
import type { PackageIndex } from '../../../../core/rpc/types.ts';
import { ownValue } from '../../../../core/registry/own-key.ts';
import { parseMerkleCommitment, S9PK_SIG_CONTEXT } from '../../../../core/sign/commitment.ts';
import { invalidateRegistry } from '../../../lib/registry-invalidation.ts';
import { historyOutcome, recordHistory } from '../../../lib/history/record-history.ts';
import { currentKey, signWithSession } from '../../../lib/vault-session.ts';
import { promotionStore, updateItem, type PromotionItem, type VariantResult } from './promotion-store.ts';

export interface PromotionTarget {
  url: string;
  /** The source channel's registry (for the history). */
  sourceUrl: string;
  /** Signs with the acting key, for the target's signing hostname. */
  client: RegistryClient;
  /** Vault id of the key that must sign (the target's default key), or null: the unlocked one. */
  keyId: string | null;
  authority: Authority;
}

export interface PromotionOptions {
  /** Send the union of both URL lists for variants the target already has. */
  addSourceUrls: boolean;
  /** Replace a target variant built differently (same hardware, other commitment). */
  allowReplace: boolean;
}

async function runStep(item: PromotionItem, step: PromoteStep, target: PromotionTarget, options: PromotionOptions, set: (r: VariantResult) => void): Promise<void> {
  if (step.action === 'skip') return set({ status: 'skipped' });
  if (step.action === 'blocked' || (step.action === 'confirm' && !options.allowReplace)) return set({ status: 'blocked' });
  set({ status: 'checking' });
  const checks = await Promise.all(step.urls.map(async (url) => ({ url, check: await checkS9pkUrl(url, step.commitment) })));
  const bad = checks.find((c) => c.check.status === 'bad');
  if (bad) return set({ status: 'bad-url', url: bad.url, check: bad.check });
  set({ status: 'adding' });
  // who acted: the target's acting key, never another key that happens to be unlocked
  const key = currentKey();
  const keyPem = key && (target.keyId === null || key.id === target.keyId) ? key.publicKeyPem : null;
  let failure: unknown;
  try {
    const signature = await signWithSession(parseMerkleCommitment(step.commitment), S9PK_SIG_CONTEXT, target.keyId);
    await target.client.api.package.add({ urls: step.urls, commitment: step.commitment, signature });
    set({ status: 'done', urls: step.urls });
  } catch (error) {
    failure = error;
    set({ status: 'failed', error });
  }
  if (keyPem === null) return;
  await recordHistory({
    action: 'promote',
    registry: target.url,
    from: target.sourceUrl,
    keyPem,
    package: { id: item.id, version: item.version },
    variants: [{ sighash: step.commitment.rootSighash, urls: step.urls }],
    outcome: historyOutcome(failure),
  });
}

async function runItem(item: PromotionItem, source: PackageIndex, targetIndex: PackageIndex, target: PromotionTarget, options: PromotionOptions): Promise<void> {
  const info = ownValue(ownValue(source.packages, item.id)?.versions, item.version);
  if (!info) return updateItem(item.key, () => ({ error: new Error(`${item.id} ${item.version}`), steps: null, results: [] }));
  const steps = planPromotion(targetIndex, target.authority, { id: item.id, version: item.version, source: info, hardware: item.hardware, ...options });
  // a retry keeps what is already done and runs the rest
  const before = item.steps?.length === steps.length ? item.results : [];
  updateItem(item.key, () => ({ steps, error: null, results: steps.map((_, i) => (before[i]?.status === 'done' ? before[i] : { status: 'waiting' })) }));
  for (const [i, step] of steps.entries()) {
    if (before[i]?.status === 'done') continue;
    await runStep(item, step, target, options, (r) => updateItem(item.key, (it) => ({ results: it.results.map((x, j) => (j === i ? r : x)) })));
  }
}

/**
 * Runs `keys` (all items of the current run when omitted) against the target, reading its
 * index fresh first; refreshes the target's reads afterwards.
 */
export async function runPromotion(qc: QueryClient, source: PackageIndex, target: PromotionTarget, options: PromotionOptions, keys?: string[]): Promise<void> {
  const run = promotionStore.get();
  if (!run || run.running) return;
  promotionStore.set({ ...run, running: true });
  try {
    let targetIndex: PackageIndex;
    try {
      targetIndex = await target.client.api.package.index({ anonymous: true });
    } catch (error) {
      for (const it of run.items) if (!keys || keys.includes(it.key)) updateItem(it.key, () => ({ error }));
      return;
    }
    for (const item of run.items) {
      if (keys && !keys.includes(item.key)) continue;
      await runItem(promotionStore.get()!.items.find((it) => it.key === item.key)!, source, targetIndex, target, options);
    }
  } finally {
    promotionStore.set((r) => r && { ...r, running: false });
    await invalidateRegistry(qc, target.url, 'packages');
  }
}
