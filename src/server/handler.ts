/**
 * @module
 * The stand-in registry as a fetch-style handler `(Request) => Promise<Response>` (no
 * node:http here): routes (spec/registry-api.md §1.1, §1.7), CORS (§1.6), signature auth
 * at HTTP time (§1.8, §2.9), envelope and batch handling (§1.3), and one error path (§1.5).
 */
import type { AuthOutcome } from './auth.ts';
import { authenticate, NonceCache } from './auth.ts';
import type { CallEnv } from './dispatch.ts';
import { dispatch } from './dispatch.ts';
import { answerBatch } from './batch.ts';
import { continuationRoute } from './continuation-routes.ts';
import { corsHeaders } from './cors.ts';
import { parseBody, type IncomingCall } from './envelope.ts';
import { RpcError } from './rpc-error.ts';

export interface Handler {
  (req: Request): Promise<Response>;
}

function respond(body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}): Response {
  return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json', ...headers } });
}

function json(body: unknown, headers: Record<string, string> = {}): Response {
  return respond(JSON.stringify(body), headers);
}

/**
 * The one error path: an RpcError goes out as it is; anything else is logged here and answered
 * as a bare `1 (Unknown)` — its message, stack and any paths stay on the server.
 */
function toError(e: unknown): RpcError {
  if (e instanceof RpcError) return e;
  console.error('internal error:', e);
  return new RpcError(1, null);
}

async function answer(env: CallEnv, call: IncomingCall, auth: AuthOutcome, device: string | null) {
  try {
    const result = await dispatch(env, call, auth, device);
    return { jsonrpc: '2.0', result: result === undefined ? null : result, id: call.id };
  } catch (e) {
    return { jsonrpc: '2.0', error: toError(e).toJSON(), id: call.id };
  }
}

/** Builds the handler over an environment (store, config, fetcher, clock). */
export function createHandler(env: CallEnv): Handler {
  const nonces = env.config.strictNonce ? new NonceCache() : null;
  return async (req) => {
    const { pathname } = new URL(req.url);
    const continuation = continuationRoute(req, pathname);
    if (continuation) return continuation;
    if (!pathname.startsWith('/rpc/') || pathname.length === '/rpc/'.length) return new Response(null, { status: 404 });

    const device = req.headers.get('x-startos-device-info');
    const raw = req.method === 'GET' || req.method === 'HEAD' ? new Uint8Array(0) : new Uint8Array(await req.arrayBuffer());
    const { outcome, body } = authenticate(req.headers.get('x-startos-auth-sig'), raw, {
      hostnames: env.config.hostnames,
      nowMs: env.now().getTime(),
      nonces,
    });
    const cors = corsHeaders(req);
    if (req.method === 'OPTIONS') return new Response(null, { status: 200, headers: cors });

    let parsed;
    try {
      parsed = parseBody(body);
    } catch (e) {
      const error = toError(e);
      // Upstream adds CORS headers only after a successful parse (§1.6 "gap"); an over-long
      // batch did parse, and its -32600 must be readable by the browser that sent it.
      return json({ jsonrpc: '2.0', error: error.toJSON(), id: null }, error.code === -32600 ? cors : {});
    }
    const run = (c: IncomingCall) => answer(env, c, outcome, device);
    if (!parsed.batch) return json(await run(parsed.calls[0]), cors);
    const answers = await answerBatch(parsed.calls, run);
    if (answers instanceof RpcError) return json({ jsonrpc: '2.0', error: answers.toJSON(), id: null }, cors);
    // Upstream adds the CORS headers once per answered request, so `[]` gets none (§12).
    return respond(answers, parsed.calls.length > 0 ? cors : {});
  };
}
