/**
 * Counts the JSON-RPC calls a page sends to one registry, per method, as the browser reports
 * them: `sent` (every POST to `/rpc/v0`, including ones aborted after they left), `completed`
 * (answered and read) and `failed` (aborted or network errors). CORS preflights are not calls.
 */
import type { Page, Request } from 'playwright-core';

export interface MethodCount {
  sent: number;
  completed: number;
  failed: number;
}

export interface RpcRequests {
  /** Counts since the last `reset`, by method. */
  counts(): Record<string, MethodCount>;
  reset(): void;
}

export function countRpcRequests(page: Page, registryUrl: string): RpcRequests {
  const endpoint = `${new URL(registryUrl).origin}/rpc/v0`;
  let counts: Record<string, MethodCount> = {};
  const track = (field: keyof MethodCount) => (r: Request) => {
    if (r.method() !== 'POST' || !r.url().startsWith(endpoint)) return;
    const body: unknown = JSON.parse(r.postData() ?? 'null');
    const calls = Array.isArray(body) ? body : [body];
    for (const call of calls) {
      const method = typeof call === 'object' && call !== null && 'method' in call ? String(call.method) : '?';
      (counts[method] ??= { sent: 0, completed: 0, failed: 0 })[field]++;
    }
  };
  page.on('request', track('sent'));
  page.on('requestfinished', track('completed'));
  page.on('requestfailed', track('failed'));
  return {
    counts: () => structuredClone(counts),
    reset: () => {
      counts = {};
    },
  };
}
