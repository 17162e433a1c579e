/**
 * @module
 * Ranked matches of the search text, answered by the search worker (`search-client.ts`): one
 * worker per package list (a new index or a new language), ended with it. While an answer is
 * on its way the previous one stays on screen; `answered` names the text it belongs to. New
 * answers render in a transition, so drawing the new rows never holds up the next key.
 */
import { startTransition, useEffect, useState } from 'react';
import type { Match } from '../lib/search.ts';
import type { PackageSummary } from '../lib/summaries.ts';
import { createSearchClient, type SearchClient } from './search-client.ts';

interface Answer {
  client: SearchClient;
  q: string;
  matches: Match[];
}

export function useSearchMatches(summaries: readonly PackageSummary[] | undefined, q: string) {
  const [client, setClient] = useState<SearchClient | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    if (!summaries) return;
    const next = createSearchClient(summaries);
    // The client is a resource tied to this effect (a worker), not derived data.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setClient(next);
    return () => next.dispose();
  }, [summaries]);

  const searching = q.trim() !== '';
  useEffect(() => {
    if (!client || !searching) return;
    let live = true;
    void client.search(q).then((matches) => {
      // A transition: rendering the new rows yields to typing instead of blocking it.
      if (live) startTransition(() => setAnswer({ client, q, matches }));
    });
    return () => {
      live = false;
    };
  }, [client, q, searching]);

  if (!searching) return { matches: null, answered: q };
  if (answer && answer.client === client) return { matches: answer.matches, answered: answer.q };
  return { matches: null, answered: '' };
}
