/**
 * @module
 * Worker steps of a row: inspect at once (header-level facts for the row), then the full
 * verification with progress and cancel (design.md §4.3 step 2), and the browser-side check of
 * typed hosting URLs (core/registry/url-check.ts).
 */
import { isCoreError } from '../../../core/errors.ts';
import { checkS9pkUrl } from '../../../core/registry/url-check.ts';
import { inspectS9pk, verifyS9pk } from '../../../worker/client.ts';
import { typedUrls, type PublishQueue } from '../../features/publish/lib/publish-queue.ts';

/** Verifies a row that was inspected successfully. */
export async function verifyRow(queue: PublishQueue, id: number): Promise<void> {
  const row = queue.get(id);
  if (!row || row.inspect.status !== 'ok') return;
  const { signal } = queue.controller(id, 'verify');
  queue.update(id, { verify: { status: 'running', progress: null } });
  try {
    const result = await verifyS9pk(row.file, { signal, onProgress: (progress) => queue.update(id, (r) => (r.verify.status === 'running' ? { verify: { status: 'running', progress } } : {})) });
    queue.update(id, { verify: result.complete ? { status: 'ok', result } : { status: 'failed', error: new Error(`the file lacks ${result.missing.length} signed entries (a filtered copy): ${result.missing.slice(0, 3).join(', ')}`) } });
  } catch (error) {
    queue.update(id, { verify: isCoreError(error, 'ABORTED') ? { status: 'cancelled' } : { status: 'failed', error } });
  }
}

/** Inspects a new row, then verifies it. */
export async function inspectRow(queue: PublishQueue, id: number): Promise<void> {
  const row = queue.get(id);
  if (!row) return;
  const { signal } = queue.controller(id, 'verify');
  try {
    const result = await inspectS9pk(row.file, { signal });
    queue.update(id, { inspect: { status: 'ok', result } });
  } catch (error) {
    queue.update(id, { inspect: { status: 'failed', error }, verify: { status: 'cancelled' } });
    return;
  }
  await verifyRow(queue, id);
}

export function cancelVerify(queue: PublishQueue, id: number): void {
  queue.abort(id, 'verify');
}

/** Checks every typed URL of a row from the browser; results land in `urlChecks`. */
export async function checkRowUrls(queue: PublishQueue, id: number): Promise<void> {
  const row = queue.get(id);
  if (!row || row.inspect.status !== 'ok') return;
  const urls = typedUrls(row);
  const { commitment } = row.inspect.result;
  const { signal } = queue.controller(id, 'urls');
  queue.update(id, { urlChecks: Object.fromEntries(urls.map((u) => [u, { status: 'checking' as const }])) });
  await Promise.all(
    urls.map(async (u) => {
      try {
        const c = await checkS9pkUrl(u, commitment, { signal });
        queue.update(id, (r) => ({ urlChecks: { ...r.urlChecks, [u]: c } }));
      } catch {
        // cancelled: a newer check replaced this one
      }
    }),
  );
}
