/**
 * Test fixtures for the search and filter tests: the example index grown with a few packages,
 * and synthetic summaries (the issue-12 set of 1000 services).
 */
import type { PackageIndex } from '../../../../core/rpc/types.ts';
import type { PackageSummary } from '../lib/summaries.ts';
import { exampleIndex, fakePackage } from './fixtures.ts';

/** The example index plus lnd, nextcloud (in a deleted category) and a package without versions. */
export function bigIndex() {
  const index = exampleIndex();
  index.packages['lnd'] = fakePackage(
    'Lightning Network Daemon',
    'Lightning node by Lightning Labs',
    '2026-07-01T00:00:00Z',
    ['bitcoin'],
  );
  index.packages['nextcloud'] = fakePackage(
    'Nextcloud',
    'Files, calendar and contacts',
    '2026-01-01T00:00:00Z',
    ['featured', 'gone'],
  );
  index.packages['zeta'] = { authorized: {}, versions: {}, categories: [] };
  return index;
}

/** A package summary with only the fields search reads set to something meaningful. */
export function summaryOf(id: string, title: string, description = ''): PackageSummary {
  return {
    id,
    title,
    icon: null,
    description,
    version: '1.0.0:0',
    versionCount: 1,
    categories: [],
    lastPublished: null,
    lastPublishedMs: null,
  };
}

/** The issue-12 set: `svc-0000 … svc-{n-1}` titled "Service N". */
export function serviceSummaries(n = 1000): PackageSummary[] {
  return Array.from({ length: n }, (_, i) =>
    summaryOf(
      `svc-${String(i).padStart(4, '0')}`,
      `Service ${i}`,
      `A self-hosted service, number ${i}`,
    ),
  );
}

/** A package index of `n` services like {@link serviceSummaries}, newest publication last. */
export function servicesIndex(n: number): PackageIndex {
  const index: PackageIndex = { categories: {}, packages: {} };
  for (const s of serviceSummaries(n)) {
    const at = new Date(Date.UTC(2026, 0, 1) + Number(s.id.slice(4)) * 60_000).toISOString();
    index.packages[s.id] = fakePackage(s.title, s.description, at);
  }
  return index;
}
