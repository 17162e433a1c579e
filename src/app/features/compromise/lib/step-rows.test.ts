import { describe, expect, it } from 'vitest';
import { findKeyUse, type RegistrySnapshot } from '../../../../core/registry/key-compromise.ts';
import { responseItems } from '../../../../core/registry/key-response.ts';
import { channelIndex } from '../../../../core/testing/channel-index.ts';
import { OS_ALICE, OS_BOB } from '../../../../core/testing/os-release-fixture.ts';
import { translate } from '../../../i18n/i18n.ts';
import { registryScopeOf } from '../../../lib/registry-scope.tsx';
import type { Role } from '../../../lib/role.ts';
import type { RegistryData } from '../api/use-registry-data.ts';
import { stepRows } from './step-rows.ts';

const URL = 'http://127.0.0.1:5959';
const leaked = OS_ALICE.info.keys[0]!;
const other = OS_BOB.info.keys[0]!;

function data(role: Role, admins: string[], aliceKeys = [leaked]): { data: RegistryData; findings: ReturnType<typeof findKeyUse> } {
  const snapshot: RegistrySnapshot = {
    packages: channelIndex({ hello: { '1.0.0:0': [{ arch: ['x86_64'], sighash: 'A', signers: [leaked] }] } }),
    os: { versions: {} },
    signers: { alice: { name: 'Alice', contact: [], keys: aliceKeys }, bob: { name: 'Bob', contact: [], keys: [other] } },
    admins,
  };
  const scope = registryScopeOf(URL, [{ url: URL, label: null, context: null, addedAt: '2026-01-01T00:00:00Z' }], null);
  const d: RegistryData = { scope, label: 'Demo', role, snapshot, error: null, pending: false, settled: true, stamp: '', retry: () => undefined, refetch: async () => undefined };
  return { data: d, findings: findKeyUse(snapshot, leaked) };
}
const asAdmin: Role = { kind: 'admin', guid: 'bob', name: 'Bob', scopes: {} };
const none = () => null;

describe('stepRows', () => {
  it('lets the acting admin run every item of another admin who keeps a key', () => {
    const r = [data(asAdmin, ['alice', 'bob'], [leaked, other])];
    for (const step of ['remove-key', 'revoke-admin', 'remove-variant'] as const) {
      const rows = stepRows(step, r, none, translate);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.blocked).toBeNull();
    }
  });

  it('refuses to revoke the only admin or to take the only admin’s last key', () => {
    const r = [data({ ...asAdmin, guid: 'alice', name: 'Alice' }, ['alice'])];
    expect(stepRows('revoke-admin', r, none, translate)[0]!.blocked).toMatch(/./);
    expect(stepRows('remove-key', r, none, translate)[0]!.blocked).toMatch(/./);
  });

  it('says when the acting key is not an administrator there', () => {
    const r = [data({ kind: 'signer', guid: 'bob', name: 'Bob', scopes: {} }, ['alice'])];
    expect(stepRows('remove-key', r, none, translate)[0]!.blocked).toBe('The key acting on Demo is not an administrator there: it cannot do this.');
    expect(stepRows('remove-variant', r, none, translate)[0]!.blocked).toBe('The key acting on Demo has no scope on this package there.');
  });

  it('keeps listing items already run that the registry no longer shows', () => {
    const r = data(asAdmin, ['alice', 'bob']);
    const [item] = responseItems(URL, r.findings).filter((i) => i.step === 'remove-variant');
    const gone = { ...r, findings: { ...r.findings, variants: [] } };
    const rows = stepRows('remove-variant', [gone], none, translate, { [item!.key]: { status: 'done', at: '2026-12-05T16:00:00Z', item: item! } });
    expect(rows.map((x) => [x.item.key, x.blocked])).toEqual([[item!.key, null]]);
  });
});
