/**
 * Tests for search-client.ts through its in-process fallback (no `Worker` in Node): answers
 * arrive asynchronously, in request order, and stop after dispose.
 */
import { describe, expect, it } from 'vitest';
import { serviceSummaries } from '../testing/search-fixtures.ts';
import { createSearchClient } from './search-client.ts';

describe('createSearchClient', () => {
  const docs = serviceSummaries(50);

  it('answers each query with ranked positions', async () => {
    const client = createSearchClient(docs);
    const [exact, title] = await Promise.all([
      client.search('svc-0042'),
      client.search('Service 7'),
    ]);
    expect(exact[0]).toEqual({ position: 42, tier: 'exact', exactId: true });
    expect(docs[title[0]!.position]!.title).toBe('Service 7');
    client.dispose();
  });

  it('never answers after dispose', async () => {
    const client = createSearchClient(docs);
    let answered = false;
    void client.search('svc').then(() => (answered = true));
    client.dispose();
    await new Promise((ok) => setTimeout(ok, 20));
    expect(answered).toBe(false);
  });
});
