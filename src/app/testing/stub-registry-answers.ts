/**
 * @module
 * Test helper: stubs `fetch` with a registry that answers each JSON-RPC method with the
 * JSON text of `answer(method)` (so `JSON.parse` makes own keys, as from a real registry).
 */
import { vi } from 'vitest';

export function stubRegistryAnswers(answer: (method: string) => unknown): void {
  vi.stubGlobal('fetch', async (_url: URL, init: RequestInit) => {
    const req: { id: number; method: string } = JSON.parse(await new Response(init.body).text());
    const body = JSON.stringify({ jsonrpc: '2.0', id: req.id, result: answer(req.method) });
    return new Response(body, { headers: { 'content-type': 'application/json' } });
  });
}
