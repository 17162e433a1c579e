/**
 * @module
 * Checks, from wherever this runs (the browser), that a URL serves the archive about to be
 * published — what the registry will do during `package.add` (spec/registry-api.md §8.3): HEAD
 * must answer 2xx, and the first 155 bytes (a ranged GET, or a plain GET read no further) must
 * be an s9pk header with the same commitment (§8.1). A browser can only read hosts that send
 * CORS headers; anything else is reported as "could not check here", never as a failure.
 */
import { encodeMerkleCommitment, type MerkleArchiveCommitmentWire } from '../sign/commitment.ts';
import { commitmentsEqual } from '../s9pk/variant.ts';
import { attemptAt, getHeader, httpUrl, unverifiable, type RemoteProblem, type RemoteReadOptions } from './remote-header.ts';

export type UrlCheck =
  /** HEAD 2xx and the same commitment; `size` from Content-Length when the host sent it. */
  | { status: 'ok'; size: number | null }
  | RemoteProblem
  /** An s9pk, but another archive. */
  | { status: 'bad'; problem: 'mismatch'; found: MerkleArchiveCommitmentWire };

export type UrlCheckOptions = RemoteReadOptions;

/**
 * Checks one URL against the commitment of the local file.
 * @throws CoreError `ABORTED` when `signal` aborts; every other outcome is a result.
 */
export async function checkS9pkUrl(url: string, expected: MerkleArchiveCommitmentWire, options: UrlCheckOptions = {}): Promise<UrlCheck> {
  const parsed = httpUrl(url);
  if (!(parsed instanceof URL)) return parsed;
  const attempt = attemptAt(parsed.href, options);

  const head = await attempt({ method: 'HEAD' });
  if (head instanceof Error) return unverifiable(head);
  if (!head.ok) return { status: 'bad', problem: 'http', method: 'HEAD', httpStatus: head.status };
  const length = head.headers.get('content-length');
  const size = length !== null && /^\d+$/.test(length) ? Number(length) : null;

  const got = await getHeader(attempt, options.signal);
  if (got.status !== 'ok') return got;
  const found = encodeMerkleCommitment({ hash: got.header.rootSighash, size: got.header.rootMaxSize });
  return commitmentsEqual(found, expected) ? { status: 'ok', size } : { status: 'bad', problem: 'mismatch', found };
}
