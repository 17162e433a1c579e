/**
 * @module
 * The continuation routes (spec/registry-api.md §1.7, §12): no registry method registers a
 * continuation, so `/ws/rpc/<path>` and `/rest/rpc/<path>` only ever answer 400 (not a Guid)
 * or 404 `Not Found`. `/ws/rpc` is a GET route with a WebSocket-upgrade extractor upstream
 * (axum): other methods get 405, and a request that is not an upgrade fails the extractor
 * before the Guid is looked at.
 */

const GUID = /^[A-Z2-7]{32}$/;
const PREFIXES = ['/ws/rpc/', '/rest/rpc/'] as const;

const text = (status: number, body: string) => new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

function hasToken(req: Request, header: string, token: string): boolean {
  return (req.headers.get(header) ?? '').split(',').some((t) => t.trim().toLowerCase() === token);
}

/** axum's `WebSocketUpgrade` rejections, in its order; null when the request is an upgrade. */
function upgradeRejection(req: Request): Response | null {
  if (req.method !== 'GET') return text(405, 'Request method must be `GET`');
  if (!hasToken(req, 'connection', 'upgrade')) return text(400, "Connection header did not include 'upgrade'");
  if ((req.headers.get('upgrade') ?? '').toLowerCase() !== 'websocket') return text(400, "`Upgrade` header did not include 'websocket'");
  if (req.headers.get('sec-websocket-version') !== '13') return text(400, "`Sec-WebSocket-Version` header did not include '13'");
  if (req.headers.get('sec-websocket-key') === null) return text(400, '`Sec-WebSocket-Key` header missing');
  return null;
}

/** The answer for a continuation route, or null when `pathname` is not one. */
export function continuationRoute(req: Request, pathname: string): Response | null {
  const prefix = PREFIXES.find((p) => pathname.startsWith(p) && pathname.length > p.length);
  if (prefix === undefined) return null;
  if (prefix === '/ws/rpc/') {
    // A GET-only route: axum answers other methods itself (HEAD reaches the GET handler).
    if (req.method !== 'GET' && req.method !== 'HEAD') return new Response(null, { status: 405, headers: { Allow: 'GET,HEAD' } });
    const rejected = upgradeRejection(req);
    if (rejected) return rejected;
  }
  return GUID.test(pathname.slice(prefix.length)) ? new Response('Not Found', { status: 404 }) : new Response(null, { status: 400 });
}
