/**
 * @module
 * Publishing one row (design.md §4.3 steps 4–6): host the file (upload to the bucket, or the
 * typed URLs checked from the browser), sign its commitment with the registry's acting key (context
 * `s9pk`) and call `package.add`, which makes the registry download and verify the file. A
 * failed add keeps the uploaded URL, so a retry does not upload again. On success the
 * registry's reads are refreshed and a toast links to the package.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { RegistryClient } from '../../../../core/rpc/client.ts';
import { parseMerkleCommitment, S9PK_SIG_CONTEXT } from '../../../../core/sign/commitment.ts';
import { toast } from '../../../components/live-region.tsx';
import { translate } from '../../../i18n/i18n.ts';
import { hashHref, paths } from '../../../lib/paths.ts';
import { invalidateRegistry } from '../../../lib/registry-invalidation.ts';
import { currentKey } from '../../../lib/vault-session.ts';
import { historyOutcome, recordHistory } from '../../../lib/history/record-history.ts';
import type { RegistryScope } from '../../../lib/registry-scope.tsx';
import type { BucketSession } from '../../../lib/publishing/bucket-settings.ts';
import { outcomeText } from '../lib/outcome.ts';
import type { RowReport } from '../../../lib/publishing/preflight-reports.ts';
import { typedUrls, type PublishQueue } from '../lib/publish-queue.ts';
import { blockedReason } from '../lib/readiness.ts';
import { checkRowUrls, uploadRow } from './row-steps.ts';

export interface PublishContext {
  queue: PublishQueue;
  client: RegistryClient;
  /** Signs a commitment with the key that acts on the registry (registry-scope.tsx). */
  signCommitment: RegistryScope['signCommitment'];
  registryUrl: string;
  qc: QueryClient;
  bucket: BucketSession | null;
}

/** Hosts, signs and adds one row; true when the registry added it. */
export async function publishRow(ctx: PublishContext, id: number, report: RowReport | undefined): Promise<boolean> {
  const { queue } = ctx;
  const row = queue.get(id);
  if (!row || row.inspect.status !== 'ok' || blockedReason(row, report, ctx.bucket) !== null) return false;
  const { result } = row.inspect;

  let urls: string[];
  if (row.hosting === 'bucket') {
    const url = await uploadRow(queue, id, ctx.bucket!);
    if (url === null) return false;
    urls = [url];
  } else {
    urls = typedUrls(row);
    queue.update(id, { add: { status: 'checking-urls' } });
    await checkRowUrls(queue, id);
    const checks = queue.get(id)?.urlChecks ?? {};
    if (urls.some((u) => checks[u]?.status === 'bad')) {
      queue.update(id, { add: { status: 'failed', urls, error: new Error(translate('publish.badUrlError')) } });
      return false;
    }
  }

  queue.update(id, { add: { status: 'registry', startedAt: Date.now(), urls } });
  const keyPem = currentKey()?.publicKeyPem ?? null;
  const record = (error?: unknown) =>
    keyPem === null
      ? null
      : recordHistory({ keyPem, action: 'publish', registry: ctx.registryUrl, package: { id: result.id, version: result.version }, variants: [{ sighash: result.commitment.rootSighash, urls }], outcome: historyOutcome(error) });
  try {
    const signature = await ctx.signCommitment(parseMerkleCommitment(result.commitment), S9PK_SIG_CONTEXT);
    await ctx.client.api.package.add({ urls, commitment: result.commitment, signature });
  } catch (error) {
    await record(error);
    queue.update(id, { add: { status: 'failed', error, urls } });
    return false;
  }
  await record();
  const outcome = report?.verdict.kind ?? null;
  queue.update(id, { add: { status: 'done', at: Date.now(), urls, outcome } });
  await invalidateRegistry(ctx.qc, ctx.registryUrl, 'packages');
  const href = hashHref(paths.registry.package.getHref(ctx.registryUrl, result.id, { version: result.version }));
  toast('success', translate('publish.toastPublished', { title: result.title, version: result.version, outcome: outcomeText(outcome) }), href);
  return true;
}
