/**
 * @module
 * The developer key of an indexed variant, read from its archive's header on request (issue
 * #14 item 3). Only on request: the URLs are the registry's choice, and a page must not make
 * the viewer's browser contact other hosts by itself (README threat model). Each URL is tried
 * in order until one serves the variant's archive; results are cached for the session.
 */
import { queryOptions } from '@tanstack/react-query';
import { readRemoteDeveloperKey } from '../../core/registry/remote-header.ts';
import type { UrlCheck } from '../../core/registry/url-check.ts';
import type { RegistryAsset } from '../../core/rpc/types.ts';
import { commitmentsEqual } from '../../core/s9pk/variant.ts';
import type { MerkleArchiveCommitmentWire } from '../../core/sign/commitment.ts';

export type DeveloperKeyRead = { status: 'ok'; keyPem: string; url: string } | { status: 'failed'; problem: Exclude<UrlCheck, { status: 'ok' }> };

/** Reads the header of the first URL that serves the variant's archive. */
export async function readVariantDeveloperKey(asset: Pick<RegistryAsset<MerkleArchiveCommitmentWire>, 'urls' | 'commitment'>, signal?: AbortSignal): Promise<DeveloperKeyRead> {
  let last: DeveloperKeyRead = { status: 'failed', problem: { status: 'bad', problem: 'url', message: 'no download URL' } };
  for (const url of asset.urls) {
    const got = await readRemoteDeveloperKey(url, { signal });
    if (got.status !== 'ok') last = { status: 'failed', problem: got };
    else if (!commitmentsEqual(got.commitment, asset.commitment)) last = { status: 'failed', problem: { status: 'bad', problem: 'mismatch', found: got.commitment } };
    else return { status: 'ok', keyPem: got.keyPem, url };
  }
  return last;
}

export const developerKeyOptions = ({ urls, commitment }: Pick<RegistryAsset<MerkleArchiveCommitmentWire>, 'urls' | 'commitment'>) =>
  queryOptions({
    queryKey: ['s9pk-header', 'developer-key', commitment, urls] as const,
    queryFn: ({ signal }) => readVariantDeveloperKey({ urls, commitment }, signal),
    staleTime: Infinity,
    retry: false,
  });
