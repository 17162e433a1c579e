// @vitest-environment jsdom
/**
 * The supply-chain diff in words and side by side: a changed developer key comes first and is
 * named by its signer when known, a new dependency is said in words, changed rows are marked.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSignerDirectory } from '../../core/registry/signer-directory.ts';
import { diffSupplyChain } from '../../core/registry/supply-chain-diff.ts';
import { factsFromManifest } from '../../core/registry/supply-chain-facts.ts';
import { validateManifest } from '../../core/s9pk/manifest.ts';
import { encodePublicKeyPem, generateSeed, keyFingerprint, publicKeyFromSeed } from '../../core/sign/keys.ts';
import { fixtureManifest } from '../../core/testing/fixtures.ts';
import { SupplyChainDiff } from './supply-chain-diff.tsx';

afterEach(cleanup);

const oldKey = publicKeyFromSeed(generateSeed());
const newKey = publicKeyFromSeed(generateSeed());

describe('SupplyChainDiff', () => {
  it('puts the developer key first, names known signers, and marks changed rows', () => {
    const before = factsFromManifest(validateManifest(fixtureManifest({ version: '1.0.0:0' })), encodePublicKeyPem(oldKey));
    const after = factsFromManifest(validateManifest(fixtureManifest({ version: '1.1.0:0', dependencies: [{ id: 'bitcoind' }] })), encodePublicKeyPem(newKey));
    const directory = buildSignerDirectory({ G1: { name: 'Alice', contact: [], keys: [encodePublicKeyPem(oldKey)] } });
    render(<SupplyChainDiff before={before} after={after} changes={diffSupplyChain(before, after)} directory={directory} />);

    const items = within(screen.getByRole('list', { name: /Changes from 1.0.0:0 to 1.1.0:0/ })).getAllByRole('listitem');
    expect(items[0]!.textContent).toMatch(/^CriticalSigned by a different developer key/);
    expect(items[0]!.textContent).toContain(keyFingerprint(newKey));
    expect(items[0]!.textContent).toContain(`1.0.0:0 was signed by Alice (${keyFingerprint(oldKey)})`);
    expect(items[1]!.textContent).toBe('HighNew required dependency: bitcoind.');

    const table = screen.getByRole('table', { name: /Supply-chain facts of 1.0.0:0 and 1.1.0:0/ });
    expect(within(table).getAllByRole('rowheader', { name: /changed$/ }).map((h) => h.textContent)).toEqual(['Developer keychanged', 'Dependencieschanged']);
  });

  it('says so when nothing changed', () => {
    const f = factsFromManifest(validateManifest(fixtureManifest()), encodePublicKeyPem(oldKey));
    render(<SupplyChainDiff before={f} after={{ ...f, version: '1.0.1:0' }} changes={[]} />);
    expect(screen.getByTestId('supply-chain-diff').textContent).toContain('No supply-chain changes since 1.0.0:0.');
    expect(screen.queryAllByRole('rowheader', { name: /changed$/ })).toEqual([]);
  });
});
