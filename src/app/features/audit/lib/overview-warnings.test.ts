import { describe, expect, it } from 'vitest';
import type { AccessWarning } from '../../../../core/registry/access-warnings.ts';
import type { HealthSummary } from '../../../../core/registry/mirror-health.ts';
import { translate } from '../../../i18n/i18n.ts';
import { paths } from '../../../lib/paths.ts';
import { overviewWarningItems } from './overview-warnings.ts';
import { WARNING_LINK_LIMIT } from './warning-items.ts';

const URL = 'http://registry.test';
const ann = { guid: 'ANN', name: 'Ann' };
const bob = { guid: 'BOB', name: 'Bob' };
const health = (dead: number, onlyDead: number, removable: number): HealthSummary => ({
  variants: 3,
  urls: 4,
  byStatus: { ok: 4 - dead, dead, unverifiable: 0, unchecked: 0 },
  onlyDead,
  noneOk: onlyDead,
  withoutMirror: 0,
  removable,
  oldest: 1,
  newest: 2,
});

describe('overviewWarningItems', () => {
  it('says each access warning and links it to the signer form or the scopes where it is fixed', () => {
    const access: AccessWarning[] = [
      { kind: 'single-admin', admin: ann },
      { kind: 'shared-key', fingerprint: 'SHA256:abc', holders: [ann, bob] },
      { kind: 'admin-without-contact', admin: ann },
      { kind: 'scoped-removal', signer: bob, packages: [{ id: 'lnd', range: '>=1.0:0' }] },
    ];
    const items = overviewWarningItems({ access, health: null, unvouched: [] }, URL, translate);
    expect(items.map((i) => i.text)).toEqual([
      'Ann is the only administrator. If its key is lost, or it is removed or demoted, nobody can administer this registry remotely.',
      "Key SHA256:abc is attached to 2 signers: Ann, Bob. The registry finds it as Ann's key only, so every request and signature made with it counts as Ann's. Remove it from the signers that should not hold it.",
      'Administrator Ann has no contact information: nobody can reach whoever holds full rights on this registry.',
      'Bob is not an administrator but may remove 1 package entirely (package.remove with force), whatever its version range:',
    ]);
    expect(items.map((i) => i.links)).toEqual([
      [{ href: paths.registry.curate.signers.getHref(URL), label: 'Make another signer an administrator' }],
      [
        { href: paths.registry.curate.signers.getHref(URL, { edit: 'ANN' }), label: 'Edit Ann' },
        { href: paths.registry.curate.signers.getHref(URL, { edit: 'BOB' }), label: 'Edit Bob' },
      ],
      [{ href: paths.registry.curate.signers.getHref(URL, { edit: 'ANN' }), label: 'Edit Ann' }],
      [{ href: paths.registry.curate.scopes.getHref(URL, { pkg: 'lnd' }), label: 'lnd (>=1.0:0)' }],
    ]);
  });

  it('adds dead URLs from the last mirror check and unvouched variants, linked to mirror health and the package pages', () => {
    const unvouched = [
      { id: 'a', version: '1.0:0', variant: 0 },
      { id: 'a', version: '1.0:0', variant: 1 },
      { id: 'b', version: '2.0:0', variant: 0 },
    ];
    const items = overviewWarningItems({ access: [], health: health(2, 1, 0), unvouched }, URL, translate);
    expect(items.map((i) => i.text)).toEqual([
      '1 variant has only dead URLs: nobody can install it.',
      'The last mirror check from this browser found 2 dead URLs; none can be removed yet (each is a variant\'s last URL).',
      '3 variants are signed by no registered signer, only by unknown keys:',
    ]);
    expect(items[0]!.links).toEqual([{ href: paths.registry.health.getHref(URL), label: 'Open mirror health' }]);
    expect(items[2]!.links).toEqual([
      { href: paths.registry.package.getHref(URL, 'a', { version: '1.0:0' }), label: 'a 1.0:0' },
      { href: paths.registry.package.getHref(URL, 'b', { version: '2.0:0' }), label: 'b 2.0:0' },
    ]);
  });

  it('says nothing of a clean mirror check, and cuts long lists of links', () => {
    const packages = Array.from({ length: WARNING_LINK_LIMIT + 3 }, (_, i) => ({ id: `p${i}`, range: '*' }));
    const items = overviewWarningItems({ access: [{ kind: 'scoped-removal', signer: bob, packages }], health: health(0, 0, 0), unvouched: [] }, URL, translate);
    expect(items).toHaveLength(1);
    expect(items[0]!.links).toHaveLength(WARNING_LINK_LIMIT);
    expect(items[0]!.more).toBe('and 3 more packages');
  });
});
