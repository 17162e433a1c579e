/**
 * Test fixtures for the search and filter tests: the example index grown with a few packages.
 */
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
