// @vitest-environment jsdom
/**
 * Who vouched: signer names, the developer key marked (sole signature, or read from the file's
 * header only when the viewer asks), and the warning when no known signer signed the variant.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildSignerDirectory } from '../../../../core/registry/signer-directory.ts';
import type { RegistryAsset } from '../../../../core/rpc/types.ts';
import { encodeHeader } from '../../../../core/s9pk/header.ts';
import { encodeMerkleCommitment, type MerkleArchiveCommitmentWire } from '../../../../core/sign/commitment.ts';
import { encodePublicKeyPem, generateSeed, publicKeyFromSeed } from '../../../../core/sign/keys.ts';
import { TEST_ONLY_SEED } from '../../../../core/testing/fixtures.ts';
import type { SignerCoverage } from '../api/signer-directory.ts';
import { SignatureList } from './signature-list.tsx';

const devPem = encodePublicKeyPem(publicKeyFromSeed(TEST_ONLY_SEED));
const alicePem = encodePublicKeyPem(publicKeyFromSeed(generateSeed()));
const directory = buildSignerDirectory({ A: { name: 'Alice', contact: [], keys: [alicePem] } });
let archive: Uint8Array;
let commitment: MerkleArchiveCommitmentWire;
let fetchMock: ReturnType<typeof vi.fn>;

beforeAll(() => {
  // Only the header is read: the developer key and the commitment it must match.
  const rootSighash = new Uint8Array(32).fill(7);
  archive = encodeHeader({ publicKey: publicKeyFromSeed(TEST_ONLY_SEED), signature: new Uint8Array(64), rootSighash, rootMaxSize: 4096n, rootPosition: 155n, rootTableSize: 1n });
  commitment = encodeMerkleCommitment({ hash: rootSighash, size: 4096n });
});
beforeEach(() => {
  fetchMock = vi.fn(() => Promise.resolve(new Response(archive.slice(0, 155) as Uint8Array<ArrayBuffer>, { status: 206 })));
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const asset = (keys: string[]): RegistryAsset<MerkleArchiveCommitmentWire> => ({
  publishedAt: '2026-01-01T00:00:00Z',
  urls: ['https://files.test/hello.s9pk'],
  commitment,
  signatures: Object.fromEntries(keys.map((k) => [k, 'sig'])),
});

function show(keys: string[], coverage: SignerCoverage = 'all') {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={qc}>
      <SignatureList asset={asset(keys)} directory={directory} coverage={coverage} />
    </QueryClientProvider>,
  );
}

describe('SignatureList (who vouched)', () => {
  it('flags a variant signed only by its unregistered developer key, and reads nothing by itself', () => {
    show([devPem]);
    const item = screen.getByRole('listitem');
    expect(within(item).getByText('unknown key')).toBeTruthy();
    expect(within(item).getByText('developer key')).toBeTruthy();
    expect(screen.getByTestId('unvouched').textContent).toBe('No registered signer signed this variant: only keys the registry does not know as signers.');
    expect(screen.queryByRole('button')).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('with a registered signer too, reads the header on request to mark the developer key', async () => {
    show([devPem, alicePem], 'package');
    expect(screen.queryByTestId('unvouched')).toBeNull();
    expect(screen.queryByText('developer key')).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: /Which one is the developer key/ }));
    const marked = await screen.findByText('developer key');
    expect(marked.closest('li')?.textContent).toContain('unknown key');
    expect(within(screen.getAllByRole('listitem')[0]!).queryByText('developer key')).toBeNull();
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect([url, new Headers(init.headers).get('range')]).toEqual(['https://files.test/hello.s9pk', 'bytes=0-154']);
  });

  it('says why the key could not be read', async () => {
    fetchMock.mockImplementation(() => Promise.resolve(new Response('', { status: 404 })));
    show([devPem, alicePem]);
    await userEvent.click(screen.getByRole('button', { name: /Which one is the developer key/ }));
    expect((await screen.findByText(/Could not read the developer key/)).textContent).toContain('404');
  });

  it('says only this package’s signers were compared when that is all the viewer sees', () => {
    show([devPem], 'package');
    expect(screen.getByTestId('unvouched').textContent).toBe('None of this package’s signers signed this variant: only keys unknown here.');
  });
});
