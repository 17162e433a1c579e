/**
 * @module
 * One JSON-RPC call through the registry pipeline (spec/registry-api.md §1.8 step 5): method
 * lookup (-32601 first), device info (before auth), authentication and access level (§2.9
 * checks 7–8, §3.2), `__Auth_signer` injection, the handler, and the audit log.
 */
import { parseRange, parseVersion } from '../core/exver/index.ts';
import { METHOD_ACCESS, METHODS, isMethodName, type MethodName } from '../core/rpc/methods.ts';
import type { DeviceInfo } from '../core/rpc/types.ts';
import { parseDeviceInfo } from '../core/rpc/device-info.ts';
import { CoreError } from '../core/errors.ts';
import type { AuthOutcome } from './auth.ts';
import type { MethodContext } from './context.ts';
import type { IncomingCall } from './envelope.ts';
import { INNER_NODES, runMethod } from './methods.ts';
import { obj } from './params.ts';
import type { LineLog } from './ports.ts';
import { RpcError, unauthorized } from './rpc-error.ts';
import { isAdmin, signerByKey } from './signers.ts';

/** What every call shares: the handler context without the per-call fields, plus the audit log. */
export type CallEnv = Omit<MethodContext, 'signer' | 'deviceInfo'> & { audit: LineLog };

function deviceInfoOf(header: string): DeviceInfo {
  let d: DeviceInfo;
  try {
    d = parseDeviceInfo(header);
  } catch (e) {
    if (e instanceof CoreError && e.code === 'AUTH_HEADER_MISSING_KEY') throw new RpcError(6, String(e.detail.key));
    throw new RpcError(28, 'invalid digit found in string');
  }
  try {
    parseVersion(d.os.version);
    parseRange(d.os.compat);
  } catch (e) {
    throw new RpcError(14, (e as Error).message);
  }
  return d;
}

const FORMATS = ['json', 'json-pretty', 'yaml', 'cbor', 'toml', 'toml-pretty'];

/** Methods flagged `format` in the core table take an optional CLI `format` key (§4.0). */
function checkFormat(method: MethodName, params: Record<string, unknown>): void {
  const f = params.format;
  if (!METHODS[method].format || f === undefined || f === null) return;
  if (typeof f !== 'string' || !FORMATS.includes(f)) {
    throw new RpcError(-32602, `unknown variant \`${String(f)}\`, expected one of ${FORMATS.map((x) => `\`${x}\``).join(', ')}`);
  }
}

/** Checks 7 and 8 of §2.9 for a method that requires authentication. */
function requireSigner(env: CallEnv, auth: AuthOutcome, admin: boolean): string {
  if (auth.kind === 'none') throw unauthorized();
  if (auth.kind === 'failed') throw auth.error;
  const found = signerByKey(env.store.db, auth.signerPem);
  if (!found) throw unauthorized('Unknown signer');
  if (admin && !isAdmin(env.store.db, found.guid)) throw unauthorized();
  return auth.signerPem;
}

/** One `admin.log` line (§2.12): chrono's `to_rfc3339` offset `+00:00`, the request as the handler gets it (§12). */
async function auditLog(env: CallEnv, auth: AuthOutcome, request: IncomingCall): Promise<void> {
  if (auth.kind !== 'verified') return;
  const found = signerByKey(env.store.db, auth.signerPem);
  if (!found) return;
  const timestamp = env.now().toISOString().replace('Z', '+00:00');
  const line = { timestamp, name: found.info.name, request, key: auth.signerPem };
  await env.audit.append(JSON.stringify(line));
}

/** Runs one call; returns its result or throws RpcError. */
export async function dispatch(env: CallEnv, call: IncomingCall, auth: AuthOutcome, deviceHeader: string | null): Promise<unknown> {
  const { method } = call;
  if (!isMethodName(method)) {
    if (INNER_NODES.has(method)) {
      requireSigner(env, auth, false);
    }
    throw new RpcError(-32601, null);
  }
  const access = METHOD_ACCESS[method];
  const deviceInfo = access.deviceInfo && deviceHeader !== null ? deviceInfoOf(deviceHeader) : null;
  let signer: string | null = null;
  if (access.level === 'anon') {
    // Credential errors are ignored on anonymous methods (§2.9).
  } else {
    signer = requireSigner(env, auth, access.level === 'admin');
  }
  // Upstream authenticates before the handler decodes `params` (§12).
  const params = { ...obj(call.params, 'params') };
  if (access.getSigner) {
    if (signer !== null) params.__Auth_signer = signer;
    else delete params.__Auth_signer;
  }
  checkFormat(method, params);
  await auditLog(env, auth, { ...call, params }).catch(() => undefined);
  return runMethod(method, params, { ...env, signer, deviceInfo });
}
