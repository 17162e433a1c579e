/**
 * @module
 * CORS exactly as upstream's middleware/cors.rs (spec/registry-api.md §1.6): reflect the
 * request's Origin, method and header list; `*` when absent; credentials always true.
 */

/** The four headers upstream computes for every `/rpc/*` request. */
export function corsHeaders(req: Request): Record<string, string> {
  return {
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Allow-Origin': req.headers.get('origin') ?? '*',
    'Access-Control-Allow-Methods': req.headers.get('access-control-request-method') ?? '*',
    'Access-Control-Allow-Headers': req.headers.get('access-control-request-headers') ?? '*',
  };
}
