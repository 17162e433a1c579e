/**
 * @module
 * Runs key-compromise response items (issue 17 item 3): one call per item, signed by its
 * registry's acting key (the scope's client, registry-scope.tsx), a few at a time, each with its
 * own result; never stops at a failure. Every attempt goes into the response log (and, for a
 * variant removal, into the signed local history, as the package page's removals do); the
 * registries written to are refreshed afterwards.
 */
import type { QueryClient } from '@tanstack/react-query';
import { responseCall, type ResponseItem } from '../../../../core/registry/key-response.ts';
import { keyFingerprint, parsePublicKeyPem } from '../../../../core/sign/public-key.ts';
import type { RegistryClient } from '../../../../core/rpc/client.ts';
import { runBulk } from '../../../lib/bulk-run.ts';
import { describeError } from '../../../lib/error-messages.ts';
import { historyOutcome, recordHistory } from '../../../lib/history/record-history.ts';
import { invalidateRegistry } from '../../../lib/registry-invalidation.ts';
import type { RegistryScope } from '../../../lib/registry-scope.tsx';
import { currentKey } from '../../../lib/vault-session.ts';
import { appendLog, setItem } from './response-store.ts';

/** Response calls in flight at once, across registries. */
export const RESPONSE_CONCURRENCY = 4;

export interface RunnableItem {
  item: ResponseItem;
  scope: RegistryScope;
  /** The item in words, for the log. */
  label: string;
}

/** The PEM of the key that signs for `scope` now, or null when none does. */
export function actingKeyPem(scope: RegistryScope): string | null {
  return scope.keyUse === 'signs' ? (currentKey()?.publicKeyPem ?? null) : null;
}

function fingerprintOf(pem: string | null): string | null {
  return pem === null ? null : keyFingerprint(parsePublicKeyPem(pem));
}

/** Sends an item's call; resolves false when the registry reports that nothing changed. */
async function send(client: RegistryClient, item: ResponseItem): Promise<boolean> {
  const call = responseCall(item);
  switch (call.method) {
    case 'admin.signer.edit':
      await client.api.admin.signer.edit(call.params);
      return true;
    case 'admin.remove':
      await client.api.admin.remove(call.params);
      return true;
    case 'package.remove':
      return client.api.package.remove(call.params);
  }
}

async function runOne({ item, scope, label }: RunnableItem): Promise<void> {
  const keyPem = actingKeyPem(scope);
  const actingKey = fingerprintOf(keyPem);
  const base = { step: item.step, registry: scope.url, item: label, actingKey };
  const history = (error?: unknown) =>
    item.step === 'remove-variant' && keyPem !== null
      ? recordHistory({
          keyPem,
          action: 'remove-variant',
          registry: scope.url,
          package: { id: item.variant.id, version: item.variant.version },
          variants: [{ sighash: item.variant.sighash, urls: item.variant.urls }],
          outcome: historyOutcome(error),
        })
      : null;
  setItem({ status: 'running', item });
  try {
    const changed = await send(scope.client, item);
    await history();
    const at = new Date().toISOString();
    setItem({ status: 'done', at, item });
    appendLog({ ...base, at, result: changed ? 'done' : 'no-change', error: null });
  } catch (error) {
    await history(error);
    const at = new Date().toISOString();
    const d = describeError(error);
    setItem({ status: 'failed', at, error, item });
    appendLog({ ...base, at, result: 'failed', error: [d.title, d.details, d.code].filter(Boolean).join(' — ') });
  }
}

/** Runs every item (never rejects), then refreshes what the registries written to show. */
export async function runResponse(runs: readonly RunnableItem[], qc: QueryClient): Promise<void> {
  // runOne records each item's own result and never throws
  await runBulk(runs, runOne, { concurrency: RESPONSE_CONCURRENCY });
  const urls = new Set(runs.map((r) => r.scope.url));
  await Promise.all([...urls].map((url) => invalidateRegistry(qc, url, 'signers', 'admins', 'packages', 'role')));
}

/** Records the variants the user chose to keep (nothing is sent). */
export function keepItems(items: readonly { item: ResponseItem; registry: string; label: string }[]): void {
  for (const { item, registry, label } of items) {
    const at = new Date().toISOString();
    setItem({ status: 'kept', at, item });
    appendLog({ at, step: item.step, registry, item: label, result: 'kept', error: null, actingKey: null });
  }
}
