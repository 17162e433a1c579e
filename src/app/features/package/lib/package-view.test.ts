/**
 * Tests for package-view.ts: dependencies, links and category names of the spec §5.5 example.
 */
import { describe, expect, it } from 'vitest';
import { categoryNames, dependencyViews, packageLinks } from './package-view.ts';
import { exampleIndex } from '../testing/fixtures.ts';

const index = exampleIndex();
const hello = index.packages['hello-world']!.versions['1.0.0:0']!;
const bitcoind = index.packages['bitcoind']!.versions['28.1:0']!;

describe('dependencyViews', () => {
  it('shows dependency metadata and whether the registry has the package', () => {
    expect(dependencyViews(hello, index, 'en', () => null)).toEqual([
      {
        id: 'bitcoind',
        title: 'Bitcoin Core',
        icon: hello.dependencyMetadata['bitcoind']!.icon,
        description: 'Optional: show chain height',
        optional: true,
        inRegistry: true,
      },
    ]);
  });
  it('falls back to the registry title, then the id, and localizes', () => {
    const info = structuredClone(hello);
    info.dependencyMetadata = {
      tor: {
        title: null,
        icon: null,
        description: { en_US: 'Onion routing', de_DE: 'Zwiebel' },
        optional: false,
      },
      bitcoind: { title: null, icon: null, description: null, optional: false },
    };
    const views = dependencyViews(info, index, 'de-DE', (id) =>
      id === 'bitcoind' ? 'Bitcoin Core' : null,
    );
    expect(views.map((d) => [d.id, d.title, d.description, d.inRegistry])).toEqual([
      ['bitcoind', 'Bitcoin Core', null, true],
      ['tor', 'tor', 'Zwiebel', false],
    ]);
  });
});

describe('packageLinks', () => {
  // Labels are catalog keys; PackageFacts translates them.
  it('lists set links and refuses to link non-http URLs', () => {
    const info = {
      ...bitcoind,
      marketingUrl: 'https://bitcoincore.org/',
      donationUrl: 'javascript:alert(1)',
    };
    expect(packageLinks(info)).toEqual([
      {
        label: 'package.linkWrapper',
        text: bitcoind.packageRepo,
        href: bitcoind.packageRepo,
      },
      { label: 'package.linkUpstream', text: bitcoind.upstreamRepo, href: bitcoind.upstreamRepo },
      { label: 'package.linkWebsite', text: 'https://bitcoincore.org/', href: 'https://bitcoincore.org/' },
      { label: 'package.linkDonate', text: 'javascript:alert(1)', href: null },
    ]);
    expect(packageLinks(hello).map((l) => l.label)).toEqual([
      'package.linkWrapper',
      'package.linkUpstream',
    ]);
  });
});

describe('categoryNames', () => {
  it('localizes and keeps deleted ids', () => {
    expect(categoryNames(['featured', 'gone'], index.categories, 'de_DE')).toEqual([
      { id: 'featured', name: 'Empfohlen' },
      { id: 'gone', name: 'gone' },
    ]);
  });
});
