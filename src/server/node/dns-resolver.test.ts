import { describe, expect, it } from 'vitest';
import { isPrivateAddress } from '../private-address.ts';
import { nodeResolver } from './dns-resolver.ts';

describe('nodeResolver', () => {
  it('resolves localhost to loopback addresses only, and rejects a name that cannot exist', async () => {
    const addresses = await nodeResolver().lookup('localhost');
    expect(addresses.length).toBeGreaterThan(0);
    expect(addresses.every(isPrivateAddress)).toBe(true);
    await expect(nodeResolver().lookup('no-such-host.invalid')).rejects.toThrow();
  });
});
