import { describe, expect, it } from 'vitest';
import { channelIndex } from '../testing/channel-index.ts';
import type { KeyFindings, KeyHolder, SignedVariant } from './key-compromise.ts';
import { itemBlocker, responseCall, responseItems } from './key-response.ts';

const holder = (guid: string, admin: boolean | null): KeyHolder => ({ guid, name: guid, storedPem: `PEM of ${guid}`, keys: [`PEM of ${guid}`], admin, scopes: [], osReleases: [] });
const variant: SignedVariant = { id: 'hello', version: '1.0.0:0', flavor: null, hardware: { device: [], ram: null, arch: ['x86_64'] }, urls: [], sighash: 'A'.repeat(43), otherSignatures: 0 };
const findings: KeyFindings = { variants: [variant], osAssets: [], holders: [holder('g1', true), holder('g2', null)], signersKnown: true };
const index = channelIndex({ hello: { '1.0.0:0': [{ arch: ['x86_64'], sighash: 'A' }] } });

describe('responseItems', () => {
  it('removes the key from every holder, revokes only known admins, removes every variant', () => {
    const items = responseItems('http://r', findings);
    expect(items.map((i) => [i.step, i.key])).toEqual([
      ['remove-key', 'http://r remove-key g1'],
      ['remove-key', 'http://r remove-key g2'],
      ['revoke-admin', 'http://r revoke-admin g1'],
      ['remove-variant', `http://r remove-variant hello@1.0.0:0 ${'A'.repeat(43)}`],
    ]);
  });
});

describe('responseCall', () => {
  it('sends the stored key with every required array, admin.remove, and package.remove by sighash', () => {
    const [removeKey, , revoke, removeVariant] = responseItems('http://r', findings);
    expect(responseCall(removeKey!)).toEqual({ method: 'admin.signer.edit', params: { id: 'g1', addContact: [], addKey: [], removeContact: [], removeKey: ['PEM of g1'] } });
    expect(responseCall(revoke!)).toEqual({ method: 'admin.remove', params: { signer: 'g1' } });
    expect(responseCall(removeVariant!)).toEqual({ method: 'package.remove', params: { id: 'hello', version: '1.0.0:0', sighash: 'A'.repeat(43) } });
  });
});

describe('itemBlocker', () => {
  const [removeKey, , , removeVariant] = responseItems('http://r', findings);
  it('lets admins run everything', () => {
    const admin = { admin: true, scopes: {} };
    expect(itemBlocker(removeKey!, admin, index)).toBeNull();
    expect(itemBlocker(removeVariant!, admin, index)).toBeNull();
  });
  it('lets a scoped signer remove variants in its range only, and nothing else', () => {
    expect(itemBlocker(removeKey!, { admin: false, scopes: { hello: '*' } }, index)).toBe('not-admin');
    expect(itemBlocker(removeVariant!, { admin: false, scopes: { hello: '*' } }, index)).toBeNull();
    expect(itemBlocker(removeVariant!, { admin: false, scopes: { hello: '>=2.0.0:0' } }, index)).toBe('out-of-range');
    expect(itemBlocker(removeVariant!, { admin: false, scopes: {} }, index)).toBe('no-scope');
  });
  it('blocks everything when no key acts', () => {
    expect(itemBlocker(removeVariant!, null, index)).toBe('no-key');
  });
});
